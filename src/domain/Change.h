#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace copil::domain {

/// The kinds of row a meeting holds, one per table.
enum class EntityKind {
    Meeting,
    Participant,
    AgendaItem,
    Subgroup,
    Question,
    PriorityItem,
    Criterion,
    DotVote,
    Score,
    Solution,
    Note,
    Statement,
    Decision,
    Action,
    Selection,
};
inline constexpr int kEntityKinds = int(EntityKind::Selection) + 1;

/// Where a committed change came from.
enum class ChangeOrigin {
    Edit,    ///< an edit made in this program
    Undo,    ///< an edit undone
    Redo,    ///< an edit redone
    Import,  ///< a meeting file imported
    Restore, ///< a backup put back: everything may have changed
    Merge,   ///< a room copy merged back
    Remote,  ///< another client of a shared workspace
    Other,   ///< anything else (command line, tests)
};

/// The ids of one kind of row that a commit inserted, updated and removed. An id is in
/// one list at most: inserted then updated is inserted, inserted then removed is nothing,
/// removed then inserted again is updated.
struct EntityChanges {
    QStringList inserted;
    QStringList updated;
    QStringList removed;

    bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return inserted.size() + updated.size() + removed.size(); }
    void insert(const QString& id);
    void update(const QString& id);
    void remove(const QString& id);
    /// Whether id was inserted or updated (its row is to be read again).
    bool touches(const QString& id) const { return inserted.contains(id) || updated.contains(id); }
    bool operator==(const EntityChanges&) const = default;
};

/// What one commit changed in one meeting: the ids of every kind of row inserted,
/// updated and removed, and where the change came from. A commit yields one event per
/// meeting it touched, however many rows.
struct ChangeEvent {
    QString meetingId;
    ChangeOrigin origin = ChangeOrigin::Other;
    /// Everything of the meeting may have changed (a restore, a reconnection): read it
    /// again whole.
    bool reset = false;
    std::array<EntityChanges, kEntityKinds> kinds;

    EntityChanges& of(EntityKind kind) { return kinds[size_t(kind)]; }
    const EntityChanges& of(EntityKind kind) const { return kinds[size_t(kind)]; }
    bool touches(EntityKind kind) const { return reset || !of(kind).isEmpty(); }
    /// Whether the meeting itself was removed.
    bool meetingRemoved() const { return of(EntityKind::Meeting).removed.contains(meetingId); }
    bool isEmpty() const;
    qsizetype rowCount() const;
    /// "participant: +2 ~1 -0, note: +1" for logs and tests.
    QString summary() const;
};

/// The events of one commit, one per meeting touched, in the order first touched.
struct ChangeSet {
    ChangeOrigin origin = ChangeOrigin::Other;
    QList<ChangeEvent> events;

    ChangeEvent& of(const QString& meetingId);
    bool isEmpty() const { return events.isEmpty(); }
};

/// The table-like name of a kind ("agenda_item"), for summaries.
QString nameOf(EntityKind kind);

} // namespace copil::domain
