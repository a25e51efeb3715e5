#include "Schedule.h"

#include "Timekeeping.h"

#include <algorithm>
#include <vector>

namespace copil::domain {

namespace {

bool timed(const AgendaItem& item)
{
    return item.plannedStart.isValid() && item.plannedEnd.isValid() &&
           item.plannedStart < item.plannedEnd;
}

bool byPlannedStart(const AgendaItem* a, const AgendaItem* b)
{
    if (a->plannedStart != b->plannedStart) {
        return a->plannedStart < b->plannedStart;
    }
    return a->position < b->position;
}

// Works in seconds from the day's midnight (plain integers: a day of 500 items is
// re-planned every second), and makes date-times only for the result.
class Planner {
public:
    Planner(const QList<AgendaItem>& agenda, QDate day, const QDateTime& now)
        : m_day(day), m_now(now)
    {
        for (const auto& item : agenda) {
            if (timed(item)) {
                m_children[item.parentId].append(&item);
            }
        }
        for (auto& list : m_children) {
            std::sort(list.begin(), list.end(), byPlannedStart);
        }
        m_main = Schedule::mainTrack(agenda);
        m_nowSecs = secsOf(now);
        // "Now" only weighs on the day itself: before it the plan holds; after it, what
        // was not done is simply not re-planned into the future.
        m_today = now.isValid() && now.toLocalTime().date() == day;
    }

    Forecast run()
    {
        Forecast f;
        const auto& top = m_children.value(QString());
        // Lanes as numbers; -1 stands for the main lane.
        QHash<QString, int> laneIds;
        std::vector<int> lane(top.size());
        std::vector<qint64> start(top.size());
        std::vector<qint64> end(top.size());
        std::vector<qint64> forecastEnd(top.size());
        for (qsizetype i = 0; i < top.size(); ++i) {
            const AgendaItem& x = *top[i];
            if (x.track == m_main) {
                lane[i] = -1;
            } else {
                auto it = laneIds.find(x.track);
                if (it == laneIds.end()) {
                    it = laneIds.insert(x.track, int(laneIds.size()));
                }
                lane[i] = *it;
            }
            start[i] = secs(x.plannedStart);
            end[i] = secs(x.plannedEnd);
        }
        qint64 plannedDayEnd = -1;
        qint64 dayEnd = -1;
        for (qsizetype i = 0; i < top.size(); ++i) {
            qint64 earliest = start[i];
            for (qsizetype j = 0; j < i; ++j) {
                if (end[j] <= start[i] && forecastEnd[j] > earliest &&
                    (lane[j] == lane[i] || lane[j] == -1 || lane[i] == -1)) {
                    earliest = forecastEnd[j];
                }
            }
            forecastEnd[i] = place(*top[i], earliest, 0).second;
            plannedDayEnd = std::max(plannedDayEnd, end[i]);
            dayEnd = std::max(dayEnd, forecastEnd[i]);
        }
        f.byItem.reserve(m_slots.size());
        for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
            f.byItem.insert(it.key(), Slot{at(it->first), at(it->second)});
        }
        if (plannedDayEnd >= 0) {
            f.plannedDayEnd = at(plannedDayEnd);
            f.dayEnd = at(dayEnd);
        }
        return f;
    }

private:
    static qint64 secs(QTime t) { return t.msecsSinceStartOfDay() / 1000; }
    // Wall-clock seconds from the day's midnight, as the planned times are (a change to
    // summer time in the night does not shift the day).
    QDateTime at(qint64 s) const
    {
        const qint64 days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
        return QDateTime(m_day.addDays(days),
                         QTime::fromMSecsSinceStartOfDay(int((s - days * 86400) * 1000)));
    }
    qint64 secsOf(const QDateTime& t) const
    {
        const QDateTime local = t.toLocalTime();
        return m_day.daysTo(local.date()) * 86400 + local.time().msecsSinceStartOfDay() / 1000;
    }

    // Places an item no earlier than `earliest`; returns its start and end.
    std::pair<qint64, qint64> place(const AgendaItem& x, qint64 earliest, int depth)
    {
        const LiveStatus live = Timekeeping::status(x, m_now);
        std::pair<qint64, qint64> s;
        if (live.state == RunState::NotStarted) {
            s.first = m_today ? std::max(earliest, m_nowSecs) : earliest;
            s.second = s.first + live.allotted;
        } else {
            s.first = secsOf(x.actualStart);
            if (live.state == RunState::Finished) {
                s.second = secsOf(x.actualEnd);
            } else {
                // Elapsed time counts up to now; what remains is still to come.
                s.second = m_today ? m_nowSecs + std::max<qint64>(0, live.remaining)
                                   : s.first + live.allotted + x.pausedSeconds;
            }
        }
        if (depth < 32) {
            const qint64 shift = s.first - secs(x.plannedStart);
            qint64 previousEnd = s.first;
            for (const AgendaItem* child : m_children.value(x.id)) {
                const qint64 childEarliest =
                    std::max(secs(child->plannedStart) + shift, previousEnd);
                previousEnd = place(*child, childEarliest, depth + 1).second;
                if (live.state != RunState::Finished) {
                    s.second = std::max(s.second, previousEnd);
                }
            }
        }
        m_slots.insert(x.id, s);
        return s;
    }

    QDate m_day;
    QDateTime m_now;
    qint64 m_nowSecs = 0;
    bool m_today = false;
    QString m_main;
    QHash<QString, QList<const AgendaItem*>> m_children;
    QHash<QString, std::pair<qint64, qint64>> m_slots;
};

// Seconds since midnight after adding delta, or -1 if that leaves the day.
int shifted(QTime t, qint64 delta)
{
    const qint64 s = t.msecsSinceStartOfDay() / 1000 + delta;
    return s < 0 || s >= 24 * 3600 ? -1 : int(s);
}

bool shiftInPlace(AgendaItem& item, qint64 delta)
{
    const int start = shifted(item.plannedStart, delta);
    const int end = shifted(item.plannedEnd, delta);
    if (start < 0 || end < 0) {
        return false;
    }
    item.plannedStart = QTime::fromMSecsSinceStartOfDay(start * 1000);
    item.plannedEnd = QTime::fromMSecsSinceStartOfDay(end * 1000);
    return true;
}

// The item and every sub-item below it, shifted by delta seconds; empty if impossible.
QList<AgendaItem> shiftFamily(const QList<AgendaItem>& agenda, const AgendaItem& root, qint64 delta)
{
    QList<AgendaItem> out{root};
    QStringList family{root.id};
    for (qsizetype i = 0; i < family.size() && i < 10000; ++i) {
        for (const auto& item : agenda) {
            if (item.parentId == family[i] && !family.contains(item.id)) {
                family << item.id;
                out << item;
            }
        }
    }
    for (auto& item : out) {
        if (timed(item) && !shiftInPlace(item, delta)) {
            return {};
        }
    }
    return out;
}

} // namespace

qint64 Forecast::startDelay(const AgendaItem& item, QDate day) const
{
    const auto it = byItem.find(item.id);
    return it == byItem.end()
               ? 0
               : std::max<qint64>(0, QDateTime(day, item.plannedStart).secsTo(it->start));
}

qint64 Forecast::endDelay(const AgendaItem& item, QDate day) const
{
    const auto it = byItem.find(item.id);
    return it == byItem.end()
               ? 0
               : std::max<qint64>(0, QDateTime(day, item.plannedEnd).secsTo(it->end));
}

QString Schedule::mainTrack(const QList<AgendaItem>& agenda)
{
    const AgendaItem* first = nullptr;
    for (const auto& item : agenda) {
        if (item.parentId.isEmpty() && timed(item) && (!first || byPlannedStart(&item, first))) {
            first = &item;
        }
    }
    return first ? first->track : QString();
}

QStringList Schedule::tracks(const QList<AgendaItem>& agenda)
{
    QList<const AgendaItem*> ordered;
    for (const auto& item : agenda) {
        ordered << &item;
    }
    std::stable_sort(ordered.begin(), ordered.end(), byPlannedStart);
    QStringList out;
    if (!agenda.isEmpty()) {
        out << mainTrack(agenda);
    }
    for (const AgendaItem* item : ordered) {
        if (!out.contains(item->track)) {
            out << item->track;
        }
    }
    return out;
}

Forecast Schedule::forecast(const QList<AgendaItem>& agenda, QDate day, const QDateTime& now)
{
    return Planner(agenda, day, now).run();
}

QTime Schedule::snap(QTime time, int minutes)
{
    if (!time.isValid() || minutes <= 0) {
        return time;
    }
    const int step = minutes * 60;
    const int seconds = time.msecsSinceStartOfDay() / 1000;
    int rounded = (seconds + step / 2) / step * step;
    rounded = std::min(rounded, 24 * 3600 - step);
    return QTime::fromMSecsSinceStartOfDay(rounded * 1000);
}

bool Schedule::clash(const AgendaItem& a, const AgendaItem& b)
{
    return a.id != b.id && a.parentId == b.parentId && a.track == b.track && timed(a) && timed(b) &&
           !a.allowOverlap && !b.allowOverlap && a.plannedStart < b.plannedEnd &&
           b.plannedStart < a.plannedEnd;
}

QSet<QString> Schedule::clashing(const QList<AgendaItem>& agenda)
{
    QHash<QString, QList<const AgendaItem*>> groups; // parent and track
    for (const auto& item : agenda) {
        if (timed(item)) {
            groups[item.parentId + u'\x1f' + item.track].append(&item);
        }
    }
    QSet<QString> out;
    for (auto& group : groups) {
        std::sort(group.begin(), group.end(), byPlannedStart);
        // Sweep by start time: an item clashes with earlier ones still running.
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1;
                 j < group.size() && group[j]->plannedStart < group[i]->plannedEnd; ++j) {
                if (clash(*group[i], *group[j])) {
                    out << group[i]->id << group[j]->id;
                }
            }
        }
    }
    return out;
}

QList<AgendaItem> Schedule::moved(const QList<AgendaItem>& agenda, const QString& id, QTime start)
{
    for (const auto& item : agenda) {
        if (item.id == id && timed(item) && start.isValid()) {
            return shiftFamily(agenda, item, item.plannedStart.secsTo(start));
        }
    }
    return {};
}

QList<AgendaItem> Schedule::swapped(const QList<AgendaItem>& agenda, const QString& id,
                                    int direction)
{
    const AgendaItem* target = nullptr;
    for (const auto& item : agenda) {
        if (item.id == id) {
            target = &item;
        }
    }
    if (!target || !timed(*target) || (direction != -1 && direction != 1)) {
        return {};
    }
    QList<const AgendaItem*> lane;
    for (const auto& item : agenda) {
        if (item.parentId == target->parentId && item.track == target->track && timed(item)) {
            lane << &item;
        }
    }
    std::sort(lane.begin(), lane.end(), byPlannedStart);
    const qsizetype index = lane.indexOf(target);
    const qsizetype otherIndex = index + direction;
    if (otherIndex < 0 || otherIndex >= lane.size()) {
        return {};
    }
    const AgendaItem& a = *lane[std::min(index, otherIndex)]; // earlier
    const AgendaItem& b = *lane[std::max(index, otherIndex)]; // later
    const qsizetype gap = std::max(0, a.plannedEnd.secsTo(b.plannedStart));
    const qint64 bDelta = b.plannedStart.secsTo(a.plannedStart);
    const QTime bNewEnd = a.plannedStart.addSecs(b.plannedStart.secsTo(b.plannedEnd));
    const qint64 aDelta = a.plannedStart.secsTo(bNewEnd.addSecs(gap));
    QList<AgendaItem> first =
        shiftFamily(agenda, target->id == a.id ? a : b, target->id == a.id ? aDelta : bDelta);
    QList<AgendaItem> second =
        shiftFamily(agenda, target->id == a.id ? b : a, target->id == a.id ? bDelta : aDelta);
    if (first.isEmpty() || second.isEmpty()) {
        return {};
    }
    std::swap(first.first().position, second.first().position);
    if (first.first().position == second.first().position) {
        // Equal positions would keep the list order ambiguous: follow the new times.
        first.first().position += direction;
    }
    QList<AgendaItem> out{first.takeFirst(), second.takeFirst()};
    return out + first + second;
}

} // namespace copil::domain
