#pragma once

#include "MeetingData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copil::domain {

/// One broken rule: where (a path in the JSON format's field names, e.g.
/// "agenda[3].plannedEnd") and what, in words a person can act on.
struct ValidationIssue {
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};
using ValidationIssues = QList<ValidationIssue>;

/// The rules of the domain. Every function is pure: it only reports, never fixes.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    /// Every rule over a whole meeting: fields, ranges, unique ids, references,
    /// agenda placement (inside the day, inside the parent; overlaps in a track are left
    /// to checkAgendaPlacement, as warnings),
    /// dot limits and score ranges.
    static ValidationIssues validateMeeting(const MeetingData& data);

    // Rules on one entity alone, for editors and repositories.
    static ValidationIssues checkMeeting(const Meeting& meeting, const QString& path);
    static ValidationIssues checkAgendaItem(const AgendaItem& item, const QString& path);
    static ValidationIssues checkParticipant(const Participant& p, const QString& path);
    static ValidationIssues checkSubgroup(const Subgroup& s, const QString& path);
    static ValidationIssues checkQuestion(const GuidingQuestion& q, const QString& path);
    static ValidationIssues checkPriorityItem(const PriorityItem& item, const QString& path);
    static ValidationIssues checkCriterion(const Criterion& c, const QString& path);
    static ValidationIssues checkDotVote(const DotVote& v, const QString& path);
    static ValidationIssues checkScore(const CriterionScore& s, const QString& path);
    static ValidationIssues checkSolution(const Solution& s, const QString& path);
    static ValidationIssues checkNote(const Note& n, const QString& path);
    static ValidationIssues checkStatement(const Statement& s, const QString& path);
    static ValidationIssues checkDecision(const Decision& d, const QString& path);
    static ValidationIssues checkAction(const ActionItem& a, const QString& path);
    static ValidationIssues checkSelection(const PrioritySelection& s, const QString& path);

    /// Agenda rules that involve several items: parent exists and contains its
    /// children, no cycle, inside the meeting's day, siblings of one track do not
    /// overlap unless one of them allows it.
    /// With includeOverlaps false, overlaps are left out: an editor shows them as
    /// warnings (the timeline flags them) rather than refusing the edit.
    static ValidationIssues checkAgendaPlacement(const QList<AgendaItem>& agenda,
                                                 const Meeting& meeting,
                                                 bool includeOverlaps = true);

    /// Joins issues into one message, at most `limit` lines plus a count of the rest.
    static QString summary(const ValidationIssues& issues, int limit = 10);
};

} // namespace copil::domain
