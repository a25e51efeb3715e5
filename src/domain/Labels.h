#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QString>

namespace copil::domain {

/// Names of enumeration values for people, in the interface language.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(OrganisationKind v);
    static QString of(ParticipantRole v);
    /// "Mme", "M." or an empty string, as written before a name.
    static QString of(Civility v);
    /// The role as written in the documents, agreeing with the civility: "animatrice" for
    /// Mme, "animateur" for M., both forms when the civility is unknown. Lower case.
    static QString roleOf(ParticipantRole v, Civility c);
    /// "Mme Sara Benali", "M. Karim Ait", "Sara Benali" (no civility), in the documents.
    static QString civilName(Civility c, const QString& name);
    static QString of(Attendance v);
    static QString of(AgendaItemKind v);
    static QString of(QuestionProgress v);
    static QString of(NoteKind v);
    static QString of(StatementKind v);
    static QString of(StatementStatus v);
    static QString of(CarrierKind v);
    static QString of(ActionStatus v);
};

} // namespace copil::domain
