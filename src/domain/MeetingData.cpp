#include "MeetingData.h"

#include <QHash>
#include <QUuid>
#include <algorithm>
#include <tuple>

namespace copil::domain {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

class IdMap {
public:
    // Fresh id for a defining occurrence.
    void define(QString& id)
    {
        const QString fresh = newId();
        m_map.insert(id, fresh);
        id = fresh;
    }
    // Rewrites a reference; unknown or empty references are left as they are.
    void refer(QString& id) const
    {
        const auto it = m_map.constFind(id);
        if (it != m_map.constEnd()) {
            id = *it;
        }
    }

private:
    QHash<QString, QString> m_map;
};

} // namespace

void assignNewIds(MeetingData& d)
{
    IdMap ids;
    ids.define(d.meeting.id);
    for (auto& x : d.participants)
        ids.define(x.id);
    for (auto& x : d.agenda)
        ids.define(x.id);
    for (auto& x : d.subgroups)
        ids.define(x.id);
    for (auto& x : d.questions)
        ids.define(x.id);
    for (auto& x : d.priorityItems)
        ids.define(x.id);
    for (auto& x : d.criteria)
        ids.define(x.id);
    for (auto& x : d.dotVotes)
        ids.define(x.id);
    for (auto& x : d.scores)
        ids.define(x.id);
    for (auto& x : d.solutions)
        ids.define(x.id);
    for (auto& x : d.notes)
        ids.define(x.id);
    for (auto& x : d.statements)
        ids.define(x.id);
    for (auto& x : d.decisions)
        ids.define(x.id);
    for (auto& x : d.actions)
        ids.define(x.id);
    for (auto& x : d.selections)
        ids.define(x.id);

    for (auto& x : d.participants)
        ids.refer(x.subgroupId);
    for (auto& x : d.agenda)
        ids.refer(x.parentId);
    for (auto& x : d.subgroups) {
        ids.refer(x.rapporteurId);
        ids.refer(x.agendaItemId);
    }
    for (auto& x : d.questions)
        ids.refer(x.subgroupId);
    for (auto& x : d.priorityItems)
        ids.refer(x.subgroupId);
    for (auto& x : d.criteria)
        ids.refer(x.subgroupId);
    for (auto& x : d.dotVotes) {
        ids.refer(x.itemId);
        ids.refer(x.participantId);
    }
    for (auto& x : d.scores) {
        ids.refer(x.itemId);
        ids.refer(x.criterionId);
    }
    for (auto& x : d.solutions)
        ids.refer(x.itemId);
    for (auto& x : d.notes)
        ids.refer(x.targetId);
    for (auto& x : d.statements)
        ids.refer(x.agendaItemId);
    for (auto& x : d.decisions)
        ids.refer(x.agendaItemId);
    for (auto& x : d.actions)
        ids.refer(x.ownerParticipantId);
    for (auto& x : d.selections) {
        ids.refer(x.subgroupId);
        for (auto& item : x.itemIds)
            ids.refer(item);
    }
}

// Keep in step with the ORDER BY clauses of the repositories.
bool canonicalLess(const Participant& x, const Participant& y)
{
    return std::tie(x.position, x.id) < std::tie(y.position, y.id);
}
void sortCanonically(QList<Participant>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const AgendaItem& x, const AgendaItem& y)
{
    return std::tie(x.parentId, x.position, x.id) < std::tie(y.parentId, y.position, y.id);
}
void sortCanonically(QList<AgendaItem>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const Subgroup& x, const Subgroup& y)
{
    return std::tie(x.number, x.id) < std::tie(y.number, y.id);
}
void sortCanonically(QList<Subgroup>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const GuidingQuestion& x, const GuidingQuestion& y)
{
    return std::tie(x.subgroupId, x.block, x.position, x.id) <
           std::tie(y.subgroupId, y.block, y.position, y.id);
}
void sortCanonically(QList<GuidingQuestion>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const PriorityItem& x, const PriorityItem& y)
{
    return std::tie(x.subgroupId, x.position, x.id) < std::tie(y.subgroupId, y.position, y.id);
}
void sortCanonically(QList<PriorityItem>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const Criterion& x, const Criterion& y)
{
    return std::tie(x.subgroupId, x.position, x.id) < std::tie(y.subgroupId, y.position, y.id);
}
void sortCanonically(QList<Criterion>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const DotVote& x, const DotVote& y)
{
    return std::tie(x.itemId, x.participantId, x.id) < std::tie(y.itemId, y.participantId, y.id);
}
void sortCanonically(QList<DotVote>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const CriterionScore& x, const CriterionScore& y)
{
    return std::tie(x.itemId, x.criterionId, x.id) < std::tie(y.itemId, y.criterionId, y.id);
}
void sortCanonically(QList<CriterionScore>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const Solution& x, const Solution& y)
{
    return std::tie(x.itemId, x.position, x.id) < std::tie(y.itemId, y.position, y.id);
}
void sortCanonically(QList<Solution>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const Note& x, const Note& y)
{
    return std::tie(x.targetId, x.position, x.id) < std::tie(y.targetId, y.position, y.id);
}
void sortCanonically(QList<Note>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const Statement& x, const Statement& y)
{
    return std::tie(x.position, x.id) < std::tie(y.position, y.id);
}
void sortCanonically(QList<Statement>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const Decision& x, const Decision& y)
{
    return std::tie(x.position, x.id) < std::tie(y.position, y.id);
}
void sortCanonically(QList<Decision>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const ActionItem& x, const ActionItem& y)
{
    return std::tie(x.position, x.id) < std::tie(y.position, y.id);
}
void sortCanonically(QList<ActionItem>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}
bool canonicalLess(const PrioritySelection& x, const PrioritySelection& y)
{
    return std::tie(x.subgroupId, x.revision, x.id) < std::tie(y.subgroupId, y.revision, y.id);
}
void sortCanonically(QList<PrioritySelection>& l)
{
    std::stable_sort(l.begin(), l.end(),
                     [](const auto& a, const auto& b) { return canonicalLess(a, b); });
}

void sortCanonically(MeetingData& d)
{
    sortCanonically(d.participants);
    sortCanonically(d.agenda);
    sortCanonically(d.subgroups);
    sortCanonically(d.questions);
    sortCanonically(d.priorityItems);
    sortCanonically(d.criteria);
    sortCanonically(d.dotVotes);
    sortCanonically(d.scores);
    sortCanonically(d.solutions);
    sortCanonically(d.notes);
    sortCanonically(d.statements);
    sortCanonically(d.decisions);
    sortCanonically(d.actions);
    sortCanonically(d.selections);
}

} // namespace copil::domain
