#include "SubgroupRepository.h"

#include "Tables.h"

namespace copil::storage {

using namespace domain;

Result<QList<Subgroup>> SubgroupRepository::subgroups(const QString& meetingId) const
{
    return rowsOf<Subgroup>(meetingId);
}
Result<QList<GuidingQuestion>> SubgroupRepository::questions(const QString& meetingId) const
{
    return rowsOf<GuidingQuestion>(meetingId);
}
Result<QList<PriorityItem>> SubgroupRepository::priorityItems(const QString& meetingId) const
{
    return rowsOf<PriorityItem>(meetingId);
}
Result<QList<Criterion>> SubgroupRepository::criteria(const QString& meetingId) const
{
    return rowsOf<Criterion>(meetingId);
}
Result<QList<DotVote>> SubgroupRepository::dotVotes(const QString& meetingId) const
{
    return rowsOf<DotVote>(meetingId);
}
Result<QList<PrioritySelection>> SubgroupRepository::selections(const QString& meetingId) const
{
    return rowsOf<PrioritySelection>(meetingId);
}
Status SubgroupRepository::insert(const QString& m, const PrioritySelection& x)
{
    return add(m, x);
}
Status SubgroupRepository::removeSelection(const QString& m, const QString& id)
{
    return drop<PrioritySelection>(m, id);
}
Result<QList<CriterionScore>> SubgroupRepository::scores(const QString& meetingId) const
{
    return rowsOf<CriterionScore>(meetingId);
}
Result<QList<Solution>> SubgroupRepository::solutions(const QString& meetingId) const
{
    return rowsOf<Solution>(meetingId);
}

Status SubgroupRepository::insert(const QString& m, const Subgroup& x)
{
    return add(m, x);
}
Status SubgroupRepository::insert(const QString& m, const GuidingQuestion& x)
{
    return add(m, x);
}
Status SubgroupRepository::insert(const QString& m, const PriorityItem& x)
{
    return add(m, x);
}
Status SubgroupRepository::insert(const QString& m, const Criterion& x)
{
    return add(m, x);
}
Status SubgroupRepository::insert(const QString& m, const DotVote& x)
{
    return add(m, x);
}
Status SubgroupRepository::insert(const QString& m, const CriterionScore& x)
{
    return add(m, x);
}
Status SubgroupRepository::insert(const QString& m, const Solution& x)
{
    return add(m, x);
}

Status SubgroupRepository::update(const QString& m, const Subgroup& x)
{
    return change(m, x);
}
Status SubgroupRepository::update(const QString& m, const GuidingQuestion& x)
{
    return change(m, x);
}
Status SubgroupRepository::update(const QString& m, const PriorityItem& x)
{
    return change(m, x);
}
Status SubgroupRepository::update(const QString& m, const Criterion& x)
{
    return change(m, x);
}
Status SubgroupRepository::update(const QString& m, const DotVote& x)
{
    return change(m, x);
}
Status SubgroupRepository::update(const QString& m, const CriterionScore& x)
{
    return change(m, x);
}
Status SubgroupRepository::update(const QString& m, const Solution& x)
{
    return change(m, x);
}

Status SubgroupRepository::removeSubgroup(const QString& m, const QString& id)
{
    return drop<Subgroup>(m, id);
}
Status SubgroupRepository::removeQuestion(const QString& m, const QString& id)
{
    return drop<GuidingQuestion>(m, id);
}
Status SubgroupRepository::removePriorityItem(const QString& m, const QString& id)
{
    return drop<PriorityItem>(m, id);
}
Status SubgroupRepository::removeCriterion(const QString& m, const QString& id)
{
    return drop<Criterion>(m, id);
}
Status SubgroupRepository::removeDotVote(const QString& m, const QString& id)
{
    return drop<DotVote>(m, id);
}
Status SubgroupRepository::removeScore(const QString& m, const QString& id)
{
    return drop<CriterionScore>(m, id);
}
Status SubgroupRepository::removeSolution(const QString& m, const QString& id)
{
    return drop<Solution>(m, id);
}

} // namespace copil::storage
