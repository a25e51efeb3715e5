#include "Attendance.h"

namespace copil::domain {

AttendanceCounts countAttendance(const QList<Participant>& participants)
{
    AttendanceCounts c;
    for (const auto& p : participants) {
        ++c.invitedByKind[p.organisationKind];
        switch (p.attendance) {
        case Attendance::Present:
            ++c.present;
            ++c.presentByKind[p.organisationKind];
            break;
        case Attendance::Excused:
            ++c.excused;
            break;
        case Attendance::Absent:
            ++c.absent;
            break;
        case Attendance::Expected:
            ++c.expected;
            break;
        }
    }
    return c;
}

} // namespace copil::domain
