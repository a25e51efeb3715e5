#include "ClockPanel.h"

#include "gui/projector/ProjectorText.h"
#include "gui/timeline/TimelineView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace copil::gui {

using domain::RunState;
using domain::Timekeeping;
using domain::TimePhase;

namespace {

QString background(TimePhase phase)
{
    switch (phase) {
    case TimePhase::Normal:
        return QStringLiteral("#e3f2e5");
    case TimePhase::Closing:
        return QStringLiteral("#ffe9c2");
    case TimePhase::Overrun:
        return QStringLiteral("#f9d2d2");
    case TimePhase::Idle:
    case TimePhase::Done:
        break;
    }
    return QStringLiteral("#f2f2f2");
}

QString foreground(TimePhase phase)
{
    switch (phase) {
    case TimePhase::Normal:
        return QStringLiteral("#1b5e20");
    case TimePhase::Closing:
        return QStringLiteral("#8a4b00");
    case TimePhase::Overrun:
        return QStringLiteral("#b71c1c");
    case TimePhase::Idle:
    case TimePhase::Done:
        break;
    }
    return QStringLiteral("#444444");
}

QString laneName(const QString& lane)
{
    return lane.isEmpty() ? ClockPanel::tr("Sans piste") : lane;
}

QLabel* label(int pointSize, bool bold, QWidget* parent)
{
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    l->setFont(f);
    l->setProperty("copilPointSize", pointSize); // before any scale
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

ClockPanel::ClockPanel(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    m_clock = label(28, true, this);
    m_clock->setAccessibleName(tr("Heure"));
    row->addWidget(m_clock);
    m_cards = new QHBoxLayout;
    m_cards->setSpacing(8);
    row->addLayout(m_cards, 1);
    // The end of the day, as a card like the lanes'.
    m_endFrame = new QFrame(this);
    m_endFrame->setObjectName(QStringLiteral("dayEndCard"));
    auto* box = new QVBoxLayout(m_endFrame);
    box->setContentsMargins(8, 4, 8, 4);
    box->setSpacing(0);
    auto* name = label(10, false, m_endFrame);
    name->setText(tr("Fin de journée"));
    m_endTime = label(22, true, m_endFrame);
    m_endDetail = label(10, false, m_endFrame);
    for (QLabel* l : {name, m_endTime, m_endDetail}) {
        box->addWidget(l);
    }
    box->addStretch(1);
    row->addWidget(m_endFrame);
    applyScale();
}

void ClockPanel::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale)) {
        return;
    }
    m_scale = scale;
    applyScale();
}

void ClockPanel::applyScale()
{
    for (QLabel* l : findChildren<QLabel*>()) {
        const int base = l->property("copilPointSize").toInt();
        if (base > 0) {
            QFont f = l->font();
            f.setPointSizeF(base * m_scale);
            l->setFont(f);
        }
    }
    m_clock->setMinimumWidth(m_clock->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) +
                             12);
    for (Card& c : m_cardList) {
        fitRemaining(c);
    }
}

void ClockPanel::fitRemaining(Card& c)
{
    // The time left is never cut, the room reads it from afar: when many lanes share the
    // panel it is written smaller rather than elided, and widens nothing.
    const int base = c.remaining->property("copilPointSize").toInt();
    QFont f = c.remaining->font();
    f.setPointSizeF(base * m_scale);
    const int room = std::max(40, c.frame->width() - 16);
    const int needed = QFontMetrics(f).horizontalAdvance(c.remaining->text());
    if (needed > room) {
        f.setPointSizeF(std::max(8.0, base * m_scale * room / needed));
    }
    if (f != c.remaining->font()) {
        c.remaining->setFont(f);
    }
}

void ClockPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    for (Card& c : m_cardList) {
        fitRemaining(c);
    }
}

void ClockPanel::rebuild(const QStringList& lanes)
{
    for (Card& c : m_cardList) {
        delete c.frame;
    }
    m_cardList.clear();
    for (const QString& lane : lanes) {
        Card c;
        c.lane = lane;
        c.frame = new QFrame(this);
        c.frame->setObjectName(QStringLiteral("laneCard"));
        c.frame->setCursor(Qt::PointingHandCursor);
        c.frame->installEventFilter(this);
        auto* box = new QVBoxLayout(c.frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        auto* name = label(10, false, c.frame);
        c.name = name;
        c.title = label(12, true, c.frame);
        c.remaining = label(22, true, c.frame);
        c.detail = label(10, false, c.frame);
        for (QLabel* l : {name, c.title, c.detail}) {
            l->setMinimumWidth(40);
            box->addWidget(l);
        }
        c.remaining->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        box->insertWidget(2, c.remaining);
        m_cards->addWidget(c.frame, 1);
        m_cardList << c;
    }
    applyScale();
}

void ClockPanel::showDay(const QList<domain::AgendaItem>& agenda, const QStringList& lanes,
                         const domain::Forecast& forecast, const QDateTime& now)
{
    m_clock->setText(QLocale().toString(now.time(), QStringLiteral("HH:mm:ss")));
    m_clock->setAccessibleName(tr("Heure : %1").arg(m_clock->text()));
    QStringList current;
    for (const Card& c : m_cardList) {
        current << c.lane;
    }
    if (current != lanes) {
        rebuild(lanes);
    }
    for (Card& c : m_cardList) {
        const QString activeId = Timekeeping::activeIn(agenda, c.lane);
        const domain::AgendaItem* active = nullptr;
        const domain::AgendaItem* next = nullptr;
        QDateTime nextStart;
        for (const auto& item : agenda) {
            if (item.id == activeId) {
                active = &item;
            }
            const auto slot = forecast.byItem.find(item.id);
            if (item.track == c.lane && item.parentId.isEmpty() &&
                Timekeeping::state(item) == RunState::NotStarted && slot != forecast.byItem.end() &&
                (!next || slot->start < nextStart)) {
                next = &item;
                nextStart = slot->start;
            }
        }
        const int width = std::max(80, c.frame->width() - 24);
        const auto elide = [width](QLabel* l, const QString& text) {
            l->setText(l->fontMetrics().elidedText(text, Qt::ElideRight, width));
            l->setToolTip(text);
        };
        if (active) {
            const auto live = Timekeeping::status(*active, now);
            c.itemId = active->id;
            c.phase = live.phase;
            elide(c.name, laneName(c.lane));
            elide(c.title, active->title);
            c.remaining->setText(ProjectorText::remaining(live));
            c.remaining->setToolTip(c.remaining->text());
            elide(c.detail, tr("écoulé %1").arg(formatDuration(live.elapsed)));
        } else {
            c.itemId = next ? next->id : QString();
            c.phase = TimePhase::Idle;
            elide(c.name, tr("%1 · à suivre").arg(laneName(c.lane)));
            elide(c.title, next ? next->title : tr("Rien à suivre"));
            c.remaining->setText(next ? nextStart.time().toString(QStringLiteral("HH:mm"))
                                      : QStringLiteral("—"));
            const qint64 late = next ? forecast.startDelay(*next, nextStart.date()) : 0;
            elide(c.detail, !next ? QString()
                            : late >= 60
                                ? tr("prévu %1 · +%2 min")
                                      .arg(next->plannedStart.toString(QStringLiteral("HH:mm")))
                                      .arg(late / 60)
                                : tr("à l’heure"));
        }
        fitRemaining(c);
        // A screen reader hears the whole card, nothing elided.
        c.frame->setAccessibleName(QStringList{c.name->toolTip(), c.title->toolTip(),
                                               c.remaining->text(), c.detail->toolTip()}
                                       .join(QStringLiteral(" – ")));
        c.frame->setStyleSheet(
            QStringLiteral("QFrame#laneCard { background: %1; border-radius: 6px; }"
                           " QLabel { color: %2; }")
                .arg(background(c.phase), foreground(c.phase)));
    }
    if (forecast.dayEnd.isValid()) {
        const qint64 late = forecast.plannedDayEnd.secsTo(forecast.dayEnd);
        m_endTime->setText(forecast.dayEnd.time().toString(QStringLiteral("HH:mm")));
        m_endDetail->setText(
            late >= 60 ? tr("+%1 min (prévu %2)")
                             .arg(late / 60)
                             .arg(forecast.plannedDayEnd.time().toString(QStringLiteral("HH:mm")))
                       : tr("à l’heure"));
        m_endFrame->setStyleSheet(
            QStringLiteral("QFrame#dayEndCard { background: %1; border-radius: 6px; }"
                           " QLabel { color: %2; }")
                .arg(background(late >= 60 ? TimePhase::Overrun : TimePhase::Idle),
                     foreground(late >= 60 ? TimePhase::Overrun : TimePhase::Idle)));
    } else {
        m_endTime->setText(QStringLiteral("—"));
        m_endDetail->clear();
    }
}

QString ClockPanel::clockText() const
{
    return m_clock->text();
}

QString ClockPanel::laneText(const QString& lane) const
{
    for (const Card& c : m_cardList) {
        if (c.lane == lane) {
            return c.title->text() + u'\n' + c.remaining->text() + u'\n' + c.detail->text();
        }
    }
    return {};
}

TimePhase ClockPanel::lanePhase(const QString& lane) const
{
    for (const Card& c : m_cardList) {
        if (c.lane == lane) {
            return c.phase;
        }
    }
    return TimePhase::Idle;
}

QString ClockPanel::dayEndText() const
{
    return m_endTime->text() + u'\n' + m_endDetail->text();
}

bool ClockPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        for (const Card& c : m_cardList) {
            if (c.frame == watched && !c.itemId.isEmpty()) {
                emit itemClicked(c.itemId);
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace copil::gui
