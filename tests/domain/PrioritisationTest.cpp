#include "domain/Prioritisation.h"

#include "SampleMeeting.h"
#include "TestSupport.h"

using namespace copil::domain;

namespace {

// A subgroup with three items and two criteria, no votes yet.
MeetingData threeItems()
{
    MeetingData d;
    d.meeting.id = newId();
    d.meeting.title = QStringLiteral("m");
    d.meeting.date = QDate(2017, 10, 11);
    d.meeting.dayStart = QTime(9, 0);
    d.meeting.dayEnd = QTime(17, 0);
    d.subgroups = {{newId(), 4, QStringLiteral("s"), {}, {}, {}, {}, 3}};
    const QString s = d.subgroups[0].id;
    for (int i = 0; i < 3; ++i) {
        d.priorityItems << PriorityItem{newId(), s, i, QStringLiteral("cause %1").arg(i + 1)};
    }
    d.criteria = {{newId(), s, 0, QStringLiteral("Urgence"), 2.0},
                  {newId(), s, 1, QStringLiteral("Pouvoir d’agir"), 1.0}};
    return d;
}

QStringList order(const MeetingData& d)
{
    QStringList texts;
    for (const auto& st : rankItems(d, d.subgroups[0].id)) {
        for (const auto& item : d.priorityItems) {
            if (item.id == st.itemId) {
                texts << item.text;
            }
        }
    }
    return texts;
}

} // namespace

TEST_CASE("ranking: dots first, members' dots and paper tallies added together")
{
    MeetingData d = threeItems();
    const QString member = newId();
    d.dotVotes = {{newId(), d.priorityItems[2].id, member, 2},
                  {newId(), d.priorityItems[2].id, {}, 3},
                  {newId(), d.priorityItems[1].id, {}, 4}};
    const auto standings = rankItems(d, d.subgroups[0].id);
    REQUIRE(standings.size() == 3);
    CHECK(standings[0].itemId == d.priorityItems[2].id);
    CHECK(standings[0].dots == 5);
    CHECK(standings[0].rank == 1);
    CHECK(standings[1].dots == 4);
    CHECK(standings[2].dots == 0);
    CHECK(standings[2].rank == 3);
}

TEST_CASE("ranking: equal dots are separated by the weighted score")
{
    MeetingData d = threeItems();
    const auto& c = d.criteria;
    // cause 1: 3×2 + 1×1 = 7 ; cause 2: 2×2 + 5×1 = 9 ; cause 3: unscored.
    d.scores = {{newId(), d.priorityItems[0].id, c[0].id, 3},
                {newId(), d.priorityItems[0].id, c[1].id, 1},
                {newId(), d.priorityItems[1].id, c[0].id, 2},
                {newId(), d.priorityItems[1].id, c[1].id, 5}};
    const auto standings = rankItems(d, d.subgroups[0].id);
    CHECK(standings[0].weightedScore == Approx(9.0));
    CHECK(standings[0].scoredCriteria == 2);
    CHECK(standings[1].weightedScore == Approx(7.0));
    CHECK(order(d) == QStringList{QStringLiteral("cause 2"), QStringLiteral("cause 1"),
                                  QStringLiteral("cause 3")});
}

TEST_CASE("ranking: a full tie keeps the order the items were given in")
{
    MeetingData d = threeItems();
    std::reverse(d.priorityItems.begin(), d.priorityItems.end()); // list order is irrelevant
    CHECK(order(d) == QStringList{QStringLiteral("cause 1"), QStringLiteral("cause 2"),
                                  QStringLiteral("cause 3")});
}

TEST_CASE("ranking: only the subgroup's own items")
{
    MeetingData d = threeItems();
    d.priorityItems[1].subgroupId = newId();
    CHECK(rankItems(d, d.subgroups[0].id).size() == 2);
    CHECK(rankItems(d, QStringLiteral("nobody")).isEmpty());
}
