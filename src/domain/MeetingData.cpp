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

template <class T, class Key> void sortBy(QList<T>& list, Key key)
{
    std::stable_sort(list.begin(), list.end(),
                     [&key](const T& a, const T& b) { return key(a) < key(b); });
}

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
void sortCanonically(QList<Participant>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.position, x.id); });
}
void sortCanonically(QList<AgendaItem>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.parentId, x.position, x.id); });
}
void sortCanonically(QList<Subgroup>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.number, x.id); });
}
void sortCanonically(QList<GuidingQuestion>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.subgroupId, x.block, x.position, x.id); });
}
void sortCanonically(QList<PriorityItem>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.subgroupId, x.position, x.id); });
}
void sortCanonically(QList<Criterion>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.subgroupId, x.position, x.id); });
}
void sortCanonically(QList<DotVote>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.itemId, x.participantId, x.id); });
}
void sortCanonically(QList<CriterionScore>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.itemId, x.criterionId, x.id); });
}
void sortCanonically(QList<Solution>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.itemId, x.position, x.id); });
}
void sortCanonically(QList<Note>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.targetId, x.position, x.id); });
}
void sortCanonically(QList<Statement>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.position, x.id); });
}
void sortCanonically(QList<Decision>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.position, x.id); });
}
void sortCanonically(QList<ActionItem>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.position, x.id); });
}
void sortCanonically(QList<PrioritySelection>& l)
{
    sortBy(l, [](const auto& x) { return std::tie(x.subgroupId, x.revision, x.id); });
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
