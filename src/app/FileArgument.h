#pragma once

#include <QString>
#include <QStringList>

namespace copil::app {

/// What a file given alone on the command line is (`copil %f` from the desktop entry,
/// a double-click in a file manager).
enum class FileKind { None, Workspace, Meeting };

struct FileArgument {
    FileKind kind = FileKind::None;
    QString path;
};

/// The lone file argument of `copil FILE [--lang …]`: a workspace (SQLite inside, or the
/// .copil / .sqlite extension) or a meeting file (a JSON archive or template). None when
/// the arguments name a sub-command or the path is not an existing file.
FileArgument fileArgument(const QStringList& args);

} // namespace copil::app
