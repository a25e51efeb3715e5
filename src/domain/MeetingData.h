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
/// The canonical order of each kind of row (the ORDER BY of storage).
bool canonicalLess(const Participant& a, const Participant& b);
bool canonicalLess(const AgendaItem& a, const AgendaItem& b);
bool canonicalLess(const Subgroup& a, const Subgroup& b);
bool canonicalLess(const GuidingQuestion& a, const GuidingQuestion& b);
bool canonicalLess(const PriorityItem& a, const PriorityItem& b);
bool canonicalLess(const Criterion& a, const Criterion& b);
bool canonicalLess(const DotVote& a, const DotVote& b);
bool canonicalLess(const CriterionScore& a, const CriterionScore& b);
bool canonicalLess(const Solution& a, const Solution& b);
bool canonicalLess(const Note& a, const Note& b);
bool canonicalLess(const Statement& a, const Statement& b);
bool canonicalLess(const Decision& a, const Decision& b);
bool canonicalLess(const ActionItem& a, const ActionItem& b);
bool canonicalLess(const PrioritySelection& a, const PrioritySelection& b);
void sortCanonically(QList<Participant>& list);
void sortCanonically(QList<AgendaItem>& list);
void sortCanonically(QList<Subgroup>& list);
void sortCanonically(QList<GuidingQuestion>& list);
void sortCanonically(QList<PriorityItem>& list);
void sortCanonically(QList<Criterion>& list);
void sortCanonically(QList<DotVote>& list);
void sortCanonically(QList<CriterionScore>& list);
void sortCanonically(QList<Solution>& list);
void sortCanonically(QList<Note>& list);
void sortCanonically(QList<Statement>& list);
void sortCanonically(QList<Decision>& list);
void sortCanonically(QList<ActionItem>& list);
void sortCanonically(QList<PrioritySelection>& list);

/// The list of data holding rows of type T (data.notes for Note…), for code written
/// once over every kind of row.
template <class T> QList<T>& rowsOf(MeetingData& data);
template <class T> const QList<T>& rowsOf(const MeetingData& data)
{
    return rowsOf<T>(const_cast<MeetingData&>(data));
}
template <> inline QList<Participant>& rowsOf(MeetingData& d)
{
    return d.participants;
}
template <> inline QList<AgendaItem>& rowsOf(MeetingData& d)
{
    return d.agenda;
}
template <> inline QList<Subgroup>& rowsOf(MeetingData& d)
{
    return d.subgroups;
}
template <> inline QList<GuidingQuestion>& rowsOf(MeetingData& d)
{
    return d.questions;
}
template <> inline QList<PriorityItem>& rowsOf(MeetingData& d)
{
    return d.priorityItems;
}
template <> inline QList<Criterion>& rowsOf(MeetingData& d)
{
    return d.criteria;
}
template <> inline QList<DotVote>& rowsOf(MeetingData& d)
{
    return d.dotVotes;
}
template <> inline QList<CriterionScore>& rowsOf(MeetingData& d)
{
    return d.scores;
}
template <> inline QList<Solution>& rowsOf(MeetingData& d)
{
    return d.solutions;
}
template <> inline QList<Note>& rowsOf(MeetingData& d)
{
    return d.notes;
}
template <> inline QList<Statement>& rowsOf(MeetingData& d)
{
    return d.statements;
}
template <> inline QList<Decision>& rowsOf(MeetingData& d)
{
    return d.decisions;
}
template <> inline QList<ActionItem>& rowsOf(MeetingData& d)
{
    return d.actions;
}
template <> inline QList<PrioritySelection>& rowsOf(MeetingData& d)
{
    return d.selections;
}

/// The row with that id in list, or null.
template <class T> const T* findRow(const QList<T>& list, const QString& id)
{
    for (const T& x : list) {
        if (x.id == id) {
            return &x;
        }
    }
    return nullptr;
}
/// Not on a temporary list: the pointer would outlive the row it points to.
template <class T> const T* findRow(QList<T>&& list, const QString& id) = delete;

} // namespace copil::domain
