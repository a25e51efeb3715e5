#pragma once

#include "domain/MeetingData.h"

#include <QByteArray>
#include <QDateTime>

namespace copil::exchange {

/// The agenda as an iCalendar file (RFC 5545): one VEVENT per agenda item in
/// Europe/Paris time with its VTIMEZONE, UIDs from the items' ids, locations from rooms
/// and tracks. `stamp` is the DTSTAMP (the time of export). Lines are folded at 75
/// octets and end in CRLF; text values are escaped.
QByteArray renderIcs(const domain::MeetingData& data, const QDateTime& stamp);

/// Escapes an iCalendar TEXT value (exposed for tests).
QString escapeIcsText(const QString& text);

} // namespace copil::exchange
