#pragma once

#include "domain/Change.h"
#include "domain/MeetingData.h"
#include "domain/Result.h"
#include "storage/RoomRepository.h"

#include <QCoreApplication>
#include <QVariant>
#include <array>
#include <optional>

namespace copil::storage {
class RowStore;
class Workspace;
} // namespace copil::storage

namespace copil::exchange {

/// A room copy as read: its mark and the meeting as it was copied.
struct RoomCopyInfo {
    storage::RoomCopyMark mark;
    domain::MeetingData base;
};

/// Room copies: an ordinary workspace holding one meeting (same ids) for the laptop of a
/// subgroup's rapporteur, marked with where it came from and the state it was copied
/// from (docs/rooms.md).
class RoomCopy {
    Q_DECLARE_TR_FUNCTIONS(RoomCopy)

public:
    /// Writes a room copy of the meeting into file (replaced atomically when it exists):
    /// subgroupId names the room's subgroup (empty: the whole meeting). The facilitator's
    /// workspace is only read.
    static domain::Result<RoomCopyInfo> write(storage::Workspace& hub, const QString& meetingId,
                                              const QString& subgroupId, const QString& file,
                                              const QDateTime& now);
    /// The room copy mark of an open workspace; none when it is not a room copy.
    static domain::Result<std::optional<RoomCopyInfo>> read(storage::Workspace& workspace);
    /// « Poste de salle : Sous-groupe 4 — copié le 11/10 à 9 h 40 ».
    static QString banner(const storage::RoomCopyMark& mark);
    /// The file name proposed for a subgroup's copy ("salle-sous-groupe-4.sqlite").
    static QString fileNameFor(const domain::MeetingData& data, const QString& subgroupId);
};

/// Which side wins a field changed differently on both sides.
enum class MergeSide { Hub, Room, Both };

/// The same field changed differently on the facilitator's laptop and in the room.
struct MergeConflict {
    domain::EntityKind kind = domain::EntityKind::Note;
    QString rowId;
    QString column;    ///< the table's column ("text")
    QString what;      ///< the row, for a person (« note « Les EPCI… » »)
    QString hub;       ///< the facilitator's value, as shown
    QString room;      ///< the room's value, as shown
    bool text = false; ///< a text: both can be kept (MergeSide::Both)
};

/// How many rows of one kind a merge adds, changes and removes.
struct MergeCount {
    int added = 0;
    int changed = 0;
    int removed = 0;
};

/// What merging a room copy brings, before anything is written.
struct MergePlan {
    RoomCopyInfo copy;
    QString source; ///< the room copy's file, for messages
    std::optional<storage::RoomMergeMark> previousMerge;
    domain::MeetingData base; ///< the state both sides started from
    domain::MeetingData hub;  ///< the facilitator's meeting now (with its row revisions)
    domain::MeetingData room; ///< the room copy's meeting now
    QList<MergeConflict> conflicts;
    /// The merge with every conflict kept as the facilitator's, and what it kept.
    domain::MeetingData merged;
    QStringList kept;
};

/// The rows a merge writes, and what undoing it puts back.
struct MergeChanges {
    QString meetingId;
    domain::MeetingData target; ///< the meeting once merged
    domain::MeetingData inserted;
    domain::MeetingData updated; ///< new values, based on the revisions read
    domain::MeetingData before;  ///< the same rows as they were
    domain::MeetingData removed; ///< as they were
    bool meetingChanged = false;
    domain::Meeting meetingBefore;
    /// Removed on one side and edited on the other: kept, said in the preview.
    QStringList kept;
    std::array<MergeCount, domain::kEntityKinds> counts{};
    storage::RoomMergeMark mark; ///< its mergedState is made by apply() from roomState
    domain::MeetingData roomState;
    std::optional<storage::RoomMergeMark> previousMark;
    bool isEmpty() const;
    int rowCount() const;
};

/// Three-way merge of a room copy back into the facilitator's meeting, against the state
/// the copy was made from (or last merged), by stable ids, never by clock times.
class RoomMerge {
    Q_DECLARE_TR_FUNCTIONS(RoomMerge)

public:
    /// Reads the room copy in file (opened read-only, never changed) and the meeting in
    /// hub, and finds the conflicts. Refused, with a message naming the file, when it is
    /// damaged, not a room copy, from a newer Copil, of another workspace or meeting.
    static domain::Result<MergePlan> prepare(storage::Workspace& hub, const QString& file);
    /// The same from an open room copy workspace.
    static domain::Result<MergePlan> prepare(storage::Workspace& hub, storage::Workspace& room,
                                             const QString& source);
    /// The rows to write, each conflict decided by choices (one per plan.conflicts, in
    /// order; missing ones keep the facilitator's value). An error when the merged
    /// meeting would break a rule of the domain (nothing is written then).
    static domain::Result<MergeChanges>
    resolve(const MergePlan& plan, const QList<MergeSide>& choices, const QDateTime& now);
    /// What the merge brings, line by line (counts per kind, new notes per question,
    /// what was kept), for the preview.
    static QStringList preview(const MergePlan& plan, const MergeChanges& changes);
    /// A column's name for a person (« texte » for text).
    static QString fieldLabel(const QString& column);
    /// One line per conflict: « note « … » — text : ici « a » / salle « b » ».
    static QString describe(const MergeConflict& conflict);
    /// Writes the changes (inside the transaction under way, or one of its own): updates,
    /// insertions, then removals; each update or removal only if nobody saved the row
    /// since it was read (Fault::Conflict otherwise: nothing is written).
    static domain::Status apply(storage::RowStore& rows, const MergeChanges& changes);
    /// Puts back what apply changed (undo), unless someone else saved those rows since.
    static domain::Status revert(storage::RowStore& rows, const MergeChanges& changes);
};

} // namespace copil::exchange
