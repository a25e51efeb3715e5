#pragma once

#include "domain/Participant.h"
#include "domain/Result.h"
#include "domain/Subgroup.h"

#include <QCoreApplication>
#include <QList>

namespace copil::exchange {

/// A list of participants read from a spreadsheet's CSV export, before anything is saved,
/// compared with the people already in the meeting.
class ParticipantCsv {
    Q_DECLARE_TR_FUNCTIONS(ParticipantCsv)

public:
    QList<domain::Participant> people; ///< the good lines, with fresh ids
    QList<int> lines;                  ///< the line each person was read from
    /// Parallel to people: the id of the person of the meeting they already are (same name
    /// and organisation, case and accents aside, or same e-mail), or empty.
    QStringList alreadyIn;
    /// Parallel to people: an earlier line of the same file with the same person, or 0.
    QList<int> repeatOf;
    /// Parallel to people: the subgroup the line names that the meeting does not have
    /// (the person would be imported without one), or empty.
    QStringList missingSubgroup;
    QStringList errors;         ///< one per bad line: "ligne 7 : …"
    QStringList ignoredColumns; ///< header names Copil does not know
    QString encoding;           ///< how the bytes were read: "UTF-8", "Windows-1252", "UTF-16"
    QChar separator;            ///< ';', ',' or '\t'
    bool meetingHasSubgroups = false;

    /// Reads CSV text: comma, semicolon or tab separated (guessed from the header), valid
    /// UTF-8 (with or without a byte-order mark) as UTF-8, UTF-16 with its byte-order mark,
    /// anything else as Windows-1252 (what a French Excel writes for « CSV (séparateur :
    /// point-virgule) »); CRLF or LF; fields quoted with "…" ("" for a quote, line breaks
    /// allowed inside). The first line names the columns: nom (or prénom and nom),
    /// organisation, type, rôle, sous-groupe, présence, courriel, civilité (Mme, M.); English names
    /// are understood too. Values (type, rôle, présence) are read in French and English, with or
    /// without accents, masculine or feminine, whatever the interface language. Subgroups
    /// are matched by number or title; a subgroup the meeting does not have does not refuse
    /// the line (see missingSubgroup). People already in `existing` are marked (alreadyIn).
    /// Fails as a whole only when the file cannot be read as a list (too big, empty, no name
    /// column, open quote); the message starts with sourceName.
    static domain::Result<ParticipantCsv> parse(const QByteArray& bytes, const QString& sourceName,
                                                const QList<domain::Subgroup>& subgroups,
                                                const QList<domain::Participant>& existing = {});
    static domain::Result<ParticipantCsv> readFile(const QString& path,
                                                   const QList<domain::Subgroup>& subgroups,
                                                   const QList<domain::Participant>& existing = {});

    /// Whether person i is in the meeting already or earlier in the file.
    bool isDuplicate(qsizetype i) const { return !alreadyIn[i].isEmpty() || repeatOf[i] > 0; }
    /// What the preview says of person i: « déjà inscrit », « en double (ligne 3) »,
    /// « sans sous-groupe (« 3 » inconnu) », or empty for a plain new person.
    QString statusOf(qsizetype i) const;
    /// Counts for the preview.
    int duplicateCount() const;
    int missingSubgroupCount() const;
    /// What is said once about the subgroups the meeting does not have, or empty.
    QString subgroupNotice() const;
    /// Whether person i is imported when nothing else is chosen: not a duplicate, and with a
    /// subgroup the meeting has (or none).
    bool importedByDefault(qsizetype i) const
    {
        return !isDuplicate(i) && missingSubgroup[i].isEmpty();
    }
    /// The people to add: those chosen (chosen[i], parallel to people), except those whose
    /// subgroup the meeting lacks unless withoutMissingSubgroups; positions follow
    /// firstPosition in file order.
    QList<domain::Participant> selection(const QList<bool>& chosen, bool withoutMissingSubgroups,
                                         int firstPosition) const;
    /// The default choice for every person (importedByDefault), duplicates added when
    /// withDuplicates.
    QList<bool> defaultChoice(bool withDuplicates = false) const;

    /// The participants as a French spreadsheet opens them: UTF-8 with a byte-order mark,
    /// ';' separated, CRLF, a header line; parse() reads it back to the same people (ids
    /// aside). Cells a spreadsheet would take for a formula (=, +, -, @) get a leading «'».
    static QByteArray write(const QList<domain::Participant>& people,
                            const QList<domain::Subgroup>& subgroups);
};

} // namespace copil::exchange
