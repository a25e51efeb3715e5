#include "ParticipantRepository.h"

#include "Tables.h"

namespace copil::storage {

using domain::Validation;

Result<QList<domain::Participant>>
ParticipantRepository::participants(const QString& meetingId) const
{
    return rowsOf<domain::Participant>(meetingId);
}

Status ParticipantRepository::insert(const QString& meetingId, const domain::Participant& p)
{
    return add(meetingId, p);
}

Status ParticipantRepository::update(const QString& meetingId, const domain::Participant& p)
{
    return change(meetingId, p);
}

Status ParticipantRepository::remove(const QString& meetingId, const QString& participantId)
{
    return drop<domain::Participant>(meetingId, participantId);
}

} // namespace copil::storage
