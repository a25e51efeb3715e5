#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QSqlError;

namespace copil::storage {

using domain::Error;
using domain::Result;
using domain::Status;

/// PRAGMA application_id of every Copil workspace ("Copi").
inline constexpr qint32 kApplicationId = 0x436F7069;
/// How long a write waits for another process holding the file before failing. The
/// window sets 0 on its workspace (setBusyTimeout): its thread never waits on a lock.
inline constexpr int kBusyTimeoutMs = 2000;

/// What kind of failure the last SQLite error was, for what the person is told and
/// whether trying again can help.
enum class Fault {
    None,
    Busy,     ///< another program holds the file: try again in a moment
    Full,     ///< no space left: try again once space is freed
    Io,       ///< the disk refused a read or a write
    ReadOnly, ///< the file or its folder cannot be written
    Corrupt,  ///< the file is damaged
    Other,
};

/// One SQLite file holding a series of meetings. Owns its connection; not copyable.
/// Opening never changes a file that is not a Copil workspace: empty, foreign, corrupt
/// and newer files are refused with a message and left byte-for-byte as they were.
class Workspace : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool createIfMissing = true; ///< create a new workspace when the path does not exist
        bool readOnly = false;       ///< no writes, no migration
        bool dailyBackup = false;    ///< keep a copy of the day's first opening (Backups)
    };

    /// Opens (or creates) the workspace at path and brings its schema up to date.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path)
    {
        return open(path, Options{});
    }
    ~Workspace() override;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return m_path; }
    /// Something the person should know that did not stop the opening (a daily backup
    /// that could not be made); empty otherwise.
    QString warning() const { return m_warning; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the workspace was opened read-only although writing was asked for (the file
    /// or its folder cannot be written); empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// How long writes wait for another program's lock (PRAGMA busy_timeout).
    Status setBusyTimeout(int milliseconds);
    /// The kind of the last error reported by sqlError().
    Fault lastFault() const { return m_lastFault; }
    /// Whether trying the same write again later can succeed (locked, full, I/O).
    static bool isTransient(Fault fault)
    {
        return fault == Fault::Busy || fault == Fault::Full || fault == Fault::Io;
    }
    /// Schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;
    /// Highest schema version this build knows.
    static int latestSchemaVersion();

    /// Runs work inside one write transaction (BEGIN IMMEDIATE … COMMIT). Nested calls
    /// join the outer transaction. When work fails, or the commit fails, everything is
    /// rolled back and the error returned.
    Status write(const std::function<Status()>& work);
    /// Queues f to run once the current outermost transaction has committed (dropped on
    /// rollback). Outside a transaction f runs at once. Repositories emit signals this way.
    void afterCommit(std::function<void()> f);

    /// PRAGMA integrity_check and foreign_key_check; empty list when healthy.
    Result<QStringList> checkIntegrity() const;

    /// The connection, for the repositories of this layer.
    QSqlDatabase database() const;
    /// A message naming this file and what SQLite said, in words a person can act on.
    Error sqlError(const QString& doing, const QSqlError& error) const;

private:
    Workspace(QString path, QString connection, bool readOnly);
    Status configure(bool fresh);
    Status migrate();
    Status exec(const QString& sql, const QString& doing = {});

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_warning;
    mutable Fault m_lastFault = Fault::None;
    int m_depth = 0;
    std::vector<std::function<void()>> m_pending;
};

} // namespace copil::storage
