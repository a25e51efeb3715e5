#pragma once

#include "AgendaItem.h"
#include "Meeting.h"
#include "Note.h"
#include "Participant.h"
#include "Plenary.h"
#include "Subgroup.h"

#include <QList>

namespace copil::domain {

/// A whole meeting with everything it holds: the unit of templates and archives.
struct MeetingData {
    Meeting meeting;
    QList<Participant> participants;
    QList<AgendaItem> agenda;
    QList<Subgroup> subgroups;
    QList<GuidingQuestion> questions;
    QList<PriorityItem> priorityItems;
    QList<Criterion> criteria;
    QList<DotVote> dotVotes;
    QList<CriterionScore> scores;
    QList<Solution> solutions;
    QList<Note> notes;
    QList<Statement> statements;
    QList<Decision> decisions;
    QList<ActionItem> actions;
    QList<PrioritySelection> selections;
    bool operator==(const MeetingData&) const = default;
};

/// A fresh stable id (UUID text without braces).
QString newId();

/// Gives every entity of data a fresh id and rewrites all references to match, so a
/// template or a previous meeting can be copied into a workspace that already holds it.
void assignNewIds(MeetingData& data);

/// Puts every list in its canonical order (by position, then id), the order in which
/// storage returns them, so that two copies of a meeting compare equal.
void sortCanonically(MeetingData& data);

} // namespace copil::domain
