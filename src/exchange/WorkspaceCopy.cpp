#include "WorkspaceCopy.h"

#include "Archive.h"
#include "MeetingJson.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QDir>

namespace copil::exchange {

using domain::Error;

domain::Result<WorkspaceCopy::Report> WorkspaceCopy::copy(const QString& from, const QString& to)
{
    auto source = storage::Workspace::open(from, {.createIfMissing = false, .readOnly = true});
    if (!source) {
        return source.failure();
    }
    auto target = storage::Workspace::open(to);
    if (!target) {
        return target.failure();
    }
    storage::MeetingRepository in(*source.value());
    storage::MeetingRepository out(*target.value());
    auto meetings = in.meetings();
    if (!meetings) {
        return meetings.failure();
    }
    for (const auto& m : meetings.value()) {
        if (out.contains(m.id)) {
            return Error{tr("%1 contient déjà la réunion « %2 » (%3) : rien n’a été copié.")
                             .arg(target.value()->displayName(), m.title, m.id)};
        }
    }
    Report report;
    for (const auto& m : meetings.value()) {
        auto data = in.load(m.id);
        if (!data) {
            return data.failure();
        }
        if (domain::Status s = out.insertAll(data.value()); !s) {
            return Error{tr("Copie de « %1 » vers %2 impossible : %3")
                             .arg(m.title, target.value()->displayName(), s.error()),
                         s.fault()};
        }
        ++report.meetings;
        report.rows += 1 + data.value().participants.size() + data.value().agenda.size() +
                       data.value().subgroups.size() + data.value().questions.size() +
                       data.value().priorityItems.size() + data.value().criteria.size() +
                       data.value().dotVotes.size() + data.value().scores.size() +
                       data.value().solutions.size() + data.value().notes.size() +
                       data.value().statements.size() + data.value().decisions.size() +
                       data.value().actions.size() + data.value().selections.size();
        // Checked as the archive a person would export: read back from the target.
        auto written = Archive::exportBytes(*target.value(), m.id);
        auto original = Archive::exportBytes(*source.value(), m.id);
        if (!written || !original) {
            return (!written ? written : original).failure();
        }
        if (written.value() != original.value()) {
            return Error{tr("La réunion « %1 » copiée dans %2 diffère de l’originale (export "
                            "JSON comparé) : la copie n’est pas fidèle.")
                             .arg(m.title, target.value()->displayName())};
        }
    }
    return report;
}

domain::Status WorkspaceCopy::archiveAll(storage::Workspace& ws, const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        return Error{
            tr("Impossible de créer le dossier %1.").arg(QDir::toNativeSeparators(folder))};
    }
    auto meetings = storage::MeetingRepository(ws).meetings();
    if (!meetings) {
        return meetings.failure();
    }
    int n = 0;
    for (const auto& m : meetings.value()) {
        auto bytes = Archive::exportBytes(ws, m.id);
        if (!bytes) {
            return bytes.failure();
        }
        const QString file = QDir(folder).filePath(
            QStringLiteral("%1-%2.json").arg(++n, 3, 10, QLatin1Char('0')).arg(m.id));
        if (domain::Status s = Archive::writeFileAtomically(file, bytes.value()); !s) {
            return s;
        }
    }
    return {};
}

void installWorkspaceArchiver()
{
    storage::Backups::setArchiver(&WorkspaceCopy::archiveAll);
}

} // namespace copil::exchange
