#pragma once

#include "SqlTable.h"
#include "domain/MeetingData.h"

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

} // namespace copil::storage::sql
