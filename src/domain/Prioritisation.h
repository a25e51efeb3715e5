#pragma once

#include "MeetingData.h"

#include <QCoreApplication>
#include <optional>

namespace copil::domain {

/// Where one prioritised item stands in its subgroup.
struct ItemStanding {
    QString itemId;
    int position = 0;
    int dots = 0;             ///< members' dots plus tallies from paper stickers
    double weightedScore = 0; ///< Σ score × criterion weight over the scored criteria
    int scoredCriteria = 0;   ///< how many criteria have a score for this item
    int rank = 0;             ///< 1 for the first; every item gets its own rank
    bool operator==(const ItemStanding&) const = default;
};

/// Totals and ranking of a subgroup's items. Items are ordered by dots (most first),
/// then by weighted score (highest first), then by their position in the list (the
/// stated tie-break: the order the group was given the items in). Pure; never fails.
QList<ItemStanding> rankItems(const MeetingData& data, const QString& subgroupId);

/// Dot voting: each present member of the subgroup has dotsPerMember dots to place.
/// Members marked absent or excused have none; tallies read off paper stickers
/// (votes without a member) are not limited per member.
class DotRules {
    Q_DECLARE_TR_FUNCTIONS(DotRules)

public:
    /// Whether a participant may hold dots in the subgroup, and why not.
    static QString whyNoDots(const MeetingData& data, const QString& subgroupId,
                             const QString& participantId);
    /// Dots a member has placed on the subgroup's items.
    static int dotsPlaced(const MeetingData& data, const QString& subgroupId,
                          const QString& participantId);
    /// Why giving `count` dots to an item from this member (or from the paper tally when
    /// participantId is empty) is refused; empty when it is allowed.
    static QString whyRefused(const MeetingData& data, const QString& itemId,
                              const QString& participantId, int count);
    /// For every member who placed more dots in a subgroup than it allows (the rule a
    /// meeting must keep to be imported again): who, where, how many too many.
    static QStringList excess(const MeetingData& data);
    /// The dot votes to change (count lowered, 0: removed) so that no member of the
    /// subgroup has more than perMember dots placed; the last items of the list give
    /// theirs up first.
    static QList<DotVote> trimmed(const MeetingData& data, const QString& subgroupId,
                                  int perMember);
    /// The members who may vote, in the order of the participants list.
    static QList<Participant> voters(const MeetingData& data, const QString& subgroupId);
};

/// The group's current selection: its latest revision, or nothing before the first.
std::optional<PrioritySelection> currentSelection(const MeetingData& data,
                                                  const QString& subgroupId);
/// The next revision of a subgroup's selection, confirmed at `when`.
PrioritySelection nextSelection(const MeetingData& data, const QString& subgroupId,
                                const QStringList& itemIds, const QDateTime& when,
                                const QString& note = {});

} // namespace copil::domain
