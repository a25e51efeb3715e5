#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace copil::gui {

class TimelineView;

/// What a screen reader gets of the painted timeline: a list whose items are the blocks
/// (title, lane, times, live state, in the words written on the block), the selected one
/// selected and, when the timeline has the keyboard, focused; a change of selection is
/// announced.
class TimelineAccessible : public QAccessibleWidget {
public:
    explicit TimelineAccessible(TimelineView* view);

    /// The interface Qt asks for when it meets a TimelineView (QAccessible::installFactory).
    static QAccessibleInterface* factory(const QString& className, QObject* object);
    /// Tells assistive technologies that the selected block changed.
    static void announceSelection(TimelineView* view);

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    TimelineView* view() const;
    /// The interface of one block, made once and kept while the block exists.
    QAccessibleInterface* block(const QString& id) const;

private:
    mutable QHash<QString, QAccessible::Id> m_blocks;
};

} // namespace copil::gui
