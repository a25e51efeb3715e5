#include "domain/Validation.h"

#include "SampleMeeting.h"
#include "TestSupport.h"

using namespace copil::domain;
using copil::test::sampleMeeting;

namespace {

bool hasIssue(const ValidationIssues& issues, const QString& path, const QString& fragment = {})
{
    for (const auto& i : issues) {
        if (i.path == path && i.message.contains(fragment)) {
            return true;
        }
    }
    return false;
}

QString dump(const ValidationIssues& issues)
{
    return Validation::summary(issues, 100);
}

} // namespace

TEST_CASE("a complete meeting satisfies every rule")
{
    const auto issues = Validation::validateMeeting(sampleMeeting());
    INFO(dump(issues).toStdString());
    CHECK(issues.isEmpty());
}

TEST_CASE("an agenda item must end after it starts")
{
    auto d = sampleMeeting();
    d.agenda[0].plannedEnd = d.agenda[0].plannedStart;
    CHECK(hasIssue(Validation::validateMeeting(d), QStringLiteral("agenda[0].plannedEnd")));
    d.agenda[0].plannedEnd = d.agenda[0].plannedStart.addSecs(-60);
    CHECK(hasIssue(Validation::checkAgendaItem(d.agenda[0], QStringLiteral("agenda")),
                   QStringLiteral("agenda.plannedEnd")));
}

TEST_CASE("an actual end needs an actual start before it")
{
    AgendaItem item{newId(),
                    {},
                    0,
                    QStringLiteral("x"),
                    AgendaItemKind::Discussion,
                    QTime(10, 0),
                    QTime(11, 0),
                    {},
                    QDateTime::currentDateTime(),
                    {},
                    {},
                    {},
                    {},
                    false,
                    {},
                    0,
                    0};
    CHECK(hasIssue(Validation::checkAgendaItem(item, QStringLiteral("a")),
                   QStringLiteral("a.actualEnd")));
    item.actualStart = item.actualEnd.addSecs(60);
    CHECK(hasIssue(Validation::checkAgendaItem(item, QStringLiteral("a")),
                   QStringLiteral("a.actualEnd")));
    item.actualStart = item.actualEnd.addSecs(-60);
    CHECK(Validation::checkAgendaItem(item, QStringLiteral("a")).isEmpty());
}

TEST_CASE("a sub-item stays inside its parent and the day")
{
    auto d = sampleMeeting();
    const auto intro = std::find_if(d.agenda.begin(), d.agenda.end(),
                                    [](const AgendaItem& a) { return !a.parentId.isEmpty(); });
    REQUIRE(intro != d.agenda.end());
    const auto index = std::distance(d.agenda.begin(), intro);
    intro->plannedStart = QTime(13, 50);
    const QString path = QStringLiteral("agenda[%1].plannedStart").arg(index);
    CHECK(hasIssue(Validation::validateMeeting(d), path, QStringLiteral("doit tenir dans")));

    auto late = sampleMeeting();
    late.agenda[0].plannedStart = QTime(9, 0);
    CHECK(hasIssue(Validation::validateMeeting(late), QStringLiteral("agenda[0].plannedStart"),
                   QStringLiteral("sort de la journée")));
}

TEST_CASE("items of one track overlapping are flagged unless one allows it, never refused")
{
    auto d = sampleMeeting();
    const auto overlaps = [&d] { return Validation::checkAgendaPlacement(d.agenda, d.meeting); };
    // Put both subgroups in the same track: sg4 allows overlap, so nothing is flagged.
    auto& sg3 = d.agenda[1];
    auto& sg4 = d.agenda[2];
    REQUIRE(sg3.kind == AgendaItemKind::Subgroup);
    REQUIRE(sg4.allowOverlap);
    sg4.track = sg3.track;
    CHECK(overlaps().isEmpty());
    sg4.allowOverlap = false;
    CHECK(hasIssue(overlaps(), QStringLiteral("agenda[2].plannedStart"),
                   QStringLiteral("chevauche")));
    // A warning the timeline shows, not an error: the meeting still imports.
    CHECK(Validation::validateMeeting(d).isEmpty());
    // Different tracks run in parallel freely.
    sg4.track = QStringLiteral("Autre salle");
    CHECK(overlaps().isEmpty());
    // Back-to-back items do not overlap.
    d.agenda[0].plannedEnd = QTime(10, 0);
    d.agenda[0].track = sg3.track;
    CHECK(overlaps().isEmpty());
}

TEST_CASE("parent references must exist and not loop")
{
    auto d = sampleMeeting();
    d.agenda[0].parentId = QStringLiteral("nowhere");
    CHECK(hasIssue(Validation::validateMeeting(d), QStringLiteral("agenda[0].parentId")));
    auto loop = sampleMeeting();
    loop.agenda[1].parentId = loop.agenda[2].id;
    loop.agenda[2].parentId = loop.agenda[1].id;
    CHECK(hasIssue(Validation::validateMeeting(loop), QStringLiteral("agenda[1].parentId"),
                   QStringLiteral("boucle")));
}

TEST_CASE("scores stay within 1 to 5 and one per item and criterion")
{
    auto d = sampleMeeting();
    d.scores[0].score = 6;
    CHECK(hasIssue(Validation::validateMeeting(d), QStringLiteral("scores[0].score")));
    d.scores[0].score = 0;
    CHECK(hasIssue(Validation::validateMeeting(d), QStringLiteral("scores[0].score")));
    d.scores[0].score = 5;
    CHECK(Validation::validateMeeting(d).isEmpty());
    d.scores.append({newId(), d.scores[0].itemId, d.scores[0].criterionId, 2});
    CHECK(hasIssue(Validation::validateMeeting(d), QStringLiteral("scores[3]")));
}

TEST_CASE("solution ratings and criterion weights are bounded")
{
    auto d = sampleMeeting();
    d.solutions[0].feasibility = 6;
    d.solutions[0].impact = -1;
    d.criteria[0].weight = -0.5;
    const auto issues = Validation::validateMeeting(d);
    CHECK(hasIssue(issues, QStringLiteral("solutions[0].feasibility")));
    CHECK(hasIssue(issues, QStringLiteral("solutions[0].impact")));
    CHECK(hasIssue(issues, QStringLiteral("criteria[0].weight")));
}

TEST_CASE("a member cannot place more dots than the subgroup allows")
{
    auto d = sampleMeeting();
    const auto& s4 = *std::find_if(d.subgroups.begin(), d.subgroups.end(),
                                   [](const Subgroup& s) { return s.number == 4; });
    REQUIRE(s4.dotsPerMember == 2);
    const auto member = std::find_if(d.dotVotes.begin(), d.dotVotes.end(),
                                     [](const DotVote& v) { return !v.participantId.isEmpty(); });
    REQUIRE(member != d.dotVotes.end());
    // Two dots already on one item; one more on another item goes over the limit.
    const QString otherItem =
        d.priorityItems[0].id == member->itemId ? d.priorityItems[1].id : d.priorityItems[0].id;
    d.dotVotes.append({newId(), otherItem, member->participantId, 1});
    CHECK(hasIssue(Validation::validateMeeting(d),
                   QStringLiteral("dotVotes[%1].count").arg(d.dotVotes.size() - 1),
                   QStringLiteral("3 gommettes pour 2")));
    // Tallies from paper stickers (no member) have no per-member limit.
    d.dotVotes.removeLast();
    d.dotVotes.append({newId(), otherItem, {}, 40});
    CHECK(Validation::validateMeeting(d).isEmpty());
}

TEST_CASE("ids are unique across the whole meeting")
{
    auto d = sampleMeeting();
    d.notes[1].id = d.agenda[0].id;
    const auto issues = Validation::validateMeeting(d);
    CHECK(hasIssue(issues, QStringLiteral("notes[1].id"), QStringLiteral("agenda[0]")));
    d.notes[1].id.clear();
    CHECK(hasIssue(Validation::validateMeeting(d), QStringLiteral("notes[1].id")));
}

TEST_CASE("references point to an entity of the right kind")
{
    auto d = sampleMeeting();
    d.solutions[0].itemId = d.questions[0].id; // a question is not a prioritised item
    d.participants[0].subgroupId = QStringLiteral("missing");
    d.notes[0].targetId = d.decisions[0].id; // notes attach to questions, not decisions
    const auto issues = Validation::validateMeeting(d);
    CHECK(hasIssue(issues, QStringLiteral("solutions[0].itemId")));
    CHECK(hasIssue(issues, QStringLiteral("participants[0].subgroupId")));
    CHECK(hasIssue(issues, QStringLiteral("notes[0].targetId")));
}

TEST_CASE("required texts and the meeting's day")
{
    auto d = sampleMeeting();
    d.meeting.title = QStringLiteral("   ");
    d.meeting.dayEnd = QTime(9, 0);
    d.participants[0].name.clear();
    d.actions[0].what.clear();
    const auto issues = Validation::validateMeeting(d);
    CHECK(hasIssue(issues, QStringLiteral("meeting.title")));
    CHECK(hasIssue(issues, QStringLiteral("meeting.dayEnd")));
    CHECK(hasIssue(issues, QStringLiteral("participants[0].name")));
    CHECK(hasIssue(issues, QStringLiteral("actions[0].what")));
}

TEST_CASE("the summary lists the first issues and counts the rest")
{
    ValidationIssues issues;
    for (int i = 0; i < 15; ++i) {
        issues.append({QStringLiteral("agenda[%1].title").arg(i), QStringLiteral("vide")});
    }
    const QString text = Validation::summary(issues, 10);
    CHECK(text.count(u'\n') == 10);
    CHECK(text.startsWith(u"agenda[0].title: vide"));
    CHECK(text.contains(u"5"));
}
