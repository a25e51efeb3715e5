#include "Workspace.h"

#include "Backups.h"
#include "ServerLink.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace copil::storage {

namespace {

struct Migration {
    int version = 0;
    QString resource;
};

// The scripts of every version, each from the dialect's most specific folder having it.
QList<Migration> migrations(const Dialect& dialect)
{
    QMap<int, QString> byVersion;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList folders = dialect.migrationFolders();
    for (auto folder = folders.crbegin(); folder != folders.crend(); ++folder) {
        const QDir dir(*folder);
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = name.match(file);
            if (match.hasMatch()) {
                byVersion.insert(match.captured(1).toInt(), dir.filePath(file));
            }
        }
    }
    QList<Migration> list;
    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
        list.append({it.key(), it.value()});
    }
    return list;
}

// Splits a migration script into statements; a trigger body (SQLite) or a $$-quoted
// function body (PostgreSQL) keeps its inner semicolons.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool quoted = false;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (!quoted && (line.isEmpty() || line.startsWith(u"--"))) {
            continue;
        }
        current += line + u'\n';
        if (line.count(QStringLiteral("$$")) % 2 == 1) {
            quoted = !quoted;
        }
        // SQLite: "CREATE TRIGGER … \nBEGIN …; END;"
        const bool inTrigger = current.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive) &&
                               current.contains(u"\nBEGIN", Qt::CaseInsensitive);
        if (!quoted && line.endsWith(u';') &&
            (!inTrigger || line.endsWith(u"END;", Qt::CaseInsensitive))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("copil-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks the 100-byte SQLite header before SQLite touches the file.
Status inspectHeader(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error{Workspace::tr("%1 est un dossier, pas un espace de travail Copil.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (info.size() == 0) {
        return Error{Workspace::tr("%1 est un fichier vide (0 octet) : ce n’est pas un espace "
                                   "de travail Copil. Il n’a pas été modifié.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Workspace::tr("Impossible de lire %1 : %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Error{Workspace::tr("%1 n’est pas un espace de travail Copil (ce n’est pas une "
                                   "base SQLite). Il n’a pas été modifié.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    const qint32 appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != kApplicationId) {
        return Error{Workspace::tr("%1 est une base SQLite d’une autre application, pas un "
                                   "espace de travail Copil. Elle n’a pas été modifiée.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

// Whether this process may write path (access(2): also false on a read-only mount, even
// for root, where the permission bits would say yes).
bool canWrite(const QString& path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// Creates a new, empty workspace at path: built in a private temporary file of the same
// folder, then renamed, so a crash never leaves a half-made workspace under that name.
Status createWorkspaceFile(const QString& path, int applicationId)
{
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + u"/.copil-new-XXXXXX");
    temp.setAutoRemove(false);
    if (!temp.open()) {
        return Error{Workspace::tr("Impossible de créer %1 : %2")
                         .arg(QDir::toNativeSeparators(path), temp.errorString())};
    }
    const QString tempPath = temp.fileName();
    temp.close();
    // Owner-only: a workspace holds personal data (names, organisations, attendance).
    QFile::setPermissions(tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString connection = uniqueConnectionName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(tempPath);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
                failure = q.lastError().text();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (failure.isEmpty() && !QFile::rename(tempPath, path)) {
        failure = Workspace::tr("le fichier existe déjà ou le dossier n’est pas accessible en "
                                "écriture");
    }
    if (!failure.isEmpty()) {
        QFile::remove(tempPath);
        return Error{Workspace::tr("Impossible de créer l’espace de travail %1 : %2")
                         .arg(QDir::toNativeSeparators(path), failure)};
    }
    return {};
}

} // namespace

Workspace::Workspace(QString path, QString connection, bool readOnly,
                     std::unique_ptr<Dialect> dialect)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_dialect(std::move(dialect)),
      m_readOnly(readOnly)
{
}

Workspace::~Workspace()
{
    m_link.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Options options)
{
    if (ServerAddress::isUri(path)) {
        return openServer(path, std::move(options));
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    bool fresh = false;
    if (!QFileInfo::exists(absolute)) {
        if (!options.createIfMissing || options.readOnly) {
            return Error{
                tr("L’espace de travail %1 n’existe pas.").arg(QDir::toNativeSeparators(absolute))};
        }
        if (Status created = createWorkspaceFile(absolute, kApplicationId); !created) {
            return created.failure();
        }
        fresh = true;
    } else if (Status header = inspectHeader(absolute); !header) {
        return header.failure();
    }

    // A file or folder that cannot be written (permissions, a read-only medium) opens
    // read-only instead of failing: the meeting can still be read and exported.
    const QString folder = QFileInfo(absolute).absolutePath();
    const bool folderWritable = canWrite(folder);
    QString readOnlyReason;
    if (!options.readOnly) {
        if (!canWrite(absolute)) {
            readOnlyReason = tr("Le fichier %1 ne peut pas être modifié (droits, ou support en "
                                "lecture seule) : il est ouvert en lecture seule, rien ne sera "
                                "enregistré.")
                                 .arg(QDir::toNativeSeparators(absolute));
        } else if (!folderWritable) {
            readOnlyReason = tr("Le dossier %1 ne peut pas être modifié (droits, ou support en "
                                "lecture seule) : l’espace de travail est ouvert en lecture "
                                "seule, rien ne sera enregistré.")
                                 .arg(QDir::toNativeSeparators(folder));
        }
    }
    const bool readOnly = options.readOnly || !readOnlyReason.isEmpty();
    std::unique_ptr<Workspace> ws(
        new Workspace(absolute, uniqueConnectionName(), readOnly, Dialect::sqlite()));
    ws->m_readOnlyReason = readOnlyReason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (readOnly) {
            connectOptions += u";QSQLITE_OPEN_READONLY";
        }
        // In a folder nobody can write, SQLite cannot make the shared-memory file a WAL
        // database needs even to be read: nothing can change the file, so it is opened
        // as immutable.
        if (readOnly && !folderWritable && !QFileInfo::exists(absolute + u"-shm")) {
            connectOptions += u";QSQLITE_OPEN_URI";
            db.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) +
                               u"?immutable=1");
        } else {
            db.setDatabaseName(absolute);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            return ws->sqlError(tr("ouverture"), db.lastError());
        }
    }
    if (Status configured = ws->configure(fresh); !configured) {
        return configured.failure();
    }
    if (options.dailyBackup && !readOnly && !fresh) {
        if (auto daily = Backups::makeDaily(*ws); !daily) {
            ws->m_warning =
                tr("La sauvegarde du jour n’a pas pu être faite : %1").arg(daily.error());
        }
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString& uri, Options options)
{
    auto address = ServerAddress::parse(uri);
    if (!address) {
        return address.failure();
    }
    if (!options.password.isEmpty()) {
        address.value().password = options.password;
    }
    const QString password = address.value().password;
    std::unique_ptr<Workspace> ws(new Workspace(address.value().uri(), uniqueConnectionName(),
                                                options.readOnly, Dialect::postgres()));
    ws->m_server = address.value();
    ws->m_server.password.clear(); // kept by the connections only, never shown
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(ws->m_dialect->driver(), ws->m_connection);
        if (!db.isValid()) {
            return Error{tr("Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : installez le "
                            "paquet libqt6sql6-psql.")};
        }
        address.value().configure(db);
        if (!db.open()) {
            return ws->sqlError(tr("connexion"), db.lastError());
        }
    }
    if (Status configured = ws->configureServer(options); !configured) {
        return configured.failure();
    }
    ws->m_link = std::make_unique<ServerLink>(*ws, password);
    if (Status listening = ws->m_link->start(); !listening) {
        return listening.failure();
    }
    if (options.dailyBackup && !options.readOnly) {
        if (auto daily = Backups::makeDaily(*ws); !daily) {
            ws->m_warning =
                tr("La sauvegarde du jour n’a pas pu être faite : %1").arg(daily.error());
        }
    }
    return ws;
}

Status Workspace::configureServer(Options options)
{
    // Rows held by another client's transaction are waited for 2 s at most.
    m_sessionSetup = {QStringLiteral("SET lock_timeout = '2s'"),
                      QStringLiteral("SET client_min_messages = warning")};
    if (m_readOnly) {
        m_sessionSetup << QStringLiteral("SET default_transaction_read_only = on");
    }
    for (const QString& statement : m_sessionSetup) {
        if (Status s = exec(statement, tr("connexion")); !s) {
            return s;
        }
    }
    const QString where = m_server.describe();
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT to_regclass('copil_meta') IS NOT NULL, "
                               "(SELECT count(*) FROM pg_tables WHERE schemaname = "
                               "current_schema())")) ||
        !q.next()) {
        return sqlError(tr("lecture du schéma"), q.lastError());
    }
    const bool marked = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    q.finish();
    bool fresh = false;
    if (!marked) {
        if (tables > 0) {
            return Error{tr("La base %1 n’est pas un espace de travail Copil (elle contient "
                            "d’autres tables). Elle n’a pas été modifiée.")
                             .arg(where)};
        }
        if (m_readOnly || !options.createIfMissing) {
            return Error{tr("La base %1 est vide : ce n’est pas encore un espace de travail "
                            "Copil.")
                             .arg(where),
                         Fault::Missing};
        }
        fresh = true;
    } else {
        if (!q.exec(QStringLiteral("SELECT value FROM copil_meta WHERE key = 'application'"))) {
            return sqlError(tr("lecture du schéma"), q.lastError());
        }
        if (!q.next() || q.value(0).toString() != u"copil") {
            return Error{tr("La base %1 n’est pas un espace de travail Copil (sa table copil_meta "
                            "ne porte pas la marque de Copil). Elle n’a pas été modifiée.")
                             .arg(where)};
        }
        q.finish();
        const int version = schemaVersion();
        if (version > latestSchemaVersion()) {
            return Error{tr("%1 a été créé par une version plus récente de Copil (schéma %2 ; "
                            "cette version connaît le schéma %3). Mettez Copil à jour pour "
                            "l’ouvrir ; la base n’a pas été modifiée.")
                             .arg(where)
                             .arg(version)
                             .arg(latestSchemaVersion())};
        }
        if (m_readOnly) {
            if (version < latestSchemaVersion()) {
                return Error{tr("%1 utilise un schéma ancien (%2) : ouvrez-le une fois en "
                                "écriture pour le mettre à jour.")
                                 .arg(where)
                                 .arg(version)};
            }
            return {};
        }
    }
    return migrate(fresh);
}

Status Workspace::configure(bool fresh)
{
    QSqlQuery q(database());
    // Any page SQLite cannot read makes these fail: the file is corrupt.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return Error{tr("%1 est endommagé ou n’est pas une base SQLite valide (%2). Il n’a pas "
                        "été modifié.")
                         .arg(QDir::toNativeSeparators(m_path), q.lastError().text())};
    }
    const int version = q.value(0).toInt();
    if (version > latestSchemaVersion()) {
        return Error{tr("%1 a été créé par une version plus récente de Copil (schéma %2 ; cette "
                        "version connaît le schéma %3). Mettez Copil à jour pour l’ouvrir ; le "
                        "fichier n’a pas été modifié.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(version)
                         .arg(latestSchemaVersion())};
    }
    if (!fresh) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            return Error{tr("%1 est endommagé (%2). Il n’a pas été modifié.")
                             .arg(QDir::toNativeSeparators(m_path), q.lastError().text())};
        }
        QStringList problems;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok") {
                problems << line;
            }
        }
        if (!problems.isEmpty()) {
            return Error{tr("%1 est endommagé (%2). Il n’a pas été modifié.")
                             .arg(QDir::toNativeSeparators(m_path), problems.first())};
        }
    }
    q.finish();

    if (Status s = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s) {
        return s;
    }
    if (m_readOnly) {
        if (version < latestSchemaVersion()) {
            return Error{tr("%1 utilise un schéma ancien (%2) : ouvrez-le une fois en écriture "
                            "pour le mettre à jour.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(version)};
        }
        return exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    // A laptop battery can die mid-meeting: every commit reaches the disk.
    if (Status s = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s) {
        return s;
    }
    if (Status s = exec(QStringLiteral("PRAGMA synchronous = FULL")); !s) {
        return s;
    }
    return migrate();
}

Status Workspace::exec(const QString& sql, const QString& doing)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        return sqlError(doing.isEmpty() ? sql : doing, q.lastError());
    }
    return {};
}

int Workspace::latestSchemaVersion()
{
    // The same versions for both engines: the portable scripts are the reference.
    const auto all = migrations(*Dialect::sqlite());
    return all.isEmpty() ? 0 : all.last().version;
}

Workspace::EditRights Workspace::editRights() const
{
    EditRights rights;
    if (!isShared() || !m_online) {
        return rights;
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM copil_member) AND NOT pg_has_role(current_user, "
            "(SELECT relowner FROM pg_class WHERE oid = 'meeting'::regclass), 'USAGE'), "
            "coalesce(bool_or(m.kind = 'facilitator'), false), "
            "coalesce(string_agg(m.subgroup_id, ' '), '') FROM copil_member m "
            "JOIN pg_roles r ON r.rolname = m.role_name "
            "WHERE pg_has_role(current_user, r.oid, 'MEMBER')")) ||
        !q.next()) {
        return rights; // the server says so on the next save
    }
    rights.ruled = q.value(0).toBool();
    rights.facilitator = rights.ruled && q.value(1).toBool();
    if (rights.ruled) {
        rights.subgroups = q.value(2).toString().split(u' ', Qt::SkipEmptyParts);
    }
    return rights;
}

int Workspace::schemaVersion() const
{
    const auto version = m_dialect->schemaVersion(database());
    return version ? version.value() : -1;
}

Status Workspace::migrate(bool fresh)
{
    const int current = schemaVersion();
    // A workspace with data is copied before its schema changes.
    if (current >= 1 && current < latestSchemaVersion()) {
        if (auto saved = Backups::make(*this, QStringLiteral("migration")); !saved) {
            return Error{tr("%1 n’a pas été mis à jour : la sauvegarde préalable a échoué (%2). "
                            "Le fichier n’a pas été modifié.")
                             .arg(QDir::toNativeSeparators(m_path), saved.error())};
        }
    }
    const QList<Migration> all = migrations(*m_dialect);
    for (const Migration& m : all) {
        if (m.version <= current) {
            continue;
        }
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{tr("Migration %1 introuvable dans l’application.").arg(m.resource)};
        }
        const QString script = QString::fromUtf8(file.readAll());
        Status applied = write([&]() -> Status {
            for (const QString& statement : m_dialect->beforeMigration(fresh)) {
                if (Status s = exec(statement); !s) {
                    return s;
                }
            }
            // Another client may have done it meanwhile (a shared workspace).
            if (schemaVersion() >= m.version) {
                return Status{};
            }
            for (const QString& statement : splitStatements(script)) {
                if (Status s = exec(statement); !s) {
                    return s;
                }
            }
            QStringList closing = m_dialect->setSchemaVersion(m.version);
            if (m.version == all.last().version) {
                closing += m_dialect->afterMigration();
            }
            for (const QString& statement : closing) {
                if (Status s = exec(statement); !s) {
                    return s;
                }
            }
            return Status{};
        });
        fresh = false;
        if (!applied) {
            return Error{tr("Mise à jour du schéma de %1 vers la version %2 impossible : %3")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(m.version)
                             .arg(applied.error())};
        }
    }
    return {};
}

Status Workspace::write(const std::function<Status()>& work)
{
    if (m_readOnly) {
        return Error{tr("%1 est ouvert en lecture seule : la modification n’a pas été "
                        "enregistrée.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     Fault::ReadOnly};
    }
    if (m_depth > 0) {
        ++m_depth;
        Status s = work();
        --m_depth;
        return s;
    }
    if (!m_online) {
        return Error{tr("%1 : le serveur ne répond pas ; la modification sera enregistrée dès "
                        "son retour.")
                         .arg(displayName()),
                     Fault::Offline};
    }
    if (Status begun = exec(m_dialect->beginWrite(), tr("enregistrement")); !begun) {
        return begun;
    }
    m_depth = 1;
    m_touched.clear();
    m_touchedOrder.clear();
    Status result = work();
    m_depth = 0;
    if (result) {
        result = exec(QStringLiteral("COMMIT"), tr("enregistrement"));
    }
    if (!result) {
        // The COMMIT may have failed after SQLite already rolled back: ignore that error.
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        m_pending.clear();
        m_touched.clear();
        m_touchedOrder.clear();
        m_pendingRevisions.clear();
        return result;
    }
    for (auto it = m_pendingRevisions.cbegin(); it != m_pendingRevisions.cend(); ++it) {
        m_ownRevisions.insert(it.key(), it.value());
    }
    m_pendingRevisions.clear();
    auto pending = std::move(m_pending);
    m_pending.clear();
    domain::ChangeSet changes{m_origin, {}};
    for (const QString& meeting : std::as_const(m_touchedOrder)) {
        const MeetingTouched& t = m_touched[meeting];
        domain::ChangeEvent e{meeting, m_origin, t.reset, {}};
        for (int k = 0; k < domain::kEntityKinds; ++k) {
            const Touched& rows = t.kinds[size_t(k)];
            domain::EntityChanges& out = e.kinds[size_t(k)];
            for (const QString& id : rows.order) {
                switch (rows.state.value(id)) {
                case 0:
                    out.inserted << id;
                    break;
                case 1:
                    out.updated << id;
                    break;
                case 2:
                    out.removed << id;
                    break;
                default:
                    break; // inserted and removed again in one commit: nothing to say
                }
            }
        }
        if (!e.isEmpty()) {
            changes.events << std::move(e);
        }
    }
    m_touched.clear();
    m_touchedOrder.clear();
    for (auto& f : pending) {
        f();
    }
    if (!changes.isEmpty()) {
        emit committed(changes);
    }
    return result;
}

void Workspace::record(domain::EntityKind kind, const QString& meetingId, RowOp op,
                       const QString& id)
{
    if (m_depth == 0) {
        return; // only writes inside write() are reported
    }
    if (!m_touched.contains(meetingId)) {
        m_touchedOrder << meetingId;
    }
    Touched& rows = m_touched[meetingId].kinds[size_t(kind)];
    // The same rules as domain::EntityChanges, in constant time per row.
    enum { Inserted, Updated, Removed, Nothing };
    const auto it = rows.state.find(id);
    if (it == rows.state.end()) {
        rows.order << id;
        rows.state.insert(id, op == RowOp::Insert   ? Inserted
                              : op == RowOp::Update ? Updated
                                                    : Removed);
        return;
    }
    int& state = *it;
    switch (op) {
    case RowOp::Insert:
        state = state == Removed ? Updated : state == Nothing ? Inserted : state;
        break;
    case RowOp::Update:
        state = state == Nothing ? Updated : state == Removed ? Removed : state;
        break;
    case RowOp::Remove:
        state = state == Inserted ? Nothing : Removed;
        break;
    }
}

void Workspace::recordReset(const QString& meetingId)
{
    if (m_depth > 0) {
        if (!m_touched.contains(meetingId)) {
            m_touchedOrder << meetingId;
        }
        m_touched[meetingId].reset = true;
    }
}

void Workspace::recordRevision(const QString& id, int revision)
{
    if (m_depth > 0) {
        m_pendingRevisions.insert(id, revision);
    } else {
        m_ownRevisions.insert(id, revision);
    }
}

int Workspace::ownRevision(const QString& id) const
{
    if (const auto it = m_pendingRevisions.constFind(id); it != m_pendingRevisions.cend()) {
        return it.value();
    }
    return m_ownRevisions.value(id, 0);
}

void Workspace::announceReset(const QStringList& meetingIds, domain::ChangeOrigin origin)
{
    domain::ChangeSet set{origin, {}};
    for (const QString& id : meetingIds) {
        set.of(id).reset = true;
    }
    if (!set.isEmpty()) {
        emit committed(set);
    }
}

void Workspace::remoteChanges(const domain::ChangeSet& changes)
{
    emit committed(changes);
}

QString Workspace::password() const
{
    return m_link ? m_link->password() : QString();
}

QString Workspace::displayName() const
{
    return isShared() ? m_server.describe() : QFileInfo(m_path).fileName();
}

void Workspace::goOffline(const QString& message) const
{
    if (m_link) {
        m_link->lost(message);
    }
}

void Workspace::afterCommit(std::function<void()> f)
{
    if (m_depth == 0) {
        f();
    } else {
        m_pending.push_back(std::move(f));
    }
}

Result<QStringList> Workspace::checkIntegrity() const
{
    QStringList problems;
    QSqlQuery q(database());
    if (isShared()) {
        // The server keeps its own pages sound and its foreign keys checked; what Copil can
        // check is that every table still announces its changes.
        if (!q.exec(QStringLiteral(
                "SELECT t.tablename FROM pg_tables t WHERE t.schemaname = current_schema() "
                "AND t.tablename <> 'copil_meta' AND NOT EXISTS (SELECT 1 FROM pg_trigger g "
                "WHERE g.tgrelid = (quote_ident(t.schemaname) || '.' || "
                "quote_ident(t.tablename))::regclass AND g.tgname = 'copil_notify')"))) {
            return sqlError(tr("vérification des déclencheurs"), q.lastError());
        }
        while (q.next()) {
            problems << tr("la table %1 ne signale pas ses modifications aux autres postes")
                            .arg(q.value(0).toString());
        }
        return problems;
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return sqlError(tr("vérification d’intégrité"), q.lastError());
    }
    while (q.next()) {
        if (q.value(0).toString() != u"ok") {
            problems << q.value(0).toString();
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sqlError(tr("vérification des références"), q.lastError());
    }
    while (q.next()) {
        problems << tr("référence cassée dans la table %1 (ligne %2) vers %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Status Workspace::setBusyTimeout(int milliseconds)
{
    if (isShared()) {
        return {}; // the server waits lock_timeout (2 s) for rows another client holds
    }
    return exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, milliseconds)));
}

Error Workspace::sqlError(const QString& doing, const QSqlError& error) const
{
    QString cause;
    const Fault fault = m_dialect->classify(error, &cause);
    if (fault == Fault::Offline) {
        goOffline(cause);
    }
    // The engine's own words; the driver's ("Unable to fetch row") add nothing.
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    const QString what = cause.isEmpty() ? detail : cause + u" (" + detail + u')';
    const QString where = isShared() ? m_server.describe() : QDir::toNativeSeparators(m_path);
    if (fault == Fault::Denied && cause == Dialect::rowSecurityRefusal()) {
        // Said beside the field: the rule, without the server's words about policies.
        return Error{tr("%1 : %2.").arg(displayName(), cause), fault};
    }
    return Error{tr("%1 : %2 : %3").arg(where, doing, what), fault};
}

} // namespace copil::storage
