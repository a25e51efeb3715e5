#pragma once

#include "SqlTable.h"
#include "domain/Change.h"
#include "domain/MeetingData.h"
#include "domain/Validation.h"

#include <optional>

namespace copil::storage::sql {

// The description of every table, in one place.
const Table<domain::Meeting>& meetingTable();
const Table<domain::Participant>& participantTable();
const Table<domain::AgendaItem>& agendaTable();
const Table<domain::Subgroup>& subgroupTable();
const Table<domain::GuidingQuestion>& questionTable();
const Table<domain::PriorityItem>& priorityItemTable();
const Table<domain::Criterion>& criterionTable();
const Table<domain::DotVote>& dotVoteTable();
const Table<domain::CriterionScore>& scoreTable();
const Table<domain::Solution>& solutionTable();
const Table<domain::Note>& noteTable();
const Table<domain::Statement>& statementTable();
const Table<domain::Decision>& decisionTable();
const Table<domain::ActionItem>& actionTable();
const Table<domain::PrioritySelection>& selectionTable();

// WHERE clauses selecting the rows of one meeting (one ? bound to the meeting id).
inline constexpr QStringView kOfMeeting = u"meeting_id = ?";
inline constexpr QStringView kOfMeetingSubgroups =
    u"subgroup_id IN (SELECT id FROM subgroup WHERE meeting_id = ?)";
inline constexpr QStringView kOfMeetingItems =
    u"item_id IN (SELECT p.id FROM priority_item p JOIN subgroup s ON p.subgroup_id = s.id "
    u"WHERE s.meeting_id = ?)";

/// What this layer knows of each kind of row: its table, its kind, the WHERE clause
/// selecting the rows of one meeting (one ? bound to the meeting id), its rules.
template <class T> struct RowTraits;

#define COPIL_ROW_TRAITS(Type, tableFunction, Kind, where, checkFunction, path)                    \
    template <> struct RowTraits<domain::Type> {                                                   \
        static const Table<domain::Type>& table() { return tableFunction(); }                      \
        static constexpr domain::EntityKind kind = domain::EntityKind::Kind;                       \
        static QStringView ofMeeting() { return where; }                                           \
        static domain::ValidationIssues check(const domain::Type& x)                               \
        {                                                                                          \
            return domain::Validation::checkFunction(x, QStringLiteral(path));                     \
        }                                                                                          \
    };
COPIL_ROW_TRAITS(Meeting, meetingTable, Meeting, u"id = ?", checkMeeting, "meeting")
COPIL_ROW_TRAITS(Participant, participantTable, Participant, kOfMeeting, checkParticipant,
                 "participant")
COPIL_ROW_TRAITS(AgendaItem, agendaTable, AgendaItem, kOfMeeting, checkAgendaItem, "agenda")
COPIL_ROW_TRAITS(Subgroup, subgroupTable, Subgroup, kOfMeeting, checkSubgroup, "subgroup")
COPIL_ROW_TRAITS(GuidingQuestion, questionTable, Question, kOfMeetingSubgroups, checkQuestion,
                 "question")
COPIL_ROW_TRAITS(PriorityItem, priorityItemTable, PriorityItem, kOfMeetingSubgroups,
                 checkPriorityItem, "priorityItem")
COPIL_ROW_TRAITS(Criterion, criterionTable, Criterion, kOfMeetingSubgroups, checkCriterion,
                 "criterion")
COPIL_ROW_TRAITS(DotVote, dotVoteTable, DotVote, kOfMeetingItems, checkDotVote, "dotVote")
COPIL_ROW_TRAITS(CriterionScore, scoreTable, Score, kOfMeetingItems, checkScore, "score")
COPIL_ROW_TRAITS(Solution, solutionTable, Solution, kOfMeetingItems, checkSolution, "solution")
COPIL_ROW_TRAITS(Note, noteTable, Note, kOfMeeting, checkNote, "note")
COPIL_ROW_TRAITS(Statement, statementTable, Statement, kOfMeeting, checkStatement, "statement")
COPIL_ROW_TRAITS(Decision, decisionTable, Decision, kOfMeeting, checkDecision, "decision")
COPIL_ROW_TRAITS(ActionItem, actionTable, Action, kOfMeeting, checkAction, "action")
COPIL_ROW_TRAITS(PrioritySelection, selectionTable, Selection, kOfMeetingSubgroups, checkSelection,
                 "selection")
#undef COPIL_ROW_TRAITS

/// The kind of row a table of this layer holds ("agenda_item"), none for another name.
std::optional<domain::EntityKind> kindOfTable(const QString& table);

/// A row that goes with another when that one is removed: removed with it (the database
/// cascades) or kept with its reference emptied (SET NULL).
struct Dependence {
    domain::EntityKind kind; ///< the kind of the dependent rows
    QString table;
    QString column; ///< the column that refers to the removed row
    bool removed;   ///< true: removed with it; false: the reference is emptied
};
/// The rows the schema removes or updates when a row of this kind is removed (foreign
/// keys and the note triggers of the schema; keep in step with resources/sql).
const QList<Dependence>& dependencesOf(domain::EntityKind kind);

} // namespace copil::storage::sql
