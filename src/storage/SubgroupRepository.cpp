#include "SubgroupRepository.h"

#include "Tables.h"

namespace copil::storage {

using namespace domain;

namespace {
const QString kPath = QStringLiteral("subgroup");
}

Result<QList<Subgroup>> SubgroupRepository::subgroups(const QString& meetingId) const
{
    return rowsOf(sql::subgroupTable(), sql::kOfMeeting.toString(), meetingId);
}
Result<QList<GuidingQuestion>> SubgroupRepository::questions(const QString& meetingId) const
{
    return rowsOf(sql::questionTable(), sql::kOfMeetingSubgroups.toString(), meetingId);
}
Result<QList<PriorityItem>> SubgroupRepository::priorityItems(const QString& meetingId) const
{
    return rowsOf(sql::priorityItemTable(), sql::kOfMeetingSubgroups.toString(), meetingId);
}
Result<QList<Criterion>> SubgroupRepository::criteria(const QString& meetingId) const
{
    return rowsOf(sql::criterionTable(), sql::kOfMeetingSubgroups.toString(), meetingId);
}
Result<QList<DotVote>> SubgroupRepository::dotVotes(const QString& meetingId) const
{
    return rowsOf(sql::dotVoteTable(), sql::kOfMeetingItems.toString(), meetingId);
}
Result<QList<PrioritySelection>> SubgroupRepository::selections(const QString& meetingId) const
{
    return rowsOf(sql::selectionTable(), sql::kOfMeetingSubgroups.toString(), meetingId);
}
Status SubgroupRepository::insert(const QString& m, const PrioritySelection& x)
{
    return add(sql::selectionTable(), m, x,
               Validation::checkSelection(x, QStringLiteral("selection")));
}
Status SubgroupRepository::removeSelection(const QString& m, const QString& id)
{
    return drop(sql::selectionTable(), m, id);
}
Result<QList<CriterionScore>> SubgroupRepository::scores(const QString& meetingId) const
{
    return rowsOf(sql::scoreTable(), sql::kOfMeetingItems.toString(), meetingId);
}
Result<QList<Solution>> SubgroupRepository::solutions(const QString& meetingId) const
{
    return rowsOf(sql::solutionTable(), sql::kOfMeetingItems.toString(), meetingId);
}

Status SubgroupRepository::insert(const QString& m, const Subgroup& x)
{
    return add(sql::subgroupTable(), m, x, Validation::checkSubgroup(x, kPath));
}
Status SubgroupRepository::insert(const QString& m, const GuidingQuestion& x)
{
    return add(sql::questionTable(), m, x,
               Validation::checkQuestion(x, QStringLiteral("question")));
}
Status SubgroupRepository::insert(const QString& m, const PriorityItem& x)
{
    return add(sql::priorityItemTable(), m, x,
               Validation::checkPriorityItem(x, QStringLiteral("priorityItem")));
}
Status SubgroupRepository::insert(const QString& m, const Criterion& x)
{
    return add(sql::criterionTable(), m, x,
               Validation::checkCriterion(x, QStringLiteral("criterion")));
}
Status SubgroupRepository::insert(const QString& m, const DotVote& x)
{
    return add(sql::dotVoteTable(), m, x, Validation::checkDotVote(x, QStringLiteral("dotVote")));
}
Status SubgroupRepository::insert(const QString& m, const CriterionScore& x)
{
    return add(sql::scoreTable(), m, x, Validation::checkScore(x, QStringLiteral("score")));
}
Status SubgroupRepository::insert(const QString& m, const Solution& x)
{
    return add(sql::solutionTable(), m, x,
               Validation::checkSolution(x, QStringLiteral("solution")));
}

Status SubgroupRepository::update(const QString& m, const Subgroup& x)
{
    return change(sql::subgroupTable(), m, x, Validation::checkSubgroup(x, kPath));
}
Status SubgroupRepository::update(const QString& m, const GuidingQuestion& x)
{
    return change(sql::questionTable(), m, x,
                  Validation::checkQuestion(x, QStringLiteral("question")));
}
Status SubgroupRepository::update(const QString& m, const PriorityItem& x)
{
    return change(sql::priorityItemTable(), m, x,
                  Validation::checkPriorityItem(x, QStringLiteral("priorityItem")));
}
Status SubgroupRepository::update(const QString& m, const Criterion& x)
{
    return change(sql::criterionTable(), m, x,
                  Validation::checkCriterion(x, QStringLiteral("criterion")));
}
Status SubgroupRepository::update(const QString& m, const DotVote& x)
{
    return change(sql::dotVoteTable(), m, x,
                  Validation::checkDotVote(x, QStringLiteral("dotVote")));
}
Status SubgroupRepository::update(const QString& m, const CriterionScore& x)
{
    return change(sql::scoreTable(), m, x, Validation::checkScore(x, QStringLiteral("score")));
}
Status SubgroupRepository::update(const QString& m, const Solution& x)
{
    return change(sql::solutionTable(), m, x,
                  Validation::checkSolution(x, QStringLiteral("solution")));
}

Status SubgroupRepository::removeSubgroup(const QString& m, const QString& id)
{
    return drop(sql::subgroupTable(), m, id);
}
Status SubgroupRepository::removeQuestion(const QString& m, const QString& id)
{
    return drop(sql::questionTable(), m, id);
}
Status SubgroupRepository::removePriorityItem(const QString& m, const QString& id)
{
    return drop(sql::priorityItemTable(), m, id);
}
Status SubgroupRepository::removeCriterion(const QString& m, const QString& id)
{
    return drop(sql::criterionTable(), m, id);
}
Status SubgroupRepository::removeDotVote(const QString& m, const QString& id)
{
    return drop(sql::dotVoteTable(), m, id);
}
Status SubgroupRepository::removeScore(const QString& m, const QString& id)
{
    return drop(sql::scoreTable(), m, id);
}
Status SubgroupRepository::removeSolution(const QString& m, const QString& id)
{
    return drop(sql::solutionTable(), m, id);
}

} // namespace copil::storage
