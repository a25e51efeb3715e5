#pragma once

#include "AgendaItem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace copil::domain {

/// When an item is now expected to take place.
struct Slot {
    QDateTime start;
    QDateTime end;
};

/// The day re-planned from what actually happened so far.
struct Forecast {
    QHash<QString, Slot> byItem; ///< by item id
    QDateTime plannedDayEnd;     ///< end of the last item as planned
    QDateTime dayEnd;            ///< end of the last item as now expected
    /// Seconds by which the item is expected to start late (0 when on time or early).
    qint64 startDelay(const AgendaItem& item, QDate day) const;
    qint64 endDelay(const AgendaItem& item, QDate day) const;
};

/// Rules of the agenda's timing: lanes, re-planning after overruns, snapping, moves.
///
/// Re-planning: an item cannot start before its planned start, before "now" if it has
/// not started yet (on the day itself; on any other day the plan holds), nor before the expected
/// end of every item it depends on. An item depends on the items planned to end at or before its
/// planned start that are in its own lane, or in the main lane (the whole group: welcome, lunch,
/// plenary), or in any lane when it is itself in the main lane. Sub-items follow their parent's
/// delay and their previous sibling; a parent ends no earlier than its last sub-item. A running
/// item ends at its start plus its planned duration, extensions and pauses, or now if
/// that has passed. Slack in the plan (a break, a gap) absorbs delay.
class Schedule {
public:
    static constexpr int kSnapMinutes = 5;

    /// The lane of the whole group: the lane of the day's first top-level item.
    static QString mainTrack(const QList<AgendaItem>& agenda);
    /// Lanes in display order: the main lane first, then as they first appear in time.
    static QStringList tracks(const QList<AgendaItem>& agenda);

    static Forecast forecast(const QList<AgendaItem>& agenda, QDate day, const QDateTime& now);

    /// Rounds to the nearest multiple of `minutes` (within the same day).
    static QTime snap(QTime time, int minutes = kSnapMinutes);
    /// True when two siblings of one lane overlap and neither allows it.
    static bool clash(const AgendaItem& a, const AgendaItem& b);
    /// Ids of the items that clash with another.
    static QSet<QString> clashing(const QList<AgendaItem>& agenda);

    /// The item moved to start at `start` with its duration kept; its sub-items move with
    /// it. Returns the changed items (the target first); empty if it would leave the day.
    static QList<AgendaItem> moved(const QList<AgendaItem>& agenda, const QString& id, QTime start);
    /// Swaps an item with the previous (direction -1) or next (+1) sibling of its lane:
    /// their order and their time slots, each keeping its duration. Empty if none.
    static QList<AgendaItem> swapped(const QList<AgendaItem>& agenda, const QString& id,
                                     int direction);
};

} // namespace copil::domain
