#pragma once

#include "domain/Participant.h"
#include "domain/Result.h"
#include "domain/Subgroup.h"

#include <QCoreApplication>
#include <QList>

namespace copil::exchange {

/// A list of participants read from a spreadsheet's CSV export, before anything is saved.
class ParticipantCsv {
    Q_DECLARE_TR_FUNCTIONS(ParticipantCsv)

public:
    QList<domain::Participant> people; ///< the good lines, with fresh ids
    QList<int> lines;                  ///< the line each person was read from
    QStringList errors;                ///< one per bad line: "ligne 7 : …"
    QStringList ignoredColumns;        ///< header names Copil does not know

    /// Reads CSV text: comma, semicolon or tab separated (guessed from the header),
    /// UTF-8 with or without a byte-order mark, fields quoted with "…" ("" for a quote,
    /// line breaks allowed inside). The first line names the columns: civilité (Mme, M.),
    /// nom (or prénom and nom), organisation, type, rôle, sous-groupe, présence, courriel; English
    /// names are understood too. Subgroups are matched by number or title. Fails as a whole only
    /// when the file cannot be read as a list (encoding, no name column, open quote).
    static domain::Result<ParticipantCsv> parse(const QByteArray& bytes, const QString& sourceName,
                                                const QList<domain::Subgroup>& subgroups);
    static domain::Result<ParticipantCsv> readFile(const QString& path,
                                                   const QList<domain::Subgroup>& subgroups);
};

} // namespace copil::exchange
