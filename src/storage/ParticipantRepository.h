#pragma once

#include "Repository.h"
#include "domain/Participant.h"

namespace copil::storage {

/// The participants of the meetings, with attendance and subgroup membership.
class ParticipantRepository : public Repository {
    Q_OBJECT

public:
    using Repository::Repository;

    Result<QList<domain::Participant>> participants(const QString& meetingId) const;
    Status insert(const QString& meetingId, const domain::Participant& participant);
    Status update(const QString& meetingId, const domain::Participant& participant);
    /// Removes the person; their dot votes go with them, their subgroup loses its
    /// rapporteur if they were it, actions they owned keep their text.
    Status remove(const QString& meetingId, const QString& participantId);
};

} // namespace copil::storage
