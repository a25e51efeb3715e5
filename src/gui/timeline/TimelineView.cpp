#include "TimelineView.h"

#include "TimelineAccessible.h"
#include "domain/Labels.h"
#include "domain/Timekeeping.h"
#include "gui/projector/ProjectorText.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace copil::gui {

using domain::AgendaItem;
using domain::AgendaItemKind;
using domain::RunState;
using domain::Timekeeping;
using domain::TimePhase;

namespace {

constexpr int kHeader = 30; // lane titles
constexpr int kGutter = 52; // time labels
constexpr int kIndent = 22; // sub-items inside their parent
constexpr int kEdge = 6;    // grip of the bottom edge for resizing
constexpr int kMargin = 4;

int minuteOf(QTime t)
{
    return t.msecsSinceStartOfDay() / 60000;
}

QColor kindColour(AgendaItemKind kind)
{
    switch (kind) {
    case AgendaItemKind::Welcome:
        return {0xd6, 0xe9, 0xf8};
    case AgendaItemKind::Subgroup:
        return {0xd9, 0xf0, 0xdc};
    case AgendaItemKind::Break:
        return {0xec, 0xec, 0xec};
    case AgendaItemKind::Plenary:
        return {0xe6, 0xdf, 0xf5};
    case AgendaItemKind::Presentation:
        return {0xf1, 0xec, 0xfb};
    case AgendaItemKind::Discussion:
        return {0xfb, 0xf3, 0xd5};
    }
    return Qt::white;
}

QColor phaseColour(TimePhase phase)
{
    switch (phase) {
    case TimePhase::Normal:
        return {0x2e, 0x7d, 0x32};
    case TimePhase::Closing:
        return {0xef, 0x8f, 0x00};
    case TimePhase::Overrun:
        return {0xc6, 0x28, 0x28};
    case TimePhase::Idle:
    case TimePhase::Done:
        break;
    }
    return {0x60, 0x60, 0x60};
}

// "09:05", without the cost of a format string parsed on each call.
QString hhmm(QTime t)
{
    const int h = t.hour();
    const int m = t.minute();
    const char16_t text[5] = {char16_t(u'0' + h / 10), char16_t(u'0' + h % 10), u':',
                              char16_t(u'0' + m / 10), char16_t(u'0' + m % 10)};
    return t.isValid() ? QString(reinterpret_cast<const QChar*>(text), 5) : QString();
}

} // namespace

QString formatDuration(qint64 seconds)
{
    return ProjectorText::join(ProjectorText::duration(seconds));
}

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Déroulé de la journée"));
}

void TimelineView::setAgenda(const QList<AgendaItem>& agenda, QDate day, QTime dayStart,
                             QTime dayEnd)
{
    m_agenda = agenda;
    m_day = day;
    m_dayStart = dayStart;
    m_dayEnd = dayEnd;
    m_lanes = domain::Schedule::tracks(agenda);
    m_clashing = domain::Schedule::clashing(agenda);
    m_index.clear();
    m_parents.clear();
    for (int i = 0; i < m_agenda.size(); ++i) {
        m_index.insert(m_agenda[i].id, i);
        if (!m_agenda[i].parentId.isEmpty()) {
            m_parents.insert(m_agenda[i].parentId);
        }
    }
    m_depth.clear();
    for (const auto& item : m_agenda) {
        m_depth.insert(item.id, depthOf(item));
    }
    m_paintOrder.clear();
    for (int i = 0; i < m_agenda.size(); ++i) {
        m_paintOrder << i;
    }
    std::stable_sort(m_paintOrder.begin(), m_paintOrder.end(), [this](int a, int b) {
        return m_depth.value(m_agenda[a].id) < m_depth.value(m_agenda[b].id);
    });
    if (!find(m_selected)) {
        m_selected.clear();
    }
    m_drag = Drag::None;
    m_dragging = false;
    setNow(m_now.isValid() ? m_now : QDateTime::currentDateTime());
}

void TimelineView::setNow(const QDateTime& now)
{
    m_now = now;
    m_forecast = domain::Schedule::forecast(m_agenda, m_day, now);
    relayout();
    update();
}

void TimelineView::setSelectedId(const QString& id)
{
    if (id == m_selected) {
        return;
    }
    m_selected = find(id) ? id : QString();
    update();
    TimelineAccessible::announceSelection(this);
}

QStringList TimelineView::blockIds() const
{
    QStringList ids;
    for (const int index : m_paintOrder) {
        ids << m_agenda[index].id;
    }
    return ids;
}

QString TimelineView::blockTitle(const QString& id) const
{
    const AgendaItem* item = find(id);
    return item ? item->title : QString();
}

QString TimelineView::blockLane(const QString& id) const
{
    const AgendaItem* item = find(id);
    return item ? laneTitle(item->track) : QString();
}

void TimelineView::setBadges(const QHash<QString, QString>& badges)
{
    if (badges != m_badges) {
        m_badges = badges;
        update();
    }
}

const AgendaItem* TimelineView::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_agenda[*it];
}

int TimelineView::depthOf(const AgendaItem& item) const
{
    int depth = 0;
    QString parent = item.parentId;
    while (!parent.isEmpty() && depth < 8) {
        const AgendaItem* p = find(parent);
        parent = p ? p->parentId : QString();
        ++depth;
    }
    return depth;
}

void TimelineView::relayout()
{
    int from = m_dayStart.isValid() ? minuteOf(m_dayStart) : 9 * 60;
    int to = m_dayEnd.isValid() ? minuteOf(m_dayEnd) : 17 * 60;
    for (const auto& item : m_agenda) {
        if (item.plannedStart.isValid() && item.plannedEnd.isValid()) {
            from = std::min(from, minuteOf(item.plannedStart));
            to = std::max(to, minuteOf(item.plannedEnd));
        }
    }
    for (const auto& slot : m_forecast.byItem) {
        if (slot.start.date() == m_day && slot.end.date() == m_day) {
            from = std::min(from, minuteOf(slot.start.time()));
            to = std::max(to, minuteOf(slot.end.time()));
        }
    }
    m_fromMinute = std::max(0, from / 30 * 30);
    m_toMinute = std::min(24 * 60, (to + 15 + 29) / 30 * 30);
    const int minutes = std::max(30, m_toMinute - m_fromMinute);
    m_ppm = double(height() - kHeader - kMargin) / minutes;
    m_laneWidth =
        std::max(60, (width() - kGutter - kMargin) / int(std::max<qsizetype>(1, m_lanes.size())));
}

int TimelineView::yForTime(QTime time) const
{
    const double minutes = time.msecsSinceStartOfDay() / 60000.0 - m_fromMinute;
    return kHeader + int(minutes * m_ppm + 0.5);
}

QRect TimelineView::rectFor(const AgendaItem& item, QTime start, QTime end) const
{
    const int lane = int(m_lanes.indexOf(item.track));
    if (lane < 0 || !start.isValid() || !end.isValid()) {
        return {};
    }
    const int indent = m_depth.value(item.id) * kIndent;
    const int x = kGutter + lane * m_laneWidth + kMargin + indent;
    const int top = yForTime(start);
    const int bottom = std::max(top + 4, yForTime(end));
    return {x, top, m_laneWidth - 2 * kMargin - indent, bottom - top - 1};
}

QRect TimelineView::blockRect(const QString& id) const
{
    const AgendaItem* item = find(id);
    if (!item) {
        return {};
    }
    if (m_dragging && id == m_dragId) {
        return rectFor(*item, m_previewStart, m_previewEnd);
    }
    return rectFor(*item, item->plannedStart, item->plannedEnd);
}

QString TimelineView::itemAt(const QPoint& pos) const
{
    // The selected block's bottom edge first, so that it can be grabbed where blocks
    // overlap; otherwise what is under the pointer, the deepest first (sub-items are drawn
    // over their parent): a click on a sub-item selects the sub-item.
    if (const QRect r = blockRect(m_selected);
        r.contains(pos) && pos.y() >= r.bottom() - kEdge && r.height() > 3 * kEdge) {
        return m_selected;
    }
    for (auto it = m_paintOrder.crbegin(); it != m_paintOrder.crend(); ++it) {
        const AgendaItem& item = m_agenda[*it];
        if (blockRect(item.id).contains(pos)) {
            return item.id;
        }
    }
    return {};
}

QString TimelineView::laneTitle(const QString& track) const
{
    return track.isEmpty() ? tr("Sans piste") : track;
}

void TimelineView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void TimelineView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, false);

    // Lanes and their titles.
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_lanes.size(); ++i) {
        const QRect lane(kGutter + i * m_laneWidth, 0, m_laneWidth, height());
        if (i % 2 == 1) {
            p.fillRect(lane, palette().alternateBase());
        }
        p.setFont(bold);
        p.setPen(palette().text().color());
        p.drawText(
            lane.adjusted(4, 0, -4, 0).intersected(QRect(0, 0, width(), kHeader)),
            Qt::AlignCenter | Qt::TextSingleLine,
            p.fontMetrics().elidedText(laneTitle(m_lanes[i]), Qt::ElideRight, m_laneWidth - 8));
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
        p.drawLine(lane.topLeft(), lane.bottomLeft());
    }
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.drawLine(kGutter, kHeader - 1, width(), kHeader - 1);

    // Time axis: hours labelled, half hours dotted.
    p.setFont(font());
    for (int m = m_fromMinute; m <= m_toMinute; m += 30) {
        const int y = yForTime(QTime(m / 60 % 24, m % 60));
        const bool hour = m % 60 == 0;
        p.setPen(QPen(QColor(hour ? 0xd0 : 0xe4, hour ? 0xd0 : 0xe4, hour ? 0xd0 : 0xe4), 1,
                      hour ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(kGutter, y, width(), y);
        const bool nearNow =
            m_now.isValid() && m_now.date() == m_day && std::abs(y - yForTime(m_now.time())) < 14;
        if (hour && m < 24 * 60 && !nearNow) {
            p.setPen(palette().text().color());
            p.drawText(QRect(0, y - 9, kGutter - 6, 18), Qt::AlignRight | Qt::AlignVCenter,
                       hhmm(QTime(m / 60, 0)));
        }
    }

    // Where the day slipped: the expected slot, dashed, behind the planned block.
    for (const auto& item : m_agenda) {
        const auto slot = m_forecast.byItem.find(item.id);
        if (slot == m_forecast.byItem.end() || slot->start.date() != m_day ||
            Timekeeping::state(item) == RunState::Finished) {
            continue;
        }
        if (slot->end.date() == m_day &&
            std::abs(item.plannedStart.secsTo(slot->start.time())) < 60 &&
            std::abs(item.plannedEnd.secsTo(slot->end.time())) < 60) {
            continue;
        }
        // Plain rectangles: a crowded day has hundreds of these, and dashed rounded
        // outlines cost ten times more to draw.
        const QRect r = rectFor(item, slot->start.time(), slot->end.time()).adjusted(2, 0, -2, 0);
        p.fillRect(r, QColor(0xef, 0x8f, 0x00, 28));
        p.setPen(QPen(QColor(0xef, 0x8f, 0x00), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawLine(r.topLeft(), r.bottomLeft());
        p.drawLine(r.topRight(), r.bottomRight());
        p.drawLine(r.bottomLeft(), r.bottomRight());
    }

    const QRect exposed = event->rect();
    for (int index : m_paintOrder) {
        const AgendaItem& item = m_agenda[index];
        const QRect r = blockRect(item.id);
        if (!r.isEmpty() && r.intersects(exposed)) {
            paintBlock(p, item, r);
        }
    }

    // Now.
    if (m_now.isValid() && m_now.date() == m_day) {
        const int minute = minuteOf(m_now.time());
        if (minute >= m_fromMinute && minute <= m_toMinute) {
            const int y = yForTime(m_now.time());
            p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
            p.drawLine(kGutter - 4, y, width(), y);
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            const QRect label(0, y - 10, kGutter - 4, 20);
            p.fillRect(label, QColor(0xd3, 0x2f, 0x2f));
            p.setPen(Qt::white);
            p.drawText(label, Qt::AlignCenter, hhmm(m_now.time()));
        }
    }
    if (m_agenda.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(kGutter, kHeader, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("L’ordre du jour est vide : Ajouter un point à l’ordre du jour (Ctrl+N)."));
    }
    // Where the keyboard is: a frame around the view, a thick one around the selection.
    if (hasFocus()) {
        const QColor focus = palette().highlight().color();
        p.setPen(QPen(focus, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -1, -1));
        if (const QRect r = blockRect(m_selected); !r.isEmpty()) {
            p.setPen(QPen(focus, 3, Qt::DashLine));
            p.drawRect(r.adjusted(-2, -2, 2, 2));
        }
    }
}

QStringList TimelineView::blockLines(const QString& id) const
{
    const AgendaItem* item = find(id);
    int alert = -1;
    return item ? blockLines(*item, &alert) : QStringList();
}

QStringList TimelineView::blockLines(const AgendaItem& item, int* alertLine) const
{
    const domain::LiveStatus live = Timekeeping::status(item, m_now);
    const bool dragged = m_dragging && item.id == m_dragId;
    const QTime start = dragged ? m_previewStart : item.plannedStart;
    const QTime end = dragged ? m_previewEnd : item.plannedEnd;
    QStringList lines;
    lines << hhmm(start) + u" – " + hhmm(end);
    if (!item.presenters.isEmpty()) {
        lines.last() += u" · " + item.presenters.join(u", ");
    }
    switch (live.state) {
    case RunState::Running:
    case RunState::Paused:
        if (live.remaining < 0) {
            *alertLine = int(lines.size());
        }
        lines << ProjectorText::remaining(live);
        break;
    case RunState::Finished:
        lines << tr("terminé à %1").arg(hhmm(item.actualEnd.time()));
        break;
    case RunState::NotStarted: {
        const auto slot = m_forecast.byItem.constFind(item.id);
        const int late = slot == m_forecast.byItem.constEnd() || slot->start.date() != m_day
                             ? 0
                             : item.plannedStart.secsTo(slot->start.time());
        if (late >= 60) {
            lines << tr("prévision %1 – %2 (+%3 min)")
                         .arg(hhmm(slot->start.time()), hhmm(slot->end.time()))
                         .arg(late / 60);
        }
        break;
    }
    }
    if (item.extensionMinutes > 0) {
        lines << tr("prolongé de %1 min").arg(item.extensionMinutes);
    }
    if (const auto badge = m_badges.constFind(item.id); badge != m_badges.constEnd()) {
        lines << *badge;
    }
    if (m_clashing.contains(item.id)) {
        *alertLine = int(lines.size());
        lines << tr("⚠ chevauche un autre point");
    }

    return lines;
}

void TimelineView::paintBlock(QPainter& p, const AgendaItem& item, const QRect& r) const
{
    const domain::LiveStatus live = Timekeeping::status(item, m_now);
    const bool selected = item.id == m_selected;
    const bool clashing = m_clashing.contains(item.id);
    const bool hasChildren = m_parents.contains(item.id);

    QColor fill = kindColour(item.kind);
    if (live.state == RunState::Finished) {
        fill = fill.lighter(104);
        fill.setAlpha(150);
    }
    // Rounded and smooth where there is room; small blocks are plain rectangles, which
    // keeps a crowded day quick to paint.
    const bool roomy = r.height() >= 24;
    p.setRenderHint(QPainter::Antialiasing, roomy);
    const auto shape = [&p, roomy](const QRect& rect) {
        if (roomy) {
            p.drawRoundedRect(rect, 4, 4);
        } else {
            p.drawRect(rect);
        }
    };
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    shape(r);
    if (item.kind == AgendaItemKind::Break) {
        p.setBrush(QBrush(QColor(0xc8, 0xc8, 0xc8), Qt::BDiagPattern));
        shape(r);
    }
    // Time used so far, from the top, in the colour of the phase.
    if (live.state == RunState::Running || live.state == RunState::Paused) {
        const double share =
            live.allotted > 0 ? std::min(1.0, double(live.elapsed) / double(live.allotted)) : 1.0;
        QColor used = phaseColour(live.phase);
        used.setAlpha(45);
        p.setBrush(used);
        p.drawRect(QRect(r.left(), r.top(), r.width(), int(r.height() * share)));
    }

    QPen border(QColor(0x90, 0x90, 0x90), 1);
    if (live.state == RunState::Running || live.state == RunState::Paused) {
        border = QPen(phaseColour(live.phase), 3);
    }
    if (clashing) {
        border = QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine);
    }
    if (selected) {
        border = QPen(palette().highlight().color(), 3);
    }
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    shape(r.adjusted(1, 1, -1, -1));
    p.setRenderHint(QPainter::Antialiasing, false);

    // Words: title, times, presenters, live clock, forecast.
    QFont titleFont = font();
    titleFont.setBold(true);
    const QFontMetrics tm(titleFont);
    if (!hasChildren && r.height() < tm.height() - 3) {
        return; // too short for words: the tooltip and the details pane tell
    }
    int alertLine = -1; // drawn in red: an overrun or a clash
    const QStringList lines = blockLines(item, &alertLine);

    p.setPen(palette().text().color());
    if (hasChildren) {
        // The title runs up the left strip; the sub-items fill the rest.
        p.save();
        p.setFont(titleFont);
        p.translate(r.left() + 4, r.bottom() - 4);
        p.rotate(-90);
        const int length = r.height() - 8;
        p.drawText(
            QRect(0, 0, length, kIndent - 6), Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(item.title + u"  " + lines.first(), Qt::ElideRight, length));
        p.restore();
        return;
    }
    if (r.height() < tm.height() + 8) {
        // A short item: title and times on one line, as much as fits.
        p.save();
        p.setClipRect(r);
        p.setFont(titleFont);
        const QRect line = r.adjusted(6, 0, -6, 0);
        const QString shown = item.title + u"  " + lines.first();
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   tm.elidedText(shown, Qt::ElideRight, line.width()));
        p.restore();
        return;
    }
    const QRect text = r.adjusted(6, 3, -6, -3);
    p.save();
    p.setClipRect(text);
    p.setFont(titleFont);
    const QFontMetrics fm(font());
    int y = text.top();
    // As many title lines as fit while leaving room for the times.
    const int titleLines = std::max(1, std::min(3, (text.height() - fm.height()) / tm.height()));
    const QRect titleRect(text.left(), y, text.width(), titleLines * tm.height());
    const QString title =
        titleLines == 1 ? tm.elidedText(item.title, Qt::ElideRight, text.width()) : item.title;
    p.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);
    y += std::min(titleRect.height(), tm.boundingRect(titleRect, Qt::TextWordWrap, title).height());
    p.setFont(font());
    for (int i = 0; i < lines.size(); ++i) {
        if (y + fm.height() > text.bottom() + 2) {
            break;
        }
        p.setPen(i == alertLine ? QColor(0xc6, 0x28, 0x28) : palette().text().color());
        p.drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft,
                   fm.elidedText(lines[i], Qt::ElideRight, text.width()));
        y += fm.height();
    }
    p.restore();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return QWidget::mousePressEvent(event);
    }
    setFocus(Qt::MouseFocusReason);
    const QString id = itemAt(event->position().toPoint());
    m_drag = Drag::None;
    m_dragging = false;
    if (id != m_selected) {
        m_selected = id;
        update();
        emit itemSelected(id);
    }
    if (id.isEmpty()) {
        return;
    }
    const AgendaItem* item = find(id);
    const QRect r = blockRect(id);
    m_dragId = id;
    m_pressPos = event->position().toPoint();
    m_previewStart = item->plannedStart;
    m_previewEnd = item->plannedEnd;
    m_drag =
        m_pressPos.y() >= r.bottom() - kEdge && r.height() > 3 * kEdge ? Drag::Resize : Drag::Move;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None || !(event->buttons() & Qt::LeftButton)) {
        // Show where the edge can be grabbed.
        const QString id = itemAt(pos);
        const QRect r = blockRect(id);
        setCursor(!id.isEmpty() && pos.y() >= r.bottom() - kEdge && r.height() > 3 * kEdge
                      ? Qt::SizeVerCursor
                      : Qt::ArrowCursor);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    const AgendaItem* item = find(m_dragId);
    if (!item) {
        return;
    }
    m_dragging = true;
    const int deltaSeconds = int((pos.y() - m_pressPos.y()) / m_ppm * 60.0);
    const int duration = item->plannedStart.secsTo(item->plannedEnd);
    if (m_drag == Drag::Move) {
        const int latest = 24 * 3600 - duration - 60;
        const int start =
            std::clamp(item->plannedStart.msecsSinceStartOfDay() / 1000 + deltaSeconds, 0,
                       std::max(0, latest));
        m_previewStart = domain::Schedule::snap(QTime::fromMSecsSinceStartOfDay(start * 1000));
        m_previewEnd = m_previewStart.addSecs(duration);
    } else {
        const int minEnd =
            item->plannedStart.msecsSinceStartOfDay() / 1000 + domain::Schedule::kSnapMinutes * 60;
        const int end = std::clamp(item->plannedEnd.msecsSinceStartOfDay() / 1000 + deltaSeconds,
                                   minEnd, 24 * 3600 - 60);
        m_previewEnd = domain::Schedule::snap(QTime::fromMSecsSinceStartOfDay(end * 1000));
        if (m_previewEnd <= item->plannedStart) {
            m_previewEnd = item->plannedStart.addSecs(domain::Schedule::kSnapMinutes * 60);
        }
    }
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        return QWidget::mouseReleaseEvent(event);
    }
    const Drag drag = m_drag;
    const bool dragged = m_dragging;
    m_drag = Drag::None;
    m_dragging = false;
    update();
    const AgendaItem* item = find(m_dragId);
    if (!dragged || !item) {
        return;
    }
    if (drag == Drag::Move && m_previewStart != item->plannedStart) {
        emit itemMoved(m_dragId, m_previewStart);
    } else if (drag == Drag::Resize && m_previewEnd != item->plannedEnd) {
        emit itemResized(m_dragId, m_previewEnd);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString id = itemAt(event->position().toPoint());
    if (!id.isEmpty()) {
        emit itemActivated(id);
    }
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        m_drag = Drag::None;
        m_dragging = false;
        update();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !m_selected.isEmpty()) {
        emit itemActivated(m_selected);
        return;
    }
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        selectInLane(event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    if (event->key() != Qt::Key_Up && event->key() != Qt::Key_Down) {
        return QWidget::keyPressEvent(event);
    }
    // Up and Down walk through the items in time order, lane by lane at equal times.
    QList<const AgendaItem*> order;
    for (const auto& item : m_agenda) {
        if (!rectFor(item, item.plannedStart, item.plannedEnd).isEmpty()) {
            order << &item;
        }
    }
    std::stable_sort(order.begin(), order.end(), [this](const AgendaItem* a, const AgendaItem* b) {
        if (a->plannedStart != b->plannedStart) {
            return a->plannedStart < b->plannedStart;
        }
        return m_lanes.indexOf(a->track) < m_lanes.indexOf(b->track);
    });
    if (order.isEmpty()) {
        return;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order[i]->id == m_selected) {
            index = i;
        }
    }
    index = event->key() == Qt::Key_Down ? std::min(order.size() - 1, index + 1)
                                         : std::max<qsizetype>(0, index - 1);
    m_selected = order[index]->id;
    update();
    emit itemSelected(m_selected);
}

void TimelineView::selectInLane(int direction)
{
    // The next lane to the left or right, at the time of the selection (or the start of
    // the day): the item there that overlaps it most, else the nearest in time.
    const AgendaItem* current = find(m_selected);
    const qsizetype lane = current ? m_lanes.indexOf(current->track) : -1;
    const qsizetype target = lane < 0 ? 0 : lane + direction;
    if (target < 0 || target >= m_lanes.size()) {
        return;
    }
    const int from = current ? minuteOf(current->plannedStart) : m_fromMinute;
    const int to = current ? minuteOf(current->plannedEnd) : m_fromMinute;
    const AgendaItem* best = nullptr;
    int bestScore = std::numeric_limits<int>::min();
    for (const auto& item : m_agenda) {
        if (item.track != m_lanes[target] ||
            rectFor(item, item.plannedStart, item.plannedEnd).isEmpty()) {
            continue;
        }
        const int a = minuteOf(item.plannedStart);
        const int b = minuteOf(item.plannedEnd);
        const int overlap = std::min(b, to) - std::max(a, from);
        // Overlap counts first; then the smallest distance; deeper items win ties.
        const int score = overlap > 0 ? overlap * 100 + depthOf(item)
                                      : -std::min(std::abs(a - from), std::abs(b - to)) * 100;
        if (!best || score > bestScore) {
            best = &item;
            bestScore = score;
        }
    }
    if (best) {
        m_selected = best->id;
        update();
        emit itemSelected(m_selected);
    }
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const AgendaItem* item = find(itemAt(help->pos()));
        if (!item) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString tip = u"<b>" + item->title.toHtmlEscaped() + u"</b><br>" +
                      domain::Labels::of(item->kind).toHtmlEscaped() + u" · " +
                      hhmm(item->plannedStart) + u" – " + hhmm(item->plannedEnd);
        if (!item->room.isEmpty()) {
            tip += u" · " + item->room.toHtmlEscaped();
        }
        if (!item->description.isEmpty()) {
            tip += u"<br>" + item->description.left(300).toHtmlEscaped();
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace copil::gui
