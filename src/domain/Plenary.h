#pragma once

#include "Enums.h"
#include "Revision.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace copil::domain {

/// A finding ("constat") or a recommendation ("préconisation") debated in plenary.
struct Statement {
    QString id;
    StatementKind kind = StatementKind::Finding;
    QString agendaItemId; ///< plenary item where it is presented, may be empty
    int position = 0;
    QString text;
    QString debate; ///< support, reservations, amendments
    StatementStatus status = StatementStatus::Pending;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const Statement&) const = default;
};

struct Decision {
    QString id;
    QString agendaItemId; ///< may be empty
    int position = 0;
    QString text;
    QDateTime decidedAt;    ///< may be null
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const Decision&) const = default;
};

struct ActionItem {
    QString id;
    int position = 0;
    QString what;
    QString ownerParticipantId; ///< may be empty
    QString ownerOrganisation;  ///< free text when the owner is an organisation
    QDate dueDate;              ///< may be null
    ActionStatus status = ActionStatus::Open;
    /// The action of an earlier meeting this one continues (« Suivi des actions »); empty
    /// for an action decided in this meeting. Not checked: that meeting may be gone.
    QString continuesActionId{};
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const ActionItem&) const = default;
};

} // namespace copil::domain
