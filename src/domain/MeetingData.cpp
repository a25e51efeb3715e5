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

void sortCanonically(MeetingData& d)
{
    // Keep in step with the ORDER BY clauses of the repositories.
    sortBy(d.participants, [](const auto& x) { return std::tie(x.position, x.id); });
    sortBy(d.agenda, [](const auto& x) { return std::tie(x.parentId, x.position, x.id); });
    sortBy(d.subgroups, [](const auto& x) { return std::tie(x.number, x.id); });
    sortBy(d.questions,
           [](const auto& x) { return std::tie(x.subgroupId, x.block, x.position, x.id); });
    sortBy(d.priorityItems, [](const auto& x) { return std::tie(x.subgroupId, x.position, x.id); });
    sortBy(d.criteria, [](const auto& x) { return std::tie(x.subgroupId, x.position, x.id); });
    sortBy(d.dotVotes, [](const auto& x) { return std::tie(x.itemId, x.participantId, x.id); });
    sortBy(d.scores, [](const auto& x) { return std::tie(x.itemId, x.criterionId, x.id); });
    sortBy(d.solutions, [](const auto& x) { return std::tie(x.itemId, x.position, x.id); });
    sortBy(d.notes, [](const auto& x) { return std::tie(x.targetId, x.position, x.id); });
    sortBy(d.statements, [](const auto& x) { return std::tie(x.position, x.id); });
    sortBy(d.decisions, [](const auto& x) { return std::tie(x.position, x.id); });
    sortBy(d.actions, [](const auto& x) { return std::tie(x.position, x.id); });
    sortBy(d.selections, [](const auto& x) { return std::tie(x.subgroupId, x.revision, x.id); });
}

} // namespace copil::domain
