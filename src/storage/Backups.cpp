#include "Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace copil::storage {

namespace {

const QRegularExpression& nameFormat()
{
    // copil-20171011-102500-migration.sqlite
    static const QRegularExpression re(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6})-([a-z-]+)(?:-\\d+)?\\.sqlite$"));
    return re;
}

void prune(const QString& workspacePath)
{
    const QList<BackupInfo> all = Backups::list(workspacePath);
    for (qsizetype i = Backups::kKept; i < all.size(); ++i) {
        QFile::remove(all[i].path);
    }
}

} // namespace

QString Backups::folderOf(const QString& workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".sauvegardes");
}

Result<QString> Backups::make(const Workspace& ws, const QString& reason, const QDateTime& when)
{
    const QString folder = folderOf(ws.path());
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

Result<QString> Backups::makeDaily(const Workspace& ws, const QDateTime& when)
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
    const QString stem = QFileInfo(workspacePath).completeBaseName();
    for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
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
