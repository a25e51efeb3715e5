#include "FileArgument.h"

#include <QFile>
#include <QFileInfo>

namespace copil::app {

namespace {

const QStringList kFileCommands{QStringLiteral("import"),  QStringLiteral("list"),
                                QStringLiteral("export"),  QStringLiteral("check"),
                                QStringLiteral("backups"), QStringLiteral("restore"),
                                QStringLiteral("copy")};

// Options followed by a value (the others stand alone).
const QStringList kFileValueOptions{QStringLiteral("--db"), QStringLiteral("--lang"),
                                    QStringLiteral("--pane"), QStringLiteral("--simulate-time"),
                                    QStringLiteral("--projector")};

FileKind kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"copil" || suffix == u"sqlite" || suffix == u"db") {
        return FileKind::Workspace;
    }
    if (suffix == u"json") {
        return FileKind::Meeting;
    }
    // Another name: what the first bytes say.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return FileKind::None;
    }
    const QByteArray head = file.read(64);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3"))) {
        return FileKind::Workspace;
    }
    if (head.trimmed().startsWith('{')) {
        return FileKind::Meeting;
    }
    return FileKind::None;
}

} // namespace

FileArgument fileArgument(const QStringList& args)
{
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (kFileValueOptions.contains(args[i])) {
            ++i;
        } else if (!args[i].startsWith(u'-')) {
            positional << args[i];
        }
    }
    if (positional.size() != 1 || kFileCommands.contains(positional.front())) {
        return {};
    }
    const QString& path = positional.front();
    if (!QFileInfo(path).isFile()) {
        return {};
    }
    const FileKind kind = kindOf(path);
    return kind == FileKind::None ? FileArgument{} : FileArgument{kind, path};
}

} // namespace copil::app
