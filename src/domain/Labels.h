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
