#include "Timekeeping.h"

#include <algorithm>

namespace copil::domain {

namespace {

// The items an operation changes, each copied once, the target first.
class Changes {
public:
    explicit Changes(const QList<AgendaItem>& agenda) : m_agenda(agenda) {}

    const AgendaItem* find(const QString& id) const
    {
        for (const auto& item : m_agenda) {
            if (item.id == id) {
                return &item;
            }
        }
        return nullptr;
    }
    AgendaItem& touch(const AgendaItem& original)
    {
        for (auto& item : m_out) {
            if (item.id == original.id) {
                return item;
            }
        }
        m_out.append(original);
        return m_out.last();
    }
    // The current value of an item: changed already, or as in the agenda.
    const AgendaItem& current(const AgendaItem& original) const
    {
        for (const auto& item : m_out) {
            if (item.id == original.id) {
                return item;
            }
        }
        return original;
    }
    bool isAncestor(const QString& ancestorId, const AgendaItem& item) const
    {
        QString parent = item.parentId;
        for (int guard = 0; !parent.isEmpty() && guard < 64; ++guard) {
            if (parent == ancestorId) {
                return true;
            }
            const AgendaItem* p = find(parent);
            parent = p ? p->parentId : QString();
        }
        return false;
    }
    QList<const AgendaItem*> ancestors(const AgendaItem& item) const
    {
        QList<const AgendaItem*> out;
        for (const auto& other : m_agenda) {
            if (isAncestor(other.id, item)) {
                out << &other;
            }
        }
        return out;
    }
    QList<const AgendaItem*> descendants(const AgendaItem& item) const
    {
        QList<const AgendaItem*> out;
        for (const auto& other : m_agenda) {
            if (isAncestor(item.id, other)) {
                out << &other;
            }
        }
        return out;
    }
    QList<AgendaItem> result() const { return m_out; }

private:
    const QList<AgendaItem>& m_agenda;
    QList<AgendaItem> m_out;
};

void endPause(AgendaItem& item, const QDateTime& now)
{
    if (item.pausedAt.isValid()) {
        item.pausedSeconds += static_cast<int>(std::max<qint64>(0, item.pausedAt.secsTo(now)));
        item.pausedAt = {};
    }
}

void finishAt(AgendaItem& item, const QDateTime& now)
{
    endPause(item, now);
    item.actualEnd = std::max(now, item.actualStart);
}

bool active(RunState s)
{
    return s == RunState::Running || s == RunState::Paused;
}

Error notFound(const QString& id)
{
    return Error{Timekeeping::tr("Point de l’ordre du jour introuvable (%1).").arg(id)};
}

} // namespace

RunState Timekeeping::state(const AgendaItem& item)
{
    if (!item.actualStart.isValid()) {
        return RunState::NotStarted;
    }
    if (item.actualEnd.isValid()) {
        return RunState::Finished;
    }
    return item.pausedAt.isValid() ? RunState::Paused : RunState::Running;
}

LiveStatus Timekeeping::status(const AgendaItem& item, const QDateTime& now)
{
    LiveStatus s;
    s.state = state(item);
    const qint64 planned = item.plannedStart.isValid() && item.plannedEnd.isValid()
                               ? std::max(0, item.plannedStart.secsTo(item.plannedEnd))
                               : 0;
    s.allotted = planned + qint64(item.extensionMinutes) * 60;
    if (s.state == RunState::NotStarted) {
        s.remaining = s.allotted;
        s.phase = TimePhase::Idle;
        return s;
    }
    const QDateTime end = item.actualEnd.isValid()  ? item.actualEnd
                          : item.pausedAt.isValid() ? item.pausedAt
                                                    : now;
    s.elapsed = std::max<qint64>(0, item.actualStart.secsTo(end) - item.pausedSeconds);
    s.remaining = s.allotted - s.elapsed;
    if (s.state == RunState::Finished) {
        s.phase = TimePhase::Done;
    } else if (s.remaining <= 0) {
        s.phase = TimePhase::Overrun;
    } else if (double(s.remaining) <= double(s.allotted) * kClosingShare) {
        s.phase = TimePhase::Closing;
    } else {
        s.phase = TimePhase::Normal;
    }
    return s;
}

Result<QList<AgendaItem>> Timekeeping::start(const QList<AgendaItem>& agenda, const QString& id,
                                             const QDateTime& now)
{
    Changes c(agenda);
    const AgendaItem* item = c.find(id);
    if (!item) {
        return notFound(id);
    }
    if (state(*item) != RunState::NotStarted) {
        return Error{tr("« %1 » a déjà commencé.").arg(item->title)};
    }
    AgendaItem& target = c.touch(*item);
    target.actualStart = now;
    target.actualEnd = {};
    target.pausedAt = {};
    target.pausedSeconds = 0;
    for (const AgendaItem* parent : c.ancestors(*item)) {
        if (state(*parent) == RunState::NotStarted) {
            c.touch(*parent).actualStart = now;
        } else if (state(*parent) == RunState::Paused) {
            endPause(c.touch(*parent), now);
        }
    }
    // One clock per lane: what ran there before ends now.
    for (const auto& other : agenda) {
        if (other.id == id || other.track != item->track || c.isAncestor(other.id, *item) ||
            !active(state(c.current(other)))) {
            continue;
        }
        finishAt(c.touch(other), now);
    }
    return c.result();
}

Result<QList<AgendaItem>> Timekeeping::pause(const QList<AgendaItem>& agenda, const QString& id,
                                             const QDateTime& now)
{
    Changes c(agenda);
    const AgendaItem* item = c.find(id);
    if (!item) {
        return notFound(id);
    }
    if (state(*item) != RunState::Running) {
        return Error{tr("« %1 » n’est pas en cours.").arg(item->title)};
    }
    c.touch(*item).pausedAt = now;
    const auto family = c.ancestors(*item) + c.descendants(*item);
    for (const AgendaItem* other : family) {
        if (state(*other) == RunState::Running) {
            c.touch(*other).pausedAt = now;
        }
    }
    return c.result();
}

Result<QList<AgendaItem>> Timekeeping::resume(const QList<AgendaItem>& agenda, const QString& id,
                                              const QDateTime& now)
{
    Changes c(agenda);
    const AgendaItem* item = c.find(id);
    if (!item) {
        return notFound(id);
    }
    if (state(*item) != RunState::Paused) {
        return Error{tr("« %1 » n’est pas en pause.").arg(item->title)};
    }
    endPause(c.touch(*item), now);
    const auto family = c.ancestors(*item) + c.descendants(*item);
    for (const AgendaItem* other : family) {
        if (state(*other) == RunState::Paused) {
            endPause(c.touch(*other), now);
        }
    }
    return c.result();
}

Result<QList<AgendaItem>> Timekeeping::finish(const QList<AgendaItem>& agenda, const QString& id,
                                              const QDateTime& now)
{
    Changes c(agenda);
    const AgendaItem* item = c.find(id);
    if (!item) {
        return notFound(id);
    }
    if (!active(state(*item))) {
        return Error{tr("« %1 » n’est pas en cours.").arg(item->title)};
    }
    finishAt(c.touch(*item), now);
    for (const AgendaItem* child : c.descendants(*item)) {
        if (active(state(*child))) {
            finishAt(c.touch(*child), now);
        }
    }
    return c.result();
}

Result<QList<AgendaItem>> Timekeeping::extend(const QList<AgendaItem>& agenda, const QString& id,
                                              int minutes)
{
    Changes c(agenda);
    const AgendaItem* item = c.find(id);
    if (!item) {
        return notFound(id);
    }
    if (state(*item) == RunState::Finished) {
        return Error{tr("« %1 » est terminé : il ne peut plus être prolongé.").arg(item->title)};
    }
    if (minutes < 1 || minutes > 600) {
        return Error{tr("Prolongation de %1 min refusée : entre 1 et 600 minutes.").arg(minutes)};
    }
    if (item->extensionMinutes + minutes > 24 * 60) {
        return Error{tr("« %1 » ne peut pas être prolongé au-delà de 24 heures.").arg(item->title)};
    }
    c.touch(*item).extensionMinutes += minutes;
    return c.result();
}

Result<QList<AgendaItem>> Timekeeping::reset(const QList<AgendaItem>& agenda, const QString& id)
{
    Changes c(agenda);
    const AgendaItem* item = c.find(id);
    if (!item) {
        return notFound(id);
    }
    if (state(*item) == RunState::NotStarted && item->extensionMinutes == 0) {
        return Error{tr("« %1 » n’a pas commencé.").arg(item->title)};
    }
    auto clear = [](AgendaItem& x) {
        x.actualStart = {};
        x.actualEnd = {};
        x.pausedAt = {};
        x.pausedSeconds = 0;
        x.extensionMinutes = 0;
    };
    clear(c.touch(*item));
    for (const AgendaItem* child : c.descendants(*item)) {
        if (state(*child) != RunState::NotStarted || child->extensionMinutes != 0) {
            clear(c.touch(*child));
        }
    }
    return c.result();
}

QString Timekeeping::activeIn(const QList<AgendaItem>& agenda, const QString& track)
{
    Changes c(agenda);
    const AgendaItem* best = nullptr;
    int bestDepth = -1;
    for (const auto& item : agenda) {
        if (item.track != track || !active(state(item))) {
            continue;
        }
        const int depth = int(c.ancestors(item).size());
        if (depth > bestDepth || (depth == bestDepth && item.actualStart > best->actualStart)) {
            best = &item;
            bestDepth = depth;
        }
    }
    return best ? best->id : QString();
}

} // namespace copil::domain
