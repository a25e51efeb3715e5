#pragma once

#include "Participant.h"

#include <QList>
#include <QMap>

namespace copil::domain {

/// Who came, as counted during the welcome.
struct AttendanceCounts {
    int present = 0;
    int excused = 0;
    int absent = 0;
    int expected = 0; ///< not checked in yet
    QMap<OrganisationKind, int> presentByKind;
    QMap<OrganisationKind, int> invitedByKind;
    int total() const { return present + excused + absent + expected; }
};

AttendanceCounts countAttendance(const QList<Participant>& participants);

} // namespace copil::domain
