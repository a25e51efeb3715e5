#include "Dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace copil::storage {

using domain::Fault;

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

class SqliteDialect final : public Dialect {
public:
    Engine engine() const override { return Engine::Sqlite; }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString name() const override { return QStringLiteral("SQLite"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList migrationFolders() const override { return {QStringLiteral(":/copil/sql")}; }
    domain::Result<int> schemaVersion(const QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            return domain::Error{q.lastError().text()};
        }
        return q.value(0).toInt();
    }
    QStringList setSchemaVersion(int version) const override
    {
        // A number of ours, never user text.
        return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
    }
    QStringList beforeMigration(bool) const override { return {}; }
    QStringList afterMigration() const override { return {}; }
    QVariant bindable(const QVariant& value) const override
    {
        if (value.typeId() == QMetaType::Bool) {
            return QVariant(value.toBool() ? 1 : 0);
        }
        return value;
    }
    QString containsInsensitive(const QString& column) const override
    {
        return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    }
    Fault classify(const QSqlError& error, QString* cause) const override
    {
        // Extended result codes reduced to their primary code.
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            *cause = Words::tr("le fichier est verrouillé par un autre programme ; réessayez dans "
                               "un instant");
            return Fault::Busy;
        case 8: // SQLITE_READONLY
            *cause = Words::tr("le fichier ou son dossier est en lecture seule");
            return Fault::ReadOnly;
        case 10: // SQLITE_IOERR
            *cause = Words::tr("erreur d’entrée-sortie sur le disque");
            return Fault::Io;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            *cause = Words::tr("le fichier est endommagé");
            return Fault::Corrupt;
        case 13: // SQLITE_FULL
            *cause = Words::tr("le disque est plein");
            return Fault::Full;
        case 14: // SQLITE_CANTOPEN
            *cause = Words::tr("le fichier ne peut pas être ouvert");
            return Fault::Other;
        default:
            return Fault::Other;
        }
    }
};

class PostgresDialect final : public Dialect {
public:
    Engine engine() const override { return Engine::Postgres; }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QStringList migrationFolders() const override
    {
        return {QStringLiteral(":/copil/sql/postgresql"), QStringLiteral(":/copil/sql")};
    }
    domain::Result<int> schemaVersion(const QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT to_regclass('copil_meta') IS NOT NULL")) || !q.next()) {
            return domain::Error{q.lastError().text()};
        }
        if (!q.value(0).toBool()) {
            return 0;
        }
        if (!q.exec(QStringLiteral("SELECT value FROM copil_meta WHERE key = 'schema_version'"))) {
            return domain::Error{q.lastError().text()};
        }
        return q.next() ? q.value(0).toString().toInt() : 0;
    }
    QStringList setSchemaVersion(int version) const override
    {
        return {upsert(QStringLiteral("copil_meta"),
                       {QStringLiteral("key"), QStringLiteral("value")}, QStringLiteral("key"))
                    .replace(QStringLiteral("VALUES (?, ?)"),
                             QStringLiteral("VALUES ('schema_version', '%1')").arg(version))};
    }
    QStringList beforeMigration(bool fresh) const override
    {
        // One client at a time builds or updates the schema ("Copi" as the lock's key).
        QStringList s{QStringLiteral("SELECT pg_advisory_xact_lock(1131376745)")};
        if (fresh) {
            s << QStringLiteral("CREATE TABLE IF NOT EXISTS copil_meta (key TEXT PRIMARY KEY, "
                                "value TEXT NOT NULL)")
              << QStringLiteral("INSERT INTO copil_meta (key, value) VALUES ('application', "
                                "'copil') ON CONFLICT (key) DO NOTHING");
        }
        return s;
    }
    QStringList afterMigration() const override
    {
        // Every committed row change is announced on the channel, with what a client
        // needs to read it again: who wrote it (the backend, so a client skips its own),
        // the transaction, the table, the operation, the row's id and its meeting.
        // Installed on every table of the workspace, those added later included.
        return {
            QStringLiteral(
                R"(CREATE OR REPLACE FUNCTION copil_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
    m text;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'meeting' THEN
        m := r->>'id';
    ELSIF r->'meeting_id' IS NOT NULL THEN
        m := r->>'meeting_id';
    ELSIF r->'subgroup_id' IS NOT NULL THEN
        SELECT s.meeting_id INTO m FROM subgroup s WHERE s.id = r->>'subgroup_id';
    ELSIF r->'item_id' IS NOT NULL THEN
        SELECT s.meeting_id INTO m FROM priority_item p JOIN subgroup s ON s.id = p.subgroup_id
            WHERE p.id = r->>'item_id';
    END IF;
    PERFORM pg_notify('copil_changes', concat_ws(' ', pg_backend_pid(), txid_current(),
        TG_TABLE_NAME, left(TG_OP, 1), r->>'id', coalesce(m, '')));
    RETURN NULL;
END;
$$)"),
            QStringLiteral(R"(DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = current_schema() AND tablename <> 'copil_meta' LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER copil_notify AFTER INSERT OR UPDATE OR DELETE '
                       'ON %I FOR EACH ROW EXECUTE FUNCTION copil_notify()', t);
    END LOOP;
END;
$$)")};
    }
    QVariant bindable(const QVariant& value) const override { return value; }
    QString containsInsensitive(const QString& column) const override
    {
        return column + QStringLiteral(" ILIKE ? ESCAPE '\\'");
    }
    Fault classify(const QSqlError& error, QString* cause) const override
    {
        const QString state = error.nativeErrorCode();
        const QString text = error.databaseText() + u' ' + error.driverText();
        // Before the words of a lost connection: libpq 14 and later say "connection to
        // server on socket … failed: fe_sendauth: no password supplied".
        if (state == u"28P01" || state == u"28000" || text.contains(u"no password supplied") ||
            text.contains(u"password authentication failed")) {
            *cause = Words::tr("le serveur demande un mot de passe, ou a refusé celui donné");
            return Fault::Denied;
        }
        // No SQLSTATE and words of libpq: the connection itself is gone.
        const bool lost =
            text.contains(u"server closed the connection") ||
            text.contains(u"no connection to the server") ||
            text.contains(u"terminating connection") || text.contains(u"could not connect") ||
            text.contains(u"Connection refused") || text.contains(u"could not send data") ||
            text.contains(u"could not receive data") || text.contains(u"connection to server");
        if (state.startsWith(u"08") || state.startsWith(u"57P") || (state.isEmpty() && lost)) {
            *cause = Words::tr("le serveur ne répond plus (redémarrage, réseau coupé) ; ce qui "
                               "n’est pas enregistré le sera dès son retour");
            return Fault::Offline;
        }
        if (state == u"42501" && text.contains(u"row-level security")) {
            *cause = rowSecurityRefusal();
            return Fault::Denied;
        }
        if (state == u"42501") {
            *cause = Words::tr("votre rôle sur le serveur ne permet pas cette modification");
            return Fault::Denied;
        }
        if (state == u"55P03" || state == u"40001" || state == u"40P01") {
            *cause = Words::tr("une autre personne enregistre au même moment ; réessayez dans un "
                               "instant");
            return Fault::Busy;
        }
        if (state == u"53100") {
            *cause = Words::tr("le disque du serveur est plein");
            return Fault::Full;
        }
        if (state == u"25006") {
            *cause = Words::tr("la base est en lecture seule");
            return Fault::ReadOnly;
        }
        return Fault::Other;
    }
};

} // namespace

QString Dialect::upsert(const QString& table, const QStringList& columns, const QString& key) const
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QStringList sets;
    for (const QString& c : columns) {
        if (c != key) {
            sets << c + QStringLiteral(" = excluded.") + c;
        }
    }
    return u"INSERT INTO " + table + u" (" + columns.join(u", ") + u") VALUES (" +
           marks.join(u", ") + u") ON CONFLICT (" + key + u") DO UPDATE SET " + sets.join(u", ");
}

QString Dialect::rowSecurityRefusal()
{
    return Words::tr("seuls les animateurs et le rapporteur du sous-groupe concerné peuvent "
                     "faire cette modification sur cet espace partagé");
}

QString Dialect::likePattern(const QString& text)
{
    QString out = QStringLiteral("%");
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() >= 0x80 && c.isLetter()) {
            out += u'_';
        } else if (c.isLowSurrogate()) {
            continue; // the high surrogate stood for the whole character
        } else if (c.isHighSurrogate()) {
            out += u'_';
        } else {
            out += c;
        }
    }
    return out + u'%';
}

std::unique_ptr<Dialect> Dialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

std::unique_ptr<Dialect> Dialect::postgres()
{
    return std::make_unique<PostgresDialect>();
}

} // namespace copil::storage
