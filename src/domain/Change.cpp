#include "Change.h"

namespace copil::domain {

void EntityChanges::insert(const QString& id)
{
    if (removed.removeOne(id)) {
        updated.append(id); // removed, then put back: the row changed
    } else if (!inserted.contains(id)) {
        inserted.append(id);
    }
}

void EntityChanges::update(const QString& id)
{
    if (!inserted.contains(id) && !updated.contains(id)) {
        updated.append(id);
    }
}

void EntityChanges::remove(const QString& id)
{
    if (inserted.removeOne(id)) {
        return; // inserted and removed in one commit: nothing happened
    }
    updated.removeOne(id);
    if (!removed.contains(id)) {
        removed.append(id);
    }
}

bool ChangeEvent::isEmpty() const
{
    if (reset) {
        return false;
    }
    for (const auto& k : kinds) {
        if (!k.isEmpty()) {
            return false;
        }
    }
    return true;
}

qsizetype ChangeEvent::rowCount() const
{
    qsizetype n = 0;
    for (const auto& k : kinds) {
        n += k.size();
    }
    return n;
}

QString ChangeEvent::summary() const
{
    QStringList parts;
    if (reset) {
        parts << QStringLiteral("reset");
    }
    for (int i = 0; i < kEntityKinds; ++i) {
        const auto& k = kinds[size_t(i)];
        if (!k.isEmpty()) {
            parts << QStringLiteral("%1: +%2 ~%3 -%4")
                         .arg(nameOf(EntityKind(i)))
                         .arg(k.inserted.size())
                         .arg(k.updated.size())
                         .arg(k.removed.size());
        }
    }
    return parts.join(u", ");
}

ChangeEvent& ChangeSet::of(const QString& meetingId)
{
    for (auto& e : events) {
        if (e.meetingId == meetingId) {
            return e;
        }
    }
    events.append(ChangeEvent{meetingId, origin, false, {}});
    return events.last();
}

QString nameOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Meeting:
        return QStringLiteral("meeting");
    case EntityKind::Participant:
        return QStringLiteral("participant");
    case EntityKind::AgendaItem:
        return QStringLiteral("agenda_item");
    case EntityKind::Subgroup:
        return QStringLiteral("subgroup");
    case EntityKind::Question:
        return QStringLiteral("guiding_question");
    case EntityKind::PriorityItem:
        return QStringLiteral("priority_item");
    case EntityKind::Criterion:
        return QStringLiteral("criterion");
    case EntityKind::DotVote:
        return QStringLiteral("dot_vote");
    case EntityKind::Score:
        return QStringLiteral("criterion_score");
    case EntityKind::Solution:
        return QStringLiteral("solution");
    case EntityKind::Note:
        return QStringLiteral("note");
    case EntityKind::Statement:
        return QStringLiteral("statement");
    case EntityKind::Decision:
        return QStringLiteral("decision");
    case EntityKind::Action:
        return QStringLiteral("action_item");
    case EntityKind::Selection:
        return QStringLiteral("priority_selection");
    }
    return {};
}

} // namespace copil::domain
