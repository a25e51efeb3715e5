#include "Prioritisation.h"

#include "Labels.h"

#include <QHash>
#include <algorithm>

namespace copil::domain {

QList<ItemStanding> rankItems(const MeetingData& d, const QString& subgroupId)
{
    QList<ItemStanding> standings;
    QHash<QString, qsizetype> indexOf;
    for (const auto& item : d.priorityItems) {
        if (item.subgroupId == subgroupId) {
            indexOf.insert(item.id, standings.size());
            standings.append({item.id, item.position, 0, 0.0, 0, 0});
        }
    }
    for (const auto& vote : d.dotVotes) {
        if (const auto it = indexOf.constFind(vote.itemId); it != indexOf.constEnd()) {
            standings[*it].dots += vote.count;
        }
    }
    QHash<QString, double> weightOf;
    for (const auto& c : d.criteria) {
        weightOf.insert(c.id, c.weight);
    }
    for (const auto& score : d.scores) {
        if (const auto it = indexOf.constFind(score.itemId); it != indexOf.constEnd()) {
            standings[*it].weightedScore += score.score * weightOf.value(score.criterionId, 1.0);
            ++standings[*it].scoredCriteria;
        }
    }
    std::stable_sort(standings.begin(), standings.end(),
                     [](const ItemStanding& a, const ItemStanding& b) {
                         if (a.dots != b.dots) {
                             return a.dots > b.dots;
                         }
                         if (a.weightedScore != b.weightedScore) {
                             return a.weightedScore > b.weightedScore;
                         }
                         if (a.position != b.position) {
                             return a.position < b.position;
                         }
                         return a.itemId < b.itemId;
                     });
    for (qsizetype i = 0; i < standings.size(); ++i) {
        standings[i].rank = static_cast<int>(i) + 1;
    }
    return standings;
}

namespace {

const PriorityItem* findItem(const MeetingData& d, const QString& id)
{
    for (const auto& item : d.priorityItems) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

const Subgroup* findSubgroup(const MeetingData& d, const QString& id)
{
    for (const auto& s : d.subgroups) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

QString DotRules::whyNoDots(const MeetingData& d, const QString& subgroupId,
                            const QString& participantId)
{
    for (const auto& p : d.participants) {
        if (p.id != participantId) {
            continue;
        }
        if (p.subgroupId != subgroupId) {
            return tr("%1 n’est pas membre de ce sous-groupe.").arg(p.name);
        }
        if (p.attendance == Attendance::Absent || p.attendance == Attendance::Excused) {
            return tr("%1 est noté(e) %2 : pas de gommettes.")
                .arg(p.name, Labels::of(p.attendance).toLower());
        }
        return {};
    }
    return tr("Participant inconnu (%1).").arg(participantId);
}

int DotRules::dotsPlaced(const MeetingData& d, const QString& subgroupId,
                         const QString& participantId)
{
    int placed = 0;
    for (const auto& v : d.dotVotes) {
        if (v.participantId == participantId) {
            const PriorityItem* item = findItem(d, v.itemId);
            placed += item && item->subgroupId == subgroupId ? v.count : 0;
        }
    }
    return placed;
}

QString DotRules::whyRefused(const MeetingData& d, const QString& itemId,
                             const QString& participantId, int count)
{
    const PriorityItem* item = findItem(d, itemId);
    if (!item) {
        return tr("Élément à prioriser introuvable (%1).").arg(itemId);
    }
    if (count < 0) {
        return tr("Le nombre de gommettes ne peut pas être négatif.");
    }
    if (participantId.isEmpty()) {
        return {}; // a tally from paper stickers
    }
    if (const QString why = whyNoDots(d, item->subgroupId, participantId); !why.isEmpty()) {
        return count == 0 ? QString() : why;
    }
    const Subgroup* subgroup = findSubgroup(d, item->subgroupId);
    const int allowed = subgroup ? subgroup->dotsPerMember : 0;
    int elsewhere = dotsPlaced(d, item->subgroupId, participantId);
    for (const auto& v : d.dotVotes) {
        if (v.participantId == participantId && v.itemId == itemId) {
            elsewhere -= v.count;
        }
    }
    if (elsewhere + count > allowed) {
        return tr("%n gommette(s) par membre : il en reste %1 à placer.", nullptr, allowed)
            .arg(std::max(0, allowed - elsewhere));
    }
    return {};
}

QList<Participant> DotRules::voters(const MeetingData& d, const QString& subgroupId)
{
    QList<Participant> out;
    for (const auto& p : d.participants) {
        if (p.subgroupId == subgroupId && whyNoDots(d, subgroupId, p.id).isEmpty()) {
            out << p;
        }
    }
    return out;
}

std::optional<PrioritySelection> currentSelection(const MeetingData& d, const QString& subgroupId)
{
    std::optional<PrioritySelection> latest;
    for (const auto& s : d.selections) {
        if (s.subgroupId == subgroupId && (!latest || s.revision > latest->revision)) {
            latest = s;
        }
    }
    return latest;
}

PrioritySelection nextSelection(const MeetingData& d, const QString& subgroupId,
                                const QStringList& itemIds, const QDateTime& when,
                                const QString& note)
{
    const auto latest = currentSelection(d, subgroupId);
    return {newId(), subgroupId, latest ? latest->revision + 1 : 1, when, itemIds, note};
}

QStringList DotRules::excess(const MeetingData& data)
{
    QHash<QString, const Subgroup*> subgroupOfItem;
    for (const auto& item : data.priorityItems) {
        subgroupOfItem.insert(item.id, findRow(data.subgroups, item.subgroupId));
    }
    QHash<std::pair<QString, QString>, int> used; // (subgroup, participant) -> dots
    QList<std::pair<QString, QString>> order;
    for (const auto& v : data.dotVotes) {
        const Subgroup* s = subgroupOfItem.value(v.itemId);
        if (!s || v.participantId.isEmpty()) {
            continue;
        }
        const std::pair key{s->id, v.participantId};
        if (!used.contains(key)) {
            order << key;
        }
        used[key] += v.count;
    }
    QStringList out;
    for (const auto& key : order) {
        const Subgroup* s = findRow(data.subgroups, key.first);
        const int placed = used.value(key);
        if (placed <= s->dotsPerMember) {
            continue;
        }
        const Participant* p = findRow(data.participants, key.second);
        out << tr("%1 a placé %2 gommettes dans le sous-groupe %3, pour %4 autorisées : "
                  "il faut d’abord en retirer %5.")
                   .arg(p ? p->name : key.second)
                   .arg(placed)
                   .arg(s->number)
                   .arg(s->dotsPerMember)
                   .arg(placed - s->dotsPerMember);
    }
    return out;
}

QList<DotVote> DotRules::trimmed(const MeetingData& data, const QString& subgroupId, int perMember)
{
    // Votes of the subgroup's items, by member, in the order of the list of items.
    QHash<QString, int> position;
    for (const auto& item : data.priorityItems) {
        if (item.subgroupId == subgroupId) {
            position.insert(item.id, item.position);
        }
    }
    QHash<QString, QList<DotVote>> byMember;
    for (const auto& v : data.dotVotes) {
        if (position.contains(v.itemId) && !v.participantId.isEmpty()) {
            byMember[v.participantId] << v;
        }
    }
    QList<DotVote> changed;
    for (auto it = byMember.begin(); it != byMember.end(); ++it) {
        QList<DotVote>& votes = it.value();
        std::stable_sort(votes.begin(), votes.end(),
                         [&position](const DotVote& a, const DotVote& b) {
                             return position.value(a.itemId) < position.value(b.itemId);
                         });
        int placed = 0;
        for (const auto& v : votes) {
            placed += v.count;
        }
        for (qsizetype i = votes.size() - 1; i >= 0 && placed > perMember; --i) {
            DotVote v = votes[i];
            const int taken = std::min(v.count, placed - perMember);
            v.count -= taken;
            placed -= taken;
            changed << v;
        }
    }
    return changed;
}

} // namespace copil::domain
