#include "ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace copil::storage {

namespace {

class Address {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

} // namespace

bool ServerAddress::isUri(const QString& text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

domain::Result<ServerAddress> ServerAddress::parse(const QString& uri)
{
    if (!isUri(uri)) {
        return domain::Error{Address::tr("« %1 » n’est pas une adresse PostgreSQL "
                                         "(postgresql://utilisateur@serveur:port/base).")
                                 .arg(uri),
                             domain::Fault::Invalid};
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        return domain::Error{
            Address::tr("Adresse PostgreSQL illisible « %1 » : %2").arg(uri, url.errorString()),
            domain::Fault::Invalid};
    }
    ServerAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(0);
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            a.host = value;
        } else if (key == u"port") {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535) {
                return domain::Error{
                    Address::tr("Adresse PostgreSQL « %1 » : port « %2 » invalide.")
                        .arg(uri, value),
                    domain::Fault::Invalid};
            }
        } else if (key == u"user") {
            a.user = value;
        } else if (key == u"password") {
            a.password = value;
        } else if (key == u"dbname") {
            a.database = value;
        } else if (!key.isEmpty() && !key.contains(u';') && !value.contains(u';')) {
            a.options << key + u'=' + value;
        } else {
            return domain::Error{
                Address::tr("Adresse PostgreSQL « %1 » : paramètre « %2 » invalide.").arg(uri, key),
                domain::Fault::Invalid};
        }
    }
    if (a.database.isEmpty()) {
        return domain::Error{Address::tr("Adresse PostgreSQL « %1 » : il manque le nom de la base "
                                         "(postgresql://serveur/base).")
                                 .arg(uri),
                             domain::Fault::Invalid};
    }
    return a;
}

QString ServerAddress::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(QStringLiteral("host"), host);
        url.setHost(QString());
        url.setPath(u'/' + database);
    } else {
        url.setHost(host);
        url.setPath(u'/' + database);
    }
    if (port > 0) {
        if (host.startsWith(u'/') || host.isEmpty()) {
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        } else {
            url.setPort(port);
        }
    }
    if (!user.isEmpty()) {
        if (host.startsWith(u'/') || host.isEmpty()) {
            query.addQueryItem(QStringLiteral("user"), user);
        } else {
            url.setUserName(user);
        }
    }
    for (const QString& o : options) {
        query.addQueryItem(o.section(u'=', 0, 0), o.section(u'=', 1));
    }
    url.setQuery(query);
    QString text = url.toString();
    // QUrl writes "postgresql:/db" without an authority: libpq's form has three slashes.
    if (url.host().isEmpty() && !text.startsWith(u"postgresql://")) {
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    }
    return text;
}

QString ServerAddress::hostLabel() const
{
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

QString ServerAddress::describe() const
{
    const QString where = port > 0 && !host.startsWith(u'/')
                              ? hostLabel() + u':' + QString::number(port)
                              : hostLabel();
    return Address::tr("%1 sur %2").arg(database, where);
}

void ServerAddress::configure(QSqlDatabase& db) const
{
    db.setDatabaseName(database);
    if (!host.isEmpty()) {
        db.setHostName(host);
    }
    if (port > 0) {
        db.setPort(port);
    }
    if (!user.isEmpty()) {
        db.setUserName(user);
    }
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    // A lost server is noticed in seconds, not after the system's TCP timeout; a server
    // that does not answer is given up after 5 s.
    QStringList all{QStringLiteral("connect_timeout=5"),  QStringLiteral("keepalives=1"),
                    QStringLiteral("keepalives_idle=5"),  QStringLiteral("keepalives_interval=2"),
                    QStringLiteral("keepalives_count=2"), QStringLiteral("application_name=copil")};
    for (const QString& o : options) {
        const QString key = o.section(u'=', 0, 0);
        all.removeIf([&key](const QString& d) { return d.section(u'=', 0, 0) == key; });
        all << o;
    }
    db.setConnectOptions(all.join(u';'));
}

} // namespace copil::storage
