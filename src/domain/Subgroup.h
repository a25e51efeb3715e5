#pragma once

#include "Enums.h"
#include "Revision.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace copil::domain {

inline constexpr int kScoreMin = 1;
inline constexpr int kScoreMax = 5;

/// A thematic working group running in parallel with others.
/// Its members are the participants whose subgroupId is this id.
struct Subgroup {
    QString id;
    int number = 0;
    QString title;
    QString framing;            ///< context text given to the group
    QStringList questionBlocks; ///< titles of the blocks of guiding questions (block n = index n-1)
    QString rapporteurId;       ///< participant, may be empty
    QString agendaItemId;       ///< the agenda item the group works in, may be empty
    int dotsPerMember = 3;      ///< dots each present member may place when voting
    Revision rowRevision{};     ///< the stored version this was read from
    bool operator==(const Subgroup&) const = default;
};

struct GuidingQuestion {
    QString id;
    QString subgroupId;
    int block = 1; ///< 1-based block number
    int position = 0;
    QString text;
    QuestionProgress progress = QuestionProgress::NotStarted;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const GuidingQuestion&) const = default;
};

/// Something a subgroup prioritises, e.g. one of the causes of a difficulty.
struct PriorityItem {
    QString id;
    QString subgroupId;
    int position = 0;
    QString text;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const PriorityItem&) const = default;
};

struct Criterion {
    QString id;
    QString subgroupId;
    int position = 0;
    QString name;
    double weight = 1.0;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const Criterion&) const = default;
};

/// Dots placed on an item, by one member (participantId set) or as a tally read off
/// paper stickers (participantId empty).
struct DotVote {
    QString id;
    QString itemId;
    QString participantId;
    int count = 0;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const DotVote&) const = default;
};

/// The group's score of one item on one criterion, kScoreMin..kScoreMax.
struct CriterionScore {
    QString id;
    QString itemId;
    QString criterionId;
    int score = kScoreMin;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const CriterionScore&) const = default;
};

/// A solution worked out for a prioritised item. Feasibility and impact are 0 when not rated.
struct Solution {
    QString id;
    QString itemId;
    int position = 0;
    QString text;
    QList<CarrierKind> carriers;
    QString otherCarrier; ///< free text, e.g. a named partner
    int feasibility = 0;
    int impact = 0;
    QString nextStep;
    bool retained = false;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const Solution&) const = default;
};

/// The causes a group confirms it will work on. Each confirmation is a new revision;
/// earlier ones are kept, so the minutes can say what was chosen, when, and what changed.
struct PrioritySelection {
    QString id;
    QString subgroupId;
    int revision = 1;       ///< 1 for the first confirmation, then 2, 3…
    QDateTime confirmedAt;  ///< when the group confirmed it
    QStringList itemIds;    ///< the selected priority items, in the group's order
    QString note;           ///< why it was revised, for instance
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const PrioritySelection&) const = default;
};

} // namespace copil::domain
