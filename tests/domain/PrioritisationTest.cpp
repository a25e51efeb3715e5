#include "domain/Prioritisation.h"

#include "SampleMeeting.h"
#include "TestSupport.h"
#include "domain/Validation.h"

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

namespace {

// Three members of the subgroup: two present, one absent; and a member of another group.
MeetingData withMembers()
{
    MeetingData d = threeItems();
    const QString s = d.subgroups[0].id;
    const auto member = [&](const char* name, Attendance a, const QString& subgroup) {
        Participant p;
        p.id = newId();
        p.name = QString::fromUtf8(name);
        p.attendance = a;
        p.subgroupId = subgroup;
        d.participants << p;
        return p.id;
    };
    member("Claire", Attendance::Present, s);
    member("Karim", Attendance::Expected, s);
    member("Thomas", Attendance::Absent, s);
    d.subgroups << Subgroup{newId(), 3, QStringLiteral("autre groupe"), {}, {}, {}, {}, 3};
    member("Nadia", Attendance::Present, d.subgroups.last().id);
    return d;
}

DotVote dots(const QString& item, const QString& who, int count)
{
    return {newId(), item, who, count};
}

} // namespace

TEST_CASE("members have their dots, absent members none, paper tallies are not per member")
{
    MeetingData d = withMembers();
    const QString s = d.subgroups[0].id;
    const QString claire = d.participants[0].id;
    const QString karim = d.participants[1].id;
    const QString thomas = d.participants[2].id;
    const QString nadia = d.participants[3].id;
    const QString c1 = d.priorityItems[0].id;
    const QString c2 = d.priorityItems[1].id;

    CHECK(DotRules::voters(d, s).size() == 2);
    CHECK(DotRules::whyRefused(d, c1, claire, 3).isEmpty());
    CHECK(DotRules::whyRefused(d, c1, claire, 4).contains(QStringLiteral("il en reste 3")));
    d.dotVotes << dots(c1, claire, 2);
    CHECK(DotRules::dotsPlaced(d, s, claire) == 2);
    CHECK(DotRules::whyRefused(d, c2, claire, 1).isEmpty());
    CHECK(DotRules::whyRefused(d, c2, claire, 2).contains(QStringLiteral("il en reste 1")));
    // Changing the count on an item already voted counts only the difference.
    CHECK(DotRules::whyRefused(d, c1, claire, 3).isEmpty());
    CHECK_FALSE(DotRules::whyRefused(d, c1, claire, 4).isEmpty());

    CHECK(DotRules::whyRefused(d, c1, karim, 3).isEmpty()); // expected, not yet checked in
    CHECK(DotRules::whyRefused(d, c1, thomas, 1).contains(QStringLiteral("absent")));
    CHECK(DotRules::whyRefused(d, c1, thomas, 0).isEmpty()); // taking dots back is fine
    CHECK(DotRules::whyRefused(d, c1, nadia, 1).contains(QStringLiteral("pas membre")));
    CHECK(DotRules::whyRefused(d, c1, QString(), 14).isEmpty()); // paper tally
    CHECK_FALSE(DotRules::whyRefused(d, c1, QString(), -1).isEmpty());

    // Tallies and members' dots add up in the ranking.
    d.dotVotes << dots(c2, QString(), 4) << dots(c2, karim, 1);
    const auto standings = rankItems(d, s);
    CHECK(standings[0].itemId == c2);
    CHECK(standings[0].dots == 5);
    CHECK(standings[1].dots == 2);
}

TEST_CASE("a confirmed selection is revised, each revision kept with its time")
{
    MeetingData d = withMembers();
    const QString s = d.subgroups[0].id;
    CHECK_FALSE(currentSelection(d, s).has_value());
    const QDateTime t1(QDate(2017, 10, 11), QTime(11, 40));
    PrioritySelection first = nextSelection(d, s, {d.priorityItems[0].id}, t1);
    CHECK(first.revision == 1);
    d.selections << first;
    const QDateTime t2(QDate(2017, 10, 11), QTime(11, 55));
    PrioritySelection second = nextSelection(d, s, {d.priorityItems[0].id, d.priorityItems[2].id},
                                             t2, QStringLiteral("ajout"));
    CHECK(second.revision == 2);
    d.selections << second;
    const auto current = currentSelection(d, s);
    REQUIRE(current.has_value());
    CHECK(current->revision == 2);
    CHECK(current->confirmedAt == t2);
    CHECK(current->itemIds.size() == 2);
    CHECK(Validation::validateMeeting(d).isEmpty());

    // Two revisions with one number, or an item of another subgroup, are refused.
    MeetingData bad = d;
    bad.selections[1].revision = 1;
    CHECK_FALSE(Validation::validateMeeting(bad).isEmpty());
    bad = d;
    bad.priorityItems << PriorityItem{newId(), bad.subgroups.last().id, 0, QStringLiteral("x")};
    bad.selections[0].itemIds << bad.priorityItems.last().id;
    CHECK(Validation::summary(Validation::validateMeeting(bad))
              .contains(QStringLiteral("appartient à un autre sous-groupe")));
}
