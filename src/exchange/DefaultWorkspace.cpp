#include "DefaultWorkspace.h"

#include "Archive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace copil::exchange {

QString DefaultWorkspace::seedTemplate()
{
    return QStringLiteral(":/copil/templates/villes-vivre-ensemble-copil6.json");
}

QString DefaultWorkspace::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/copil.sqlite";
}

Result<std::unique_ptr<storage::Workspace>> DefaultWorkspace::open(const QString& path, bool daily)
{
    if (QFileInfo::exists(path)) {
        return storage::Workspace::open(path, {.createIfMissing = false, .dailyBackup = daily});
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return domain::Error{tr("Impossible de créer le dossier %1.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    const QString building = path + u".building";
    for (const QString& stale : QStringList{building, building + u"-wal", building + u"-shm"}) {
        QFile::remove(stale); // left by a first launch that was interrupted
    }
    {
        auto ws = storage::Workspace::open(building);
        if (!ws) {
            return ws.failure();
        }
        auto imported = Archive::importFile(*ws.value(), seedTemplate());
        if (!imported) {
            return imported.failure();
        }
    }
    if (!QFile::rename(building, path)) {
        return domain::Error{
            tr("Impossible de renommer %1 en %2.")
                .arg(QDir::toNativeSeparators(building), QDir::toNativeSeparators(path))};
    }
    return storage::Workspace::open(path, {.createIfMissing = false});
}

} // namespace copil::exchange
