#pragma once

#include "domain/Result.h"

#include <QString>
#include <optional>

class QSqlDatabase;

namespace copil::storage {

/// Where a shared workspace lives: a PostgreSQL database, given as a libpq connection
/// URI: postgresql://[user@]host[:port]/dbname[?param=value&…], postgres:// too, and
/// postgresql:///dbname?host=/path/to/socket&user=name for a Unix socket. Parameters
/// other than host, port, user and dbname (sslmode, connect_timeout…) are passed on to
/// libpq as they are. A password in the URI is taken but never shown nor kept by Copil;
/// otherwise libpq reads ~/.pgpass (or PGPASSWORD), or the window asks for one.
struct ServerAddress {
    QString
        host; ///< a name, an address, or a socket folder (starts with '/'); empty: libpq's default
    int port = 0; ///< 0: libpq's default (5432)
    QString database;
    QString user; ///< empty: libpq's default (the system user's name)
    QString password;
    QStringList options; ///< other libpq parameters, "name=value"

    /// Whether text is a PostgreSQL URI rather than a file path.
    static bool isUri(const QString& text);
    /// Reads a URI; an error naming what is wrong otherwise.
    static domain::Result<ServerAddress> parse(const QString& uri);
    /// The URI without the password (for messages, titles, settings).
    QString uri() const;
    /// "copil sur serveur.example:5432" for titles and status bars.
    QString describe() const;
    /// The host as shown: the socket folder, the name, or "localhost".
    QString hostLabel() const;
    /// Sets database's connection parameters (driver QPSQL).
    void configure(QSqlDatabase& database) const;
};

} // namespace copil::storage
