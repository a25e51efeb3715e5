#include "ParticipantRepository.h"

#include "Tables.h"

namespace copil::storage {

using domain::Validation;

Result<QList<domain::Participant>>
ParticipantRepository::participants(const QString& meetingId) const
{
    return rowsOf(sql::participantTable(), sql::kOfMeeting.toString(), meetingId);
}

Status ParticipantRepository::insert(const QString& meetingId, const domain::Participant& p)
{
    return add(sql::participantTable(), meetingId, p,
               Validation::checkParticipant(p, QStringLiteral("participant")));
}

Status ParticipantRepository::update(const QString& meetingId, const domain::Participant& p)
{
    return change(sql::participantTable(), meetingId, p,
                  Validation::checkParticipant(p, QStringLiteral("participant")));
}

Status ParticipantRepository::remove(const QString& meetingId, const QString& participantId)
{
    return drop(sql::participantTable(), meetingId, participantId);
}

} // namespace copil::storage
