#pragma once

#include "Dialect.h"
#include "ServerAddress.h"
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
class QTimer;

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

class ServerLink;

/// A series of meetings in one SQLite file, or shared in a PostgreSQL database
/// (`postgresql://…`, see ServerAddress). Owns its connection; not copyable. What differs
/// between the two engines is in its Dialect; everything else is the same.
/// Opening never changes what is not a Copil workspace: empty, foreign, corrupt and
/// newer files or databases are refused with a message and left as they were.
///
/// A shared workspace keeps a second connection that listens for what other clients
/// commit (reported by committed() with the origin Remote, like a local commit) and
/// watches the server: when it stops answering, connectionLost() is emitted at once,
/// writes fail with Fault::Offline, and the workspace reconnects by itself
/// (connectionRestored()).
class Workspace : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool createIfMissing = true; ///< create a new workspace when the path does not exist
        bool readOnly = false;       ///< no writes, no migration
        bool dailyBackup = false;    ///< keep a copy of the day's first opening (Backups)
        QString password{};          ///< a shared workspace's password when asked for; never kept
    };

    /// Opens (or creates) the workspace at path, a file or a postgresql:// URI, and brings
    /// its schema up to date. An empty database on a server is made a workspace.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path)
    {
        return open(path, Options{});
    }
    ~Workspace() override;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// The file, or the server's URI without its password.
    QString path() const { return m_path; }
    const Dialect& dialect() const { return *m_dialect; }
    /// Whether this is a shared workspace (on a PostgreSQL server).
    bool isShared() const { return m_dialect->engine() == Dialect::Engine::Postgres; }
    /// Where a shared workspace is (empty address for a file).
    const ServerAddress& server() const { return m_server; }
    /// "copil.sqlite", or "copil sur serveur:5432" for a shared one.
    QString displayName() const;
    /// The password given for a shared workspace (for pg_dump); empty when libpq finds
    /// it itself. Never shown, never saved.
    QString password() const;
    /// Whether the server of a shared workspace answers (always true for a file).
    bool isOnline() const { return m_online; }
    /// Something the person should know that did not stop the opening (a daily backup
    /// that could not be made); empty otherwise.
    QString warning() const { return m_warning; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the workspace was opened read-only although writing was asked for (the file
    /// or its folder cannot be written); empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// How long writes wait for another program's lock (PRAGMA busy_timeout).
    Status setBusyTimeout(int milliseconds);
    /// What the server's rules of who may edit (schema 13, docs/server.md) give this
    /// connection's role. ruled is false on a file, while nobody is listed, and for the
    /// tables' owner: then everything may be edited as the grants allow.
    struct EditRights {
        bool ruled = false;
        bool facilitator = false;
        QStringList subgroups; ///< ids of the subgroups it is the rapporteur of
    };
    EditRights editRights() const;
    /// Schema version of the open workspace (PRAGMA user_version, or the meta table).
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
    /// Notes that this client saved revision `revision` of row id in the current
    /// transaction (kept once it commits).
    void recordRevision(const QString& id, int revision);
    /// The last revision of row id that this client saved (0 when none): a save based on
    /// an older revision is not a conflict when the newer ones are all this client's.
    int ownRevision(const QString& id) const;
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
    /// A message naming this file (or server) and what the engine said, in words a
    /// person can act on, with the kind of failure. A lost server starts reconnecting.
    Error sqlError(const QString& doing, const QSqlError& error) const;

    /// Every meeting may have changed (after a reconnection): says so through committed()
    /// with reset events for these meetings.
    void announceReset(const QStringList& meetingIds, domain::ChangeOrigin origin);

    /// How often a shared workspace checks that its server answers, and tries to reach
    /// it again once lost.
    static constexpr int kWatchMs = 500;

signals:
    /// A write transaction committed: what it changed, one event per meeting touched.
    /// Emitted once per outermost transaction, after COMMIT, never on a rollback.
    void committed(const domain::ChangeSet& changes);
    /// The server of a shared workspace stopped answering; writes fail until it is back.
    void connectionLost(const QString& message);
    /// The server answers again and the connections are open: anything may have changed
    /// meanwhile.
    void connectionRestored();

private:
    friend class ServerLink;
    Workspace(QString path, QString connection, bool readOnly, std::unique_ptr<Dialect> dialect);
    static Result<std::unique_ptr<Workspace>> openServer(const QString& uri, Options options);
    Status configure(bool fresh);
    Status configureServer(Options options);
    Status migrate(bool fresh = false);
    Status exec(const QString& sql, const QString& doing = {});
    void goOffline(const QString& message) const;
    void remoteChanges(const domain::ChangeSet& changes);

    QString m_path;
    QString m_connection;
    std::unique_ptr<Dialect> m_dialect;
    ServerAddress m_server;
    std::unique_ptr<ServerLink> m_link;
    mutable bool m_online = true;
    QStringList m_sessionSetup; ///< run on each (re)connection to a server
    QHash<QString, int> m_ownRevisions;
    QHash<QString, int> m_pendingRevisions;
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
