#include "Archive.h"

#include "storage/MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace copil::exchange {

Result<QString> Archive::importFile(storage::Workspace& ws, const QString& path,
                                    ImportOptions options)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("%1 : lecture impossible : %2").arg(shown, file.errorString())};
    }
    const JsonLimits limits;
    if (file.size() > limits.maxFileBytes) {
        return Error{tr("%1 : fichier trop gros (%2 octets, au plus %3)")
                         .arg(shown)
                         .arg(file.size())
                         .arg(limits.maxFileBytes)};
    }
    const QByteArray bytes = file.readAll();
    return importBytes(ws, bytes, shown, options);
}

Result<QString> Archive::importBytes(storage::Workspace& ws, const QByteArray& bytes,
                                     const QString& sourceName, ImportOptions options)
{
    auto parsed = MeetingJson::parse(bytes, sourceName);
    if (!parsed) {
        return parsed.failure();
    }
    domain::MeetingData data = std::move(parsed).value();
    if (options.newIds) {
        domain::assignNewIds(data);
    }
    storage::MeetingRepository meetings(ws);
    if (!options.newIds && meetings.contains(data.meeting.id)) {
        return Error{tr("%1 : la réunion %2 est déjà dans l’espace de travail ; importez-la avec "
                        "de nouveaux identifiants (--new-ids) pour en faire une copie.")
                         .arg(sourceName, data.meeting.id)};
    }
    if (Status s = meetings.insertAll(data); !s) {
        return Error{sourceName + u": " + s.error()};
    }
    return data.meeting.id;
}

Result<QByteArray> Archive::exportBytes(storage::Workspace& ws, const QString& meetingId)
{
    storage::MeetingRepository meetings(ws);
    auto data = meetings.load(meetingId);
    if (!data) {
        return data.failure();
    }
    return MeetingJson::serialize(data.value());
}

Status Archive::writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("%1 : écriture impossible : %2").arg(shown, file.errorString())};
    }
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{tr("%1 : écriture interrompue : %2").arg(shown, why)};
    }
    if (!file.commit()) {
        return Error{tr("%1 : enregistrement impossible : %2").arg(shown, file.errorString())};
    }
    return {};
}

} // namespace copil::exchange
