#pragma once

#include "domain/Change.h"
#include "domain/Result.h"

#include <QHash>
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

using domain::Fault;

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
    /// Schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;
    /// Highest schema version this build knows.
    static int latestSchemaVersion();

    /// Runs work inside one write transaction (BEGIN IMMEDIATE … COMMIT). Nested calls
    /// join the outer transaction. When work fails, or the commit fails, everything is
    /// rolled back and the error returned.
    Status write(const std::function<Status()>& work);
    /// Queues f to run once the current outermost transaction has committed (dropped on
    /// rollback). Outside a transaction f runs at once.
    void afterCommit(std::function<void()> f);

    /// Notes that the current transaction inserted, updated or removed a row of a
    /// meeting; committed() reports it once the transaction commits. The writers of this
    /// layer call it for every row they touch, cascades included.
    enum class RowOp { Insert, Update, Remove };
    void record(domain::EntityKind kind, const QString& meetingId, RowOp op, const QString& id);
    /// Says that everything of a meeting may have changed (a restore).
    void recordReset(const QString& meetingId);
    /// Where the writes from now on come from (an edit, an undo…), until changed again;
    /// OriginScope sets it for a block.
    void setOrigin(domain::ChangeOrigin origin) { m_origin = origin; }
    domain::ChangeOrigin origin() const { return m_origin; }
    class OriginScope {
    public:
        OriginScope(Workspace& ws, domain::ChangeOrigin origin) : m_ws(ws), m_previous(ws.origin())
        {
            ws.setOrigin(origin);
        }
        ~OriginScope() { m_ws.setOrigin(m_previous); }
        OriginScope(const OriginScope&) = delete;
        OriginScope& operator=(const OriginScope&) = delete;

    private:
        Workspace& m_ws;
        domain::ChangeOrigin m_previous;
    };

    /// PRAGMA integrity_check and foreign_key_check; empty list when healthy.
    Result<QStringList> checkIntegrity() const;

    /// The connection, for the repositories of this layer.
    QSqlDatabase database() const;
    /// A message naming this file and what SQLite said, in words a person can act on,
    /// with the kind of failure.
    Error sqlError(const QString& doing, const QSqlError& error) const;

signals:
    /// A write transaction committed: what it changed, one event per meeting touched.
    /// Emitted once per outermost transaction, after COMMIT, never on a rollback.
    void committed(const domain::ChangeSet& changes);

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
    int m_depth = 0;
    std::vector<std::function<void()>> m_pending;
    domain::ChangeOrigin m_origin = domain::ChangeOrigin::Other;
    /// What the transaction under way did to each row, by meeting, kind and id; turned
    /// into the commit's ChangeSet (rows in the order first touched) when it commits.
    struct Touched {
        QList<QString> order;
        QHash<QString, int> state; ///< 0 inserted, 1 updated, 2 removed, 3 nothing in the end
    };
    struct MeetingTouched {
        bool reset = false;
        std::array<Touched, domain::kEntityKinds> kinds;
    };
    QList<QString> m_touchedOrder;
    QHash<QString, MeetingTouched> m_touched;
};

} // namespace copil::storage
