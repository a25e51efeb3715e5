#pragma once

#include "domain/Change.h"
#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class QThread;

namespace copil::storage {

class Workspace;

/// The second connection of a shared workspace: it LISTENs on the change channel, turns
/// what other clients commit into change sets (one per transaction, origin Remote), and
/// checks every Workspace::kWatchMs that the server answers (the driver says nothing
/// when a connection drops). Once the server is lost it tries, off the window's thread,
/// to reach it again, then reopens both connections. Owned by its Workspace.
class ServerLink : public QObject {
    Q_OBJECT

public:
    ServerLink(Workspace& workspace, QString password);
    ~ServerLink() override;

    /// Opens the listening connection and starts watching.
    domain::Status start();
    QString password() const { return m_password; }
    /// The server was found gone (a failed write): stop using it, start reconnecting.
    void lost(const QString& message);

private:
    domain::Status listen();
    void closeListener();
    void watch();
    void probe();
    void reconnect();
    void notified(const QString& name, QSqlDriver::NotificationSource source,
                  const QVariant& payload);
    void flush();

    Workspace& m_ws;
    QString m_password;
    QString m_listenConnection;
    QTimer m_timer;
    QTimer m_flushTimer;
    QThread* m_probe = nullptr;
    bool m_reachable = false;
    int m_ownBackend = 0;
    QList<qint64> m_order;
    QHash<qint64, domain::ChangeSet> m_incoming;
};

} // namespace copil::storage
