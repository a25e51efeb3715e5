#pragma once

#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace copil::storage {

struct BackupInfo {
    QString path;
    QDateTime when;
    QString reason; ///< "migration", "quotidienne", "avant-restauration"
    qint64 size = 0;
};

/// Rotating copies of a workspace, in a folder beside it ("copil.sqlite.sauvegardes/").
/// Each copy is made by SQLite itself (VACUUM INTO), never by copying the live file, so
/// it is consistent even while the workspace is open. The last kKept copies are kept.
/// A shared workspace is copied into the person's data folder
/// (~/.local/share/copil/sauvegardes/<server>-<base>/) by pg_dump when it is installed
/// ("….dump", for pg_restore), otherwise as Copil's own JSON archive: a folder with one
/// file per meeting, each of which `copil import` reads.
class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int kKept = 5;
    /// Writes every meeting of a workspace as JSON files into a folder (installed by the
    /// exchange layer, which knows the format: exchange::installWorkspaceArchiver).
    using Archiver = std::function<Status(Workspace& workspace, const QString& folder)>;
    static void setArchiver(Archiver archiver);

    static QString folderOf(const QString& workspacePath);
    /// A copy now; returns its path.
    static Result<QString> make(Workspace& workspace, const QString& reason,
                                const QDateTime& when = QDateTime::currentDateTime());
    /// A copy unless one was already made on the day of `when`; returns its path or empty.
    static Result<QString> makeDaily(Workspace& workspace,
                                     const QDateTime& when = QDateTime::currentDateTime());
    /// Keeps a file that cannot be opened as it is (a byte copy, "…-endommage.sqlite.bak"
    /// in the backups folder, outside the rotation); returns its path.
    static Result<QString> keepDamaged(const QString& workspacePath,
                                       const QDateTime& when = QDateTime::currentDateTime());
    /// The copies of a workspace, newest first.
    static QList<BackupInfo> list(const QString& workspacePath);
    /// Puts a copy back in place of the workspace, which must not be open. The copy is
    /// checked first (a Copil workspace, readable); the current file, if it opens, is
    /// itself saved as a copy ("avant-restauration"), so a restore can be undone; a current
    /// file that does not open is kept byte for byte (keepDamaged).
    static Status restore(const QString& workspacePath, const QString& backupPath);
};

} // namespace copil::storage
