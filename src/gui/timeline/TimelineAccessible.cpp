#include "TimelineAccessible.h"

#include "TimelineView.h"

#include <QPointer>

namespace copil::gui {

namespace {

class BlockAccessible : public QAccessibleInterface {
public:
    BlockAccessible(TimelineView* view, QString id) : m_view(view), m_id(std::move(id)) {}

    bool isValid() const override
    {
        return m_view && !m_view->blockTitle(m_id).isNull() && m_view->blockIds().contains(m_id);
    }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override
    {
        return m_view && m_view->window() ? m_view->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface* parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid()) {
            return {};
        }
        switch (t) {
        case QAccessible::Name:
            return m_view->blockTitle(m_id);
        case QAccessible::Description: {
            QStringList lines{m_view->blockLane(m_id)};
            lines << m_view->blockLines(m_id);
            return lines.join(QStringLiteral(" ; "));
        }
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override
    {
        if (!isValid()) {
            return {};
        }
        const QRect r = m_view->blockRect(m_id);
        return QRect(m_view->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        const bool selected = m_view->selectedId() == m_id;
        s.selected = selected;
        s.focused = selected && m_view->hasFocus();
        s.invisible = !m_view->isVisible();
        s.offscreen = !m_view->visibleRegion().intersects(m_view->blockRect(m_id));
        return s;
    }

private:
    QPointer<TimelineView> m_view;
    QString m_id;
};

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView* view)
    : QAccessibleWidget(view, QAccessible::List, TimelineView::tr("Déroulé de la journée"))
{
}

QAccessibleInterface* TimelineAccessible::factory(const QString& className, QObject* object)
{
    if (className == u"copil::gui::TimelineView") {
        if (auto* view = qobject_cast<TimelineView*>(object)) {
            return new TimelineAccessible(view);
        }
    }
    return nullptr;
}

TimelineView* TimelineAccessible::view() const
{
    return static_cast<TimelineView*>(widget());
}

QAccessibleInterface* TimelineAccessible::block(const QString& id) const
{
    if (const auto it = m_blocks.constFind(id); it != m_blocks.cend()) {
        if (QAccessibleInterface* known = QAccessible::accessibleInterface(*it)) {
            return known;
        }
    }
    auto* made = new BlockAccessible(view(), id);
    m_blocks.insert(id, QAccessible::registerAccessibleInterface(made));
    return made;
}

int TimelineAccessible::childCount() const
{
    return int(view()->blockIds().size());
}

QAccessibleInterface* TimelineAccessible::child(int index) const
{
    const QStringList ids = view()->blockIds();
    return index >= 0 && index < ids.size() ? block(ids[index]) : nullptr;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const QStringList ids = view()->blockIds();
    for (int i = 0; i < ids.size(); ++i) {
        if (m_blocks.contains(ids[i]) &&
            QAccessible::accessibleInterface(m_blocks[ids[i]]) == child) {
            return i;
        }
    }
    return -1;
}

QAccessibleInterface* TimelineAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->mapFromGlobal(QPoint(x, y));
    const QStringList ids = view()->blockIds();
    // The deepest block first (sub-items are drawn over their parent).
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        if (view()->blockRect(*it).contains(local)) {
            return block(*it);
        }
    }
    return nullptr;
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name && widget()->accessibleName().isEmpty()) {
        return TimelineView::tr("Déroulé de la journée");
    }
    return QAccessibleWidget::text(t);
}

void TimelineAccessible::announceSelection(TimelineView* view)
{
    if (!QAccessible::isActive()) {
        return;
    }
    auto* iface = dynamic_cast<TimelineAccessible*>(QAccessible::queryAccessibleInterface(view));
    const QString id = view->selectedId();
    if (!iface || id.isEmpty()) {
        return;
    }
    const int index = int(view->blockIds().indexOf(id));
    if (index < 0) {
        return;
    }
    QAccessibleEvent selection(view, QAccessible::Selection);
    selection.setChild(index);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(index);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace copil::gui
