#pragma once

#include "Repository.h"
#include "domain/Subgroup.h"

namespace copil::storage {

/// The subgroups of the meetings and all they hold: guiding questions, items to
/// prioritise, criteria, dot votes, criterion scores and solutions.
class SubgroupRepository : public Repository {
    Q_OBJECT

public:
    using Repository::Repository;

    Result<QList<domain::Subgroup>> subgroups(const QString& meetingId) const;
    Result<QList<domain::GuidingQuestion>> questions(const QString& meetingId) const;
    Result<QList<domain::PriorityItem>> priorityItems(const QString& meetingId) const;
    Result<QList<domain::Criterion>> criteria(const QString& meetingId) const;
    Result<QList<domain::DotVote>> dotVotes(const QString& meetingId) const;
    /// Every confirmed selection of every subgroup, revisions in order.
    Result<QList<domain::PrioritySelection>> selections(const QString& meetingId) const;
    Status insert(const QString& meetingId, const domain::PrioritySelection& selection);
    Status removeSelection(const QString& meetingId, const QString& id);
    Result<QList<domain::CriterionScore>> scores(const QString& meetingId) const;
    Result<QList<domain::Solution>> solutions(const QString& meetingId) const;

    Status insert(const QString& meetingId, const domain::Subgroup& subgroup);
    Status insert(const QString& meetingId, const domain::GuidingQuestion& question);
    Status insert(const QString& meetingId, const domain::PriorityItem& item);
    Status insert(const QString& meetingId, const domain::Criterion& criterion);
    Status insert(const QString& meetingId, const domain::DotVote& vote);
    Status insert(const QString& meetingId, const domain::CriterionScore& score);
    Status insert(const QString& meetingId, const domain::Solution& solution);

    Status update(const QString& meetingId, const domain::Subgroup& subgroup);
    Status update(const QString& meetingId, const domain::GuidingQuestion& question);
    Status update(const QString& meetingId, const domain::PriorityItem& item);
    Status update(const QString& meetingId, const domain::Criterion& criterion);
    Status update(const QString& meetingId, const domain::DotVote& vote);
    Status update(const QString& meetingId, const domain::CriterionScore& score);
    Status update(const QString& meetingId, const domain::Solution& solution);

    /// Removing a subgroup removes its questions, items, criteria, votes, scores,
    /// solutions and their notes; its members stay in the meeting without a subgroup.
    Status removeSubgroup(const QString& meetingId, const QString& id);
    Status removeQuestion(const QString& meetingId, const QString& id);
    Status removePriorityItem(const QString& meetingId, const QString& id);
    Status removeCriterion(const QString& meetingId, const QString& id);
    Status removeDotVote(const QString& meetingId, const QString& id);
    Status removeScore(const QString& meetingId, const QString& id);
    Status removeSolution(const QString& meetingId, const QString& id);
};

} // namespace copil::storage
