#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace copil::storage {
class Workspace;
}

namespace copil::exchange {

/// A whole workspace moved from one engine to another (a file to a server and back).
class WorkspaceCopy {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopy)

public:
    struct Report {
        int meetings = 0;
        qsizetype rows = 0; ///< every row written, meetings included
    };
    /// Copies every meeting of `from` into `to` (a file, created if missing, or a
    /// postgresql:// database), then checks that the JSON archive of each meeting read
    /// back from `to` is byte for byte the one of `from`. Nothing is written when a
    /// meeting of `from` is already in `to`; each meeting is one transaction.
    static domain::Result<Report> copy(const QString& from, const QString& to);
    /// Writes the JSON archive of every meeting into folder (one file per meeting, which
    /// `copil import` reads).
    static domain::Status archiveAll(storage::Workspace& workspace, const QString& folder);
};

/// Lets storage::Backups fall back on the JSON archive for a shared workspace when
/// pg_dump is not installed. Called once by the program before opening a workspace.
void installWorkspaceArchiver();

} // namespace copil::exchange
