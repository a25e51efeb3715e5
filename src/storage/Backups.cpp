#include "Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace copil::storage {

namespace {

const QRegularExpression& nameFormat()
{
    // copil-20171011-102500-migration.sqlite
    static const QRegularExpression re(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6})-([a-z-]+?)(?:-\\d+)?(?:\\.sqlite|\\.dump|\\.json)$"));
    return re;
}

void prune(const QString& workspacePath)
{
    const QList<BackupInfo> all = Backups::list(workspacePath);
    for (qsizetype i = Backups::kKept; i < all.size(); ++i) {
        if (QFileInfo(all[i].path).isDir()) {
            QDir(all[i].path).removeRecursively();
        } else {
            QFile::remove(all[i].path);
        }
    }
}

Backups::Archiver& archiver()
{
    static Backups::Archiver a;
    return a;
}

// "copil_sur_db.example.org_5432": a folder name for a server's database.
QString serverStem(const ServerAddress& a)
{
    QString stem =
        a.hostLabel() + u'-' + QString::number(a.port > 0 ? a.port : 5432) + u'-' + a.database;
    for (QChar& c : stem) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.') {
            c = u'_';
        }
    }
    return stem;
}

// A copy of a shared workspace: pg_dump's own format when pg_dump is there, otherwise
// every meeting as JSON.
Status dumpServer(Workspace& ws, const QString& target)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty()) {
        if (!archiver()) {
            return Error{Backups::tr("pg_dump n’est pas installé (paquet postgresql-client) et "
                                     "l’archive JSON n’est pas disponible ici.")};
        }
        return archiver()(ws, target);
    }
    const ServerAddress& a = ws.server();
    // --enable-row-security: with the rules of who may edit on (schema 13), a role other
    // than the owner is dumped through its read policies (every row) instead of refused.
    QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                     QStringLiteral("--enable-row-security"), QStringLiteral("--file"),
                     target, QStringLiteral("--dbname"), a.database};
    if (!a.host.isEmpty()) {
        args << QStringLiteral("--host") << a.host;
    }
    if (a.port > 0) {
        args << QStringLiteral("--port") << QString::number(a.port);
    }
    if (!a.user.isEmpty()) {
        args << QStringLiteral("--username") << a.user;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!ws.password().isEmpty()) {
        env.insert(QStringLiteral("PGPASSWORD"), ws.password());
    }
    p.setProcessEnvironment(env);
    p.start(pgDump, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QFile::remove(target);
        return Error{Backups::tr("pg_dump a échoué : %1")
                         .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed())};
    }
    return {};
}

} // namespace

void Backups::setArchiver(Archiver a)
{
    archiver() = std::move(a);
}

QString Backups::folderOf(const QString& workspacePath)
{
    if (ServerAddress::isUri(workspacePath)) {
        const auto a = ServerAddress::parse(workspacePath);
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/sauvegardes/") +
               (a ? serverStem(a.value()) : QStringLiteral("serveur"));
    }
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".sauvegardes");
}

Result<QString> Backups::make(Workspace& ws, const QString& reason, const QDateTime& when)
{
    const QString folder = folderOf(ws.path());
    if (ws.isShared()) {
        if (!QDir().mkpath(folder)) {
            return Error{tr("Impossible de créer le dossier des sauvegardes %1.")
                             .arg(QDir::toNativeSeparators(folder))};
        }
        const bool dump = !QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty();
        const QString stem = serverStem(ws.server()) + u'-' +
                             when.toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' + reason;
        QString target = QDir(folder).filePath(
            stem + (dump ? QStringLiteral(".dump") : QStringLiteral(".json")));
        for (int n = 2; QFileInfo::exists(target); ++n) {
            target =
                QDir(folder).filePath(stem + QStringLiteral("-%1").arg(n) +
                                      (dump ? QStringLiteral(".dump") : QStringLiteral(".json")));
        }
        if (Status s = dumpServer(ws, target); !s) {
            return s.failure();
        }
        prune(ws.path());
        return target;
    }
    if (!QDir().mkpath(folder)) {
        return Error{tr("Impossible de créer le dossier des sauvegardes %1.")
                         .arg(QDir::toNativeSeparators(folder))};
    }
    const QString stem = QFileInfo(ws.path()).completeBaseName() + u'-' +
                         when.toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' + reason;
    QString target = QDir(folder).filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QDir(folder).filePath(stem + QStringLiteral("-%1.sqlite").arg(n));
    }
    // VACUUM INTO takes a string literal: quotes doubled, the path is ours.
    QString literal = target;
    literal.replace(u'\'', QStringLiteral("''"));
    QSqlQuery q(ws.database());
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(literal))) {
        QFile::remove(target);
        return ws.sqlError(tr("sauvegarde vers %1").arg(QDir::toNativeSeparators(target)),
                           q.lastError());
    }
    prune(ws.path());
    return target;
}

Result<QString> Backups::makeDaily(Workspace& ws, const QDateTime& when)
{
    for (const BackupInfo& b : list(ws.path())) {
        if (b.when.date() == when.date()) {
            return QString();
        }
    }
    return make(ws, QStringLiteral("quotidienne"), when);
}

Result<QString> Backups::keepDamaged(const QString& workspacePath, const QDateTime& when)
{
    const QString folder = folderOf(workspacePath);
    if (!QDir().mkpath(folder)) {
        return Error{tr("Impossible de créer le dossier des sauvegardes %1.")
                         .arg(QDir::toNativeSeparators(folder))};
    }
    const QString target = QDir(folder).filePath(
        QFileInfo(workspacePath).completeBaseName() + u'-' +
        when.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral("-endommage.sqlite.bak"));
    QFile::remove(target);
    if (!QFile::copy(workspacePath, target)) {
        return Error{tr("le fichier endommagé n’a pas pu être gardé dans %1.")
                         .arg(QDir::toNativeSeparators(target))};
    }
    return target;
}

QList<BackupInfo> Backups::list(const QString& workspacePath)
{
    QList<BackupInfo> out;
    const QDir dir(folderOf(workspacePath));
    QString stem = QFileInfo(workspacePath).completeBaseName();
    if (ServerAddress::isUri(workspacePath)) {
        const auto a = ServerAddress::parse(workspacePath);
        stem = a ? serverStem(a.value()) : QString();
    }
    for (const QFileInfo& f : dir.entryInfoList(
             {QStringLiteral("*.sqlite"), QStringLiteral("*.dump"), QStringLiteral("*.json")},
             QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto m = nameFormat().match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != stem) {
            continue;
        }
        out.append({f.absoluteFilePath(),
                    QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss")),
                    m.captured(3), f.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.when != b.when ? a.when > b.when : a.path > b.path;
    });
    return out;
}

Status Backups::restore(const QString& workspacePath, const QString& backupPath)
{
    if (ServerAddress::isUri(workspacePath)) {
        return Error{tr("Une sauvegarde d’un espace partagé se remet en place sur le serveur : "
                        "pg_restore --clean pour un fichier .dump, « copil import » pour chaque "
                        "réunion d’une archive JSON (voir docs/server.md). %1")
                         .arg(QDir::toNativeSeparators(backupPath))};
    }
    // The copy must be a healthy Copil workspace this version can open.
    {
        auto copy = Workspace::open(backupPath, {.createIfMissing = false, .readOnly = true});
        if (!copy) {
            return Error{tr("Cette sauvegarde ne peut pas être restaurée : %1").arg(copy.error())};
        }
        auto problems = copy.value()->checkIntegrity();
        if (!problems || !problems.value().isEmpty()) {
            return Error{tr("La sauvegarde %1 est endommagée : elle n’a pas été restaurée.")
                             .arg(QDir::toNativeSeparators(backupPath))};
        }
    }
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{tr("Impossible de lire %1 : %2")
                         .arg(QDir::toNativeSeparators(backupPath), source.errorString())};
    }
    const QByteArray bytes = source.readAll();
    // What is there now is kept too, when it opens: a restore can itself be undone.
    if (QFileInfo::exists(workspacePath)) {
        auto current = Workspace::open(workspacePath, {.createIfMissing = false});
        if (current) {
            if (auto saved = make(*current.value(), QStringLiteral("avant-restauration")); !saved) {
                return Error{tr("Restauration abandonnée : la version actuelle n’a pas pu être "
                                "sauvegardée d’abord (%1).")
                                 .arg(saved.error())};
            }
        } else if (auto kept = keepDamaged(workspacePath); !kept) {
            // A file SQLite cannot open is kept as it is, byte for byte, out of the rotation.
            return Error{tr("Restauration abandonnée : %1").arg(kept.error())};
        }
    }
    // The old journal files belong to the file being replaced.
    QFile::remove(workspacePath + QStringLiteral("-wal"));
    QFile::remove(workspacePath + QStringLiteral("-shm"));
    QSaveFile target(workspacePath);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size() ||
        !target.commit()) {
        return Error{tr("Impossible d’écrire %1 : %2 ; le fichier précédent est intact.")
                         .arg(QDir::toNativeSeparators(workspacePath), target.errorString())};
    }
    return {};
}

} // namespace copil::storage
