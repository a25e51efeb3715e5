#pragma once

#include "Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace copil::storage {

/// What makes a workspace a room copy: where it came from and the meeting as it was
/// copied (its JSON), the base of the three-way merge back.
struct RoomCopyMark {
    QString copyId;          ///< this copy's own id (a fresh one per copy made)
    QString meetingId;       ///< the meeting copied (same id on both laptops)
    QString sourceWorkspace; ///< the identity of the facilitator's workspace
    QString subgroupId;      ///< the subgroup the room works on; empty for the whole meeting
    QString label;           ///< "Sous-groupe 4"
    QDateTime copiedAt;      ///< the facilitator's clock when copied
    QByteArray baseState;    ///< the meeting's JSON when copied
};

/// In the facilitator's workspace: a room copy's state as last merged (the base of its
/// next merge).
struct RoomMergeMark {
    QString copyId;
    QString meetingId;
    QString label;
    QDateTime mergedAt;
    QByteArray mergedState; ///< the room copy's meeting JSON as merged
};

/// The workspace's identity and its room copy bookkeeping (schema 8). Does not own the
/// workspace; writes join the transaction under way.
class RoomRepository {
    Q_DECLARE_TR_FUNCTIONS(RoomRepository)

public:
    explicit RoomRepository(Workspace& workspace) : m_ws(workspace) {}

    /// The identity of this workspace (made once by the schema, kept for its life).
    Result<QString> identity() const;
    /// The mark of this workspace as a room copy; none when it is not one.
    Result<std::optional<RoomCopyMark>> copyMark() const;
    /// Marks this workspace as a room copy (replacing any previous mark).
    Status setCopyMark(const RoomCopyMark& mark);
    /// The last merge of that room copy into this workspace; none before the first.
    Result<std::optional<RoomMergeMark>> lastMerge(const QString& copyId) const;
    /// Records (or replaces) the last merge of a room copy.
    Status saveMerge(const RoomMergeMark& mark);
    /// Forgets the merges of a room copy (the first merge undone).
    Status removeMerge(const QString& copyId);

private:
    Workspace& m_ws;
};

} // namespace copil::storage
