#pragma once

#include "MinutesDocument.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace copil::exchange {

/// French typography for documents (minutes, record of decisions, agenda, attendance
/// sheet); what is stored is never changed, only what a document prints. Pure functions.
namespace typography {

inline constexpr QChar kNbsp = QChar(0x00A0);       ///< no-break space, before « : »
inline constexpr QChar kNarrowNbsp = QChar(0x202F); ///< narrow no-break space: ; ! ? « »

/// Applies the rules to one text: a no-break space before « : », a narrow one before
/// « ; ! ? » and inside « », straight quotes and apostrophes as « » and ’, a no-break
/// space between a number and its unit (« 10 min », « 9 h 45 », « n° 6 »). Idempotent;
/// leaves times (10:00), addresses (https://…) and decimals alone.
QString french(const QString& text);

/// Every text of the document through french(): title, lines, cells, labels.
void applyFrench(Document& doc);

/// « 9 h 45 », « 16 h » (French) or « 09:45 » (English); empty for an invalid time.
QString time(QTime t, bool french);

/// « mercredi 11 octobre 2017 », « dimanche 1er octobre 2017 » (French) or the locale's
/// long format (English).
QString date(QDate d, bool french);

} // namespace typography

} // namespace copil::exchange
