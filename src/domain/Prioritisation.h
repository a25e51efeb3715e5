#pragma once

#include "MeetingData.h"

namespace copil::domain {

/// Where one prioritised item stands in its subgroup.
struct ItemStanding {
    QString itemId;
    int position = 0;
    int dots = 0;             ///< members' dots plus tallies from paper stickers
    double weightedScore = 0; ///< Σ score × criterion weight over the scored criteria
    int scoredCriteria = 0;   ///< how many criteria have a score for this item
    int rank = 0;             ///< 1 for the first; every item gets its own rank
};

/// Totals and ranking of a subgroup's items. Items are ordered by dots (most first),
/// then by weighted score (highest first), then by their position in the list (the
/// stated tie-break: the order the group was given the items in). Pure; never fails.
QList<ItemStanding> rankItems(const MeetingData& data, const QString& subgroupId);

} // namespace copil::domain
