#pragma once

#include "AgendaItem.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace copil::domain {

enum class RunState { NotStarted, Running, Paused, Finished };

/// How a running item stands against its allotted time: Normal, then Closing in the
/// last 20 % of it, then Overrun once it is used up. Idle before the start, Done after.
enum class TimePhase { Idle, Normal, Closing, Overrun, Done };

struct LiveStatus {
    RunState state = RunState::NotStarted;
    qint64 elapsed = 0;   ///< seconds spent on the item, pauses excluded
    qint64 allotted = 0;  ///< planned duration plus extensions, in seconds
    qint64 remaining = 0; ///< allotted - elapsed; negative when overrunning
    TimePhase phase = TimePhase::Idle;
};

/// The live clock of the agenda: starting, pausing, resuming, finishing and extending
/// items. Each lane (track) runs its own clock, so parallel subgroups are timed apart.
/// Operations are pure: they return every item that changes (the target first) with its
/// new values, or an error saying why the operation does not apply.
class Timekeeping {
    Q_DECLARE_TR_FUNCTIONS(Timekeeping)

public:
    /// Share of the allotted time that counts as "closing" (the last 20 %).
    static constexpr double kClosingShare = 0.2;

    static RunState state(const AgendaItem& item);
    static LiveStatus status(const AgendaItem& item, const QDateTime& now);

    /// Starts an item not yet started. The running item of the same lane, if any, is
    /// finished at the same moment (unless it is a parent of this one); a parent not
    /// yet started is started with its first sub-item.
    static Result<QList<AgendaItem>> start(const QList<AgendaItem>& agenda, const QString& id,
                                           const QDateTime& now);
    /// Pauses a running item with its running parent and sub-items: the lane's clock stops.
    static Result<QList<AgendaItem>> pause(const QList<AgendaItem>& agenda, const QString& id,
                                           const QDateTime& now);
    static Result<QList<AgendaItem>> resume(const QList<AgendaItem>& agenda, const QString& id,
                                            const QDateTime& now);
    /// Finishes a running or paused item and its sub-items still running.
    static Result<QList<AgendaItem>> finish(const QList<AgendaItem>& agenda, const QString& id,
                                            const QDateTime& now);
    /// Gives an item not yet finished `minutes` more (1 to 600 at a time).
    static Result<QList<AgendaItem>> extend(const QList<AgendaItem>& agenda, const QString& id,
                                            int minutes);
    /// Forgets the actual times, pauses and extensions of an item and its sub-items.
    static Result<QList<AgendaItem>> reset(const QList<AgendaItem>& agenda, const QString& id);

    /// The item whose clock runs (or is paused) in a lane: the deepest such item, so a
    /// running part of the plenary wins over the plenary itself. Empty if none.
    static QString activeIn(const QList<AgendaItem>& agenda, const QString& track);
};

} // namespace copil::domain
