#pragma once

#include "Enums.h"
#include "Revision.h"

#include <QDateTime>
#include <QString>

namespace copil::domain {

/// A note taken during the meeting, attached to a question, a prioritised item,
/// a solution, an agenda item (plenary parts included) or a finding/recommendation.
struct Note {
    QString id;
    NoteTarget targetType = NoteTarget::AgendaItem;
    QString targetId;
    int position = 0;
    NoteKind kind = NoteKind::Remark;
    QString text;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const Note&) const = default;
};

} // namespace copil::domain
