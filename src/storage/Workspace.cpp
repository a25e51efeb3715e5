#include "Workspace.h"

#include "Backups.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/copil/sql"));
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch()) {
            list.append({match.captured(1).toInt(), dir.filePath(file)});
        }
    }
    return list;
}

// Splits a migration script into statements; a trigger body keeps its inner semicolons.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--")) {
            continue;
        }
        current += line + u'\n';
        const bool inTrigger = current.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive);
        if (line.endsWith(u';') && (!inTrigger || line.endsWith(u"END;", Qt::CaseInsensitive))) {
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

Workspace::Workspace(QString path, QString connection, bool readOnly)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_readOnly(readOnly)
{
}

Workspace::~Workspace()
{
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
    std::unique_ptr<Workspace> ws(new Workspace(absolute, uniqueConnectionName(), readOnly));
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
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Status Workspace::migrate()
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
    for (const Migration& m : migrations()) {
        if (m.version <= current) {
            continue;
        }
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{tr("Migration %1 introuvable dans l’application.").arg(m.resource)};
        }
        const QString script = QString::fromUtf8(file.readAll());
        Status applied = write([&]() -> Status {
            for (const QString& statement : splitStatements(script)) {
                if (Status s = exec(statement); !s) {
                    return s;
                }
            }
            // Identifiers and numbers only: the version comes from the resource name.
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        });
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
    if (Status begun = exec(QStringLiteral("BEGIN IMMEDIATE"), tr("enregistrement")); !begun) {
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
        return result;
    }
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
    return exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, milliseconds)));
}

Error Workspace::sqlError(const QString& doing, const QSqlError& error) const
{
    // Extended result codes reduced to their primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString cause;
    Fault fault = Fault::Other;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        cause = tr("le fichier est verrouillé par un autre programme ; réessayez dans un "
                   "instant");
        fault = Fault::Busy;
        break;
    case 8: // SQLITE_READONLY
        cause = tr("le fichier ou son dossier est en lecture seule");
        fault = Fault::ReadOnly;
        break;
    case 10: // SQLITE_IOERR
        cause = tr("erreur d’entrée-sortie sur le disque");
        fault = Fault::Io;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        cause = tr("le fichier est endommagé");
        fault = Fault::Corrupt;
        break;
    case 13: // SQLITE_FULL
        cause = tr("le disque est plein");
        fault = Fault::Full;
        break;
    case 14: // SQLITE_CANTOPEN
        cause = tr("le fichier ne peut pas être ouvert");
        break;
    default:
        break;
    }
    // SQLite's own words; the driver's ("Unable to fetch row") add nothing.
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    const QString what = cause.isEmpty() ? detail : cause + u" (" + detail + u')';
    return Error{tr("%1 : %2 : %3").arg(QDir::toNativeSeparators(m_path), doing, what), fault};
}

} // namespace copil::storage
