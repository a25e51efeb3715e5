#pragma once

#include "MeetingJson.h"
#include "storage/Workspace.h"

namespace copil::exchange {

struct ImportOptions {
    /// Give the meeting and everything in it fresh ids (a template used again, or a
    /// meeting copied into a workspace that already holds it).
    bool newIds = false;
};

/// Whole meetings in and out of a workspace as JSON files.
class Archive {
    Q_DECLARE_TR_FUNCTIONS(Archive)

public:
    /// Reads, checks and writes a meeting in one transaction; returns its id. Nothing is
    /// written when anything is wrong; the error names the file and the JSON path.
    static Result<QString> importFile(storage::Workspace& ws, const QString& path,
                                      ImportOptions options = {});
    static Result<QString> importBytes(storage::Workspace& ws, const QByteArray& bytes,
                                       const QString& sourceName, ImportOptions options = {});
    /// The meeting as JSON.
    static Result<QByteArray> exportBytes(storage::Workspace& ws, const QString& meetingId);
    /// Writes bytes to path atomically: on failure the previous file is left intact.
    static Status writeFileAtomically(const QString& path, const QByteArray& bytes);
};

} // namespace copil::exchange
