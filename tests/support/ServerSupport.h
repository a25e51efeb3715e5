#pragma once

// The storage, session and command-line tests run against both engines: SQLite files in
// a temporary folder, and fresh databases on the PostgreSQL server that ./scripts/test
// starts (a throw-away cluster on a Unix socket, scripts/pg-test-cluster). Tests tagged
// [engines] are registered twice; the second run has COPIL_TEST_ENGINE=postgresql, and
// COPIL_TEST_PG is the server's admin URI.

#include "TestSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace copil::test {

/// Whether this run's workspaces are on the PostgreSQL server.
inline bool onServer()
{
    return qEnvironmentVariable("COPIL_TEST_ENGINE") == u"postgresql";
}

/// The admin URI of the test server (a database of the cluster, as its superuser).
inline QString serverAdminUri()
{
    const QString uri = qEnvironmentVariable("COPIL_TEST_PG");
    INFO("COPIL_TEST_PG is not set: run ./scripts/test, which starts a PostgreSQL test "
         "cluster, or set it to an admin URI (postgresql:///postgres?host=…&user=postgres)");
    REQUIRE(!uri.isEmpty());
    return uri;
}

/// Runs statements as the server's superuser, outside any transaction.
inline void serverExec(const QStringList& statements, const QString& database = {},
                       const QString& adminUri = {})
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("server-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QUrl url(adminUri.isEmpty() ? serverAdminUri() : adminUri);
        QUrlQuery query(url);
        db.setHostName(query.queryItemValue(QStringLiteral("host")));
        db.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
        db.setUserName(query.queryItemValue(QStringLiteral("user")));
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            INFO(s.toStdString() + ": " + q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A login role on the test server with every right on the tables of database (as
/// docs/server.md gives them: the rules of who may edit do the rest), listed in its
/// copil_member as kind ("facilitator", or "rapporteur" of subgroupId) unless kind is
/// empty.
inline void createEditingRole(const QString& role, const QString& database,
                              const QString& kind = {}, const QString& subgroupId = {})
{
    serverExec({QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)});
    QStringList statements{QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN "
                                          "SCHEMA public TO %1")
                               .arg(role)};
    if (!kind.isEmpty()) {
        statements << QStringLiteral("INSERT INTO copil_member (role_name, kind, subgroup_id) "
                                     "VALUES ('%1', '%2', %3)")
                          .arg(role, kind,
                               subgroupId.isEmpty() ? QStringLiteral("NULL")
                                                    : u'\'' + subgroupId + u'\'');
    }
    serverExec(statements, database);
}

/// The URI of database `name` on the test server, as the superuser (or as user).
inline QString serverUri(const QString& database, const QString& user = {})
{
    QUrl url(serverAdminUri());
    QUrlQuery query(url);
    if (!user.isEmpty()) {
        query.removeQueryItem(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), user);
    }
    url.setQuery(query);
    url.setPath(u'/' + database);
    QString text = url.toString();
    if (!text.startsWith(u"postgresql://")) {
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    }
    return text;
}

/// Where a test keeps its workspaces: files in its temporary folder, or new databases on
/// the test server, dropped when it goes.
class Workspaces {
public:
    explicit Workspaces(const TempDir& dir) : m_dir(dir) {}
    ~Workspaces()
    {
        for (const QString& db : m_databases) {
            try {
                serverExec({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db)});
            } catch (...) {
            }
        }
    }
    Workspaces(const Workspaces&) = delete;
    Workspaces& operator=(const Workspaces&) = delete;

    /// A new, empty workspace location: dir/fileName, or an empty database.
    QString location(const QString& fileName)
    {
        return onServer() ? serverLocation() : m_dir.path(fileName);
    }
    /// An empty database on the test server, whatever the engine of this run.
    QString serverLocation()
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("copil_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        serverExec({QStringLiteral("CREATE DATABASE %1").arg(name)});
        m_databases << name;
        return serverUri(name);
    }
    /// The name of the database behind the last serverLocation().
    QString lastDatabase() const { return m_databases.value(m_databases.size() - 1); }

private:
    const TempDir& m_dir;
    QStringList m_databases;
};

/// A PostgreSQL cluster of the test's own (scripts/pg-test-cluster), for a test that stops
/// and starts its server: the shared test server must stay up for the tests running
/// beside it. Started at construction, removed at destruction.
class PrivateServer {
public:
    PrivateServer() : m_dir(QDir::tempPath() + QStringLiteral("/copil-pgp-XXXXXX"))
    {
        REQUIRE(m_dir.isValid());
        m_port = 20000 + int(QCoreApplication::applicationPid() % 20000);
        control(QStringLiteral("start"));
    }
    ~PrivateServer()
    {
        try {
            control(QStringLiteral("remove"));
        } catch (...) {
        }
    }
    PrivateServer(const PrivateServer&) = delete;
    PrivateServer& operator=(const PrivateServer&) = delete;

    /// stop, start, restart.
    void control(const QString& action)
    {
        const QString script = qEnvironmentVariable("COPIL_TEST_PG_CONTROL");
        INFO("COPIL_TEST_PG_CONTROL is set by ./scripts/test (scripts/pg-test-cluster)");
        REQUIRE(!script.isEmpty());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COPIL_PG_PORT"), QString::number(m_port));
        p.setProcessEnvironment(env);
        p.start(script, {action, m_dir.path()});
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAll().toStdString());
        REQUIRE(p.exitCode() == 0);
    }
    /// A new database on this server; its URI.
    QString newDatabase(const QString& name)
    {
        serverExec({QStringLiteral("CREATE DATABASE %1").arg(name)}, {},
                   uri(QStringLiteral("postgres")));
        return uri(name);
    }
    /// The folder of its socket (the host of its URIs), with its data in data/.
    QString folder() const { return m_dir.path(); }
    int port() const { return m_port; }
    QString uri(const QString& database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=postgres")
            .arg(database, m_dir.path())
            .arg(m_port);
    }

private:
    QTemporaryDir m_dir;
    int m_port = 0;
};

} // namespace copil::test
