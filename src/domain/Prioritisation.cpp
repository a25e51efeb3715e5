#include "Prioritisation.h"

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

} // namespace copil::domain
