#include "ServerLink.h"

#include "Tables.h"
#include "Workspace.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace copil::storage {

namespace {

QString linkConnectionName(const char* what)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("copil-%1-%2")
        .arg(QLatin1StringView(what))
        .arg(counter.fetchAndAddRelaxed(1));
}

int backendOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

ServerLink::ServerLink(Workspace& workspace, QString password)
    : m_ws(workspace), m_password(std::move(password)),
      m_listenConnection(linkConnectionName("listen"))
{
    m_timer.setInterval(Workspace::kWatchMs);
    connect(&m_timer, &QTimer::timeout, this, &ServerLink::watch);
    // The notifications of one commit arrive together; a short wait gathers them.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(5);
    connect(&m_flushTimer, &QTimer::timeout, this, &ServerLink::flush);
}

ServerLink::~ServerLink()
{
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
    }
    closeListener();
    QSqlDatabase::removeDatabase(m_listenConnection);
}

domain::Status ServerLink::start()
{
    if (domain::Status s = listen(); !s) {
        return s;
    }
    m_ownBackend = backendOf(m_ws.database());
    m_timer.start();
    return {};
}

domain::Status ServerLink::listen()
{
    QSqlDatabase db = QSqlDatabase::contains(m_listenConnection)
                          ? QSqlDatabase::database(m_listenConnection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_listenConnection);
    ServerAddress address = m_ws.server();
    if (!m_password.isEmpty()) {
        address.password = m_password;
    }
    address.configure(db);
    if (!db.open()) {
        return m_ws.sqlError(Workspace::tr("écoute des modifications"), db.lastError());
    }
    connect(db.driver(), &QSqlDriver::notification, this, &ServerLink::notified,
            Qt::UniqueConnection);
    if (!db.driver()->subscribeToNotification(kChangeChannel.toString())) {
        return m_ws.sqlError(Workspace::tr("écoute des modifications"), db.driver()->lastError());
    }
    return {};
}

void ServerLink::closeListener()
{
    if (!QSqlDatabase::contains(m_listenConnection)) {
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_listenConnection, false);
    if (db.isOpen()) {
        db.driver()->disconnect(this);
        db.close();
    }
}

void ServerLink::lost(const QString& message)
{
    if (!m_ws.m_online) {
        return;
    }
    m_ws.m_online = false;
    closeListener();
    emit m_ws.connectionLost(message);
}

void ServerLink::watch()
{
    if (m_ws.m_online) {
        QSqlQuery q(QSqlDatabase::database(m_listenConnection, false));
        if (!q.exec(QStringLiteral("SELECT 1"))) {
            lost(m_ws.sqlError(Workspace::tr("connexion"), q.lastError()).message);
        }
        return;
    }
    if (m_reachable) {
        reconnect();
    } else if (!m_probe) {
        probe();
    }
}

// Tries a connection of its own on another thread: reaching a server that is gone can
// take seconds (connect_timeout), which the window must not wait.
void ServerLink::probe()
{
    ServerAddress address = m_ws.server();
    if (!m_password.isEmpty()) {
        address.password = m_password;
    }
    m_probe = QThread::create([this, address] {
        const QString name = linkConnectionName("probe");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            address.configure(db);
            ok = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(
            this,
            [this, ok] {
                m_probe->wait();
                delete m_probe;
                m_probe = nullptr;
                m_reachable = ok;
                if (ok) {
                    reconnect();
                }
            },
            Qt::QueuedConnection);
    });
    m_probe->start();
}

void ServerLink::reconnect()
{
    m_reachable = false;
    QSqlDatabase main = m_ws.database();
    main.close();
    if (!m_password.isEmpty()) {
        main.setPassword(m_password);
    }
    if (!main.open()) {
        return; // gone again: the next watch probes anew
    }
    for (const QString& statement : m_ws.m_sessionSetup) {
        QSqlQuery(main).exec(statement);
    }
    if (!listen()) {
        main.close();
        return;
    }
    m_ownBackend = backendOf(main);
    m_incoming.clear();
    m_order.clear();
    m_ws.m_online = true;
    emit m_ws.connectionRestored();
}

void ServerLink::notified(const QString& name, QSqlDriver::NotificationSource,
                          const QVariant& payload)
{
    if (name != kChangeChannel) {
        return;
    }
    // "backend transaction table operation id meeting"
    const QStringList parts = payload.toString().split(u' ');
    if (parts.size() < 5 || parts[0].toInt() == m_ownBackend) {
        return; // this client's own commit: already reported by its Workspace
    }
    const auto kind = sql::kindOfTable(parts[2]);
    if (!kind) {
        return;
    }
    const qint64 transaction = parts[1].toLongLong();
    if (!m_incoming.contains(transaction)) {
        m_order << transaction;
        m_incoming.insert(transaction, domain::ChangeSet{domain::ChangeOrigin::Remote, {}});
    }
    domain::ChangeSet& set = m_incoming[transaction];
    domain::EntityChanges& rows = set.of(parts.value(5)).of(*kind);
    const QString& id = parts[4];
    if (parts[3] == u"I") {
        rows.insert(id);
    } else if (parts[3] == u"U") {
        rows.update(id);
    } else {
        rows.remove(id);
    }
    for (auto& e : set.events) {
        e.origin = domain::ChangeOrigin::Remote;
    }
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void ServerLink::flush()
{
    const QList<qint64> order = std::exchange(m_order, {});
    auto incoming = std::exchange(m_incoming, {});
    for (qint64 t : order) {
        domain::ChangeSet set = incoming.take(t);
        set.events.removeIf([](const domain::ChangeEvent& e) { return e.isEmpty(); });
        if (!set.isEmpty()) {
            m_ws.remoteChanges(set);
        }
    }
}

} // namespace copil::storage
