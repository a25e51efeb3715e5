#include "SampleMeeting.h"
#include "TestSupport.h"
#include "domain/Enums.h"
#include "domain/Validation.h"

#include <QSet>

using namespace copil::domain;
using copil::test::sampleMeeting;

namespace {

QSet<QString> allIds(const MeetingData& d)
{
    QSet<QString> ids{d.meeting.id};
    const auto add = [&](const auto& list) {
        for (const auto& x : list) {
            ids.insert(x.id);
        }
    };
    add(d.participants);
    add(d.agenda);
    add(d.subgroups);
    add(d.questions);
    add(d.priorityItems);
    add(d.criteria);
    add(d.dotVotes);
    add(d.scores);
    add(d.solutions);
    add(d.notes);
    add(d.statements);
    add(d.decisions);
    add(d.actions);
    return ids;
}

} // namespace

TEST_CASE("new ids replace every id and keep every reference")
{
    const MeetingData original = sampleMeeting();
    MeetingData copy = original;
    assignNewIds(copy);
    const auto before = allIds(original);
    const auto after = allIds(copy);
    CHECK(after.size() == before.size());
    CHECK_FALSE(after.intersects(before));
    CHECK(Validation::validateMeeting(copy).isEmpty());
    // Same content apart from ids: the plenary sub-item still hangs under the plenary.
    const auto child = std::find_if(copy.agenda.begin(), copy.agenda.end(),
                                    [](const AgendaItem& a) { return !a.parentId.isEmpty(); });
    REQUIRE(child != copy.agenda.end());
    const auto parent = std::find_if(copy.agenda.begin(), copy.agenda.end(),
                                     [&](const AgendaItem& a) { return a.id == child->parentId; });
    REQUIRE(parent != copy.agenda.end());
    CHECK(parent->title == QStringLiteral("Plénière"));
    CHECK(copy.subgroups[1].rapporteurId == copy.participants[0].id);
}

TEST_CASE("ids are UUIDs")
{
    const QString id = newId();
    CHECK(id.size() == 36);
    CHECK_FALSE(id.startsWith(u'{'));
    CHECK(newId() != id);
}

TEST_CASE("canonical order is by parent, position then id")
{
    const MeetingData reference = sampleMeeting(); // already canonical
    MeetingData d = reference;
    std::reverse(d.agenda.begin(), d.agenda.end());
    std::reverse(d.notes.begin(), d.notes.end());
    REQUIRE_FALSE(d.agenda == reference.agenda);
    sortCanonically(d);
    CHECK(d.agenda == reference.agenda);
    CHECK(d.notes == reference.notes);
    CHECK(d.agenda.first().parentId.isEmpty());
    CHECK_FALSE(d.agenda.last().parentId.isEmpty());
}

TEST_CASE("enumeration keys round trip and unknown keys are rejected")
{
    for (const auto kind : allValues<NoteKind>()) {
        CHECK(fromKey<NoteKind>(toKey(kind)) == kind);
    }
    CHECK(toKey(OrganisationKind::Intercommunalite) == QStringLiteral("epci"));
    CHECK_FALSE(fromKey<Attendance>(u"maybe").has_value());
    CHECK(allKeys<StatementStatus>().size() == 4);
}
