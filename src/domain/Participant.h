#pragma once

#include "Enums.h"
#include "Revision.h"

#include <QString>

namespace copil::domain {

/// A person invited to a meeting, with attendance and subgroup membership.
struct Participant {
    QString id;
    int position = 0; ///< order in the list of participants
    QString name;
    QString organisation;
    OrganisationKind organisationKind = OrganisationKind::Other;
    ParticipantRole role = ParticipantRole::Member;
    Attendance attendance = Attendance::Expected;
    QString subgroupId; ///< empty when the person is in no subgroup
    QString email;
    Civility civility = Civility::None; ///< Mme, M. or unknown: the documents agree with it
    Revision rowRevision{};             ///< the stored version this was read from
    bool operator==(const Participant&) const = default;
};

} // namespace copil::domain
