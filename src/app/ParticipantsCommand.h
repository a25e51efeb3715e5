#pragma once

#include "domain/Result.h"
#include "storage/Workspace.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace copil::app {

/// What `copil participants …` was given.
struct ParticipantsOptions {
    QString meeting;
    QString output;
    bool dryRun = false;
    bool withDuplicates = false;
    bool withoutSubgroup = false;
    /// Opens the workspace (read-only or not); on failure, cannotOpen says why.
    std::function<domain::Result<std::unique_ptr<storage::Workspace>>(bool readOnly)> open;
    std::function<int(const QString& error)> cannotOpen;
};

/// `copil participants import FILE.csv --meeting ID [--dry-run] [--with-duplicates]
/// [--without-subgroup]` and `copil participants export --meeting ID -o FILE.csv`, with the
/// reader, the preview and the messages of the window's import. positional starts with
/// "participants". Returns the exit code (2: usage, or nothing could be read).
int runParticipants(const QStringList& positional, const ParticipantsOptions& options);
/// The lines of `copil --help` about these commands.
QString participantsUsage();

} // namespace copil::app
