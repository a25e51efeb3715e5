#pragma once

#include "domain/Timekeeping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copil::gui {

/// One piece of a duration as the room reads it: a number (drawn large) or a unit.
struct TimePart {
    QString text;
    bool number = false;
    bool operator==(const TimePart&) const = default;
};

/// The words of the room's screen: durations written out (« 14 min 49 s », « 1 h 05 »),
/// never as a time of day, and the phase of a running item in words for those who do
/// not see the colours.
class ProjectorText {
    Q_DECLARE_TR_FUNCTIONS(ProjectorText)

public:
    /// « 14 min 49 s », « 1 h 05 » (minutes only from an hour), « 45 s », each number
    /// bound to its unit by a no-break space; the sign is ignored.
    static QList<TimePart> duration(qint64 seconds);
    static QString join(const QList<TimePart>& parts);
    /// A delay to the minute: « 18 min », « 1 h 05 ».
    static QString minutes(qint64 seconds);
    /// What is written above the digits: « reste », « dépassé de », « en pause · reste ».
    static QString caption(const domain::LiveStatus& status);
    /// « reste 14 min 49 s », « dépassé de 3 min 20 s ».
    static QString remaining(const domain::LiveStatus& status);
    /// « dans les temps », « dernières minutes », « temps dépassé », « en pause ».
    static QString phase(const domain::LiveStatus& status);
};

} // namespace copil::gui
