#pragma once

#include "MinutesDocument.h"
#include "domain/MeetingData.h"

#include <QCoreApplication>
#include <QDateTime>

namespace copil::exchange {

/// What goes into a document built from a meeting.
struct MinutesOptions {
    enum class Variant { Minutes, Decisions, Agenda, AttendanceSheet };
    Variant variant = Variant::Minutes;
    bool attendance = true;        ///< who was present, excused, absent
    bool voteDetails = true;       ///< dots and per-criterion scores, not only the ranking
    bool notes = true;             ///< the notes taken during the sessions
    bool emptyParts = true;        ///< plenary parts without notes: said so (true) or left out
    bool sheetPerSubgroup = false; ///< attendance sheet: one sheet per subgroup, then the rest
    int blankRows = 6;             ///< attendance sheet: empty rows for people not on the list
    bool validated = false;        ///< false: a draft marked "Projet" on every page
    QString validatedBy;           ///< shown when validated
    QDateTime validatedAt;         ///< shown when validated
};

/// Builds the document model of the minutes ("compte rendu"), the record of decisions
/// ("relevé de décisions"), the agenda handout or the attendance sheet ("feuille
/// d'émargement") from a whole meeting, in the language
/// of the installed translation and the default QLocale. Pure: no I/O.
class Minutes {
    Q_DECLARE_TR_FUNCTIONS(Minutes)

public:
    static Document build(const domain::MeetingData& data, const MinutesOptions& options);
};

} // namespace copil::exchange
