#include "exchange/Archive.h"

#include "SampleMeeting.h"
#include "TestSupport.h"
#include "exchange/DefaultWorkspace.h"
#include "storage/MeetingRepository.h"

#include <QDir>
#include <QFileInfo>

using namespace copil::domain;
using namespace copil::exchange;
using copil::storage::MeetingRepository;
using copil::storage::Workspace;
using copil::test::readAll;
using copil::test::sampleMeeting;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

std::unique_ptr<Workspace> openWs(const QString& path)
{
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

} // namespace

TEST_CASE("template import then export is byte-identical")
{
    TempDir dir;
    auto ws = openWs(dir.path(QStringLiteral("ws.sqlite")));
    auto id = Archive::importFile(*ws, DefaultWorkspace::seedTemplate());
    INFO((id.ok() ? QString() : id.error()).toStdString());
    REQUIRE(id.ok());
    auto exported = Archive::exportBytes(*ws, id.value());
    REQUIRE(exported.ok());
    CHECK(exported.value() == readAll(DefaultWorkspace::seedTemplate()));
}

TEST_CASE("a full archive round-trips through a workspace: ids, texts, times, votes, notes")
{
    TempDir dir;
    const MeetingData original = sampleMeeting();
    const QString file = dir.path(QStringLiteral("archive.json"));
    writeAll(file, MeetingJson::serialize(original));
    const QString path = dir.path(QStringLiteral("ws.sqlite"));
    {
        auto ws = openWs(path);
        auto id = Archive::importFile(*ws, file);
        REQUIRE(id.ok());
        CHECK(id.value() == original.meeting.id);
    }
    auto ws = openWs(path);
    auto exported = Archive::exportBytes(*ws, original.meeting.id);
    REQUIRE(exported.ok());
    CHECK(exported.value() == readAll(file));
}

TEST_CASE("a bad import file leaves the workspace unchanged")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ws.sqlite"));
    auto ws = openWs(path);
    const MeetingData existing = sampleMeeting();
    REQUIRE(MeetingRepository(*ws).insertAll(existing).ok());
    const QByteArray before = Archive::exportBytes(*ws, existing.meeting.id).value();

    const QString file = dir.path(QStringLiteral("bad.json"));
    MeetingData bad = sampleMeeting();
    for (auto& vote : bad.dotVotes) {
        if (!vote.participantId.isEmpty()) {
            vote.count = 99; // over the member's dots: refused by the domain rule
        }
    }
    writeAll(file, MeetingJson::serialize(bad));
    auto refused = Archive::importFile(*ws, file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("bad.json")));
    CHECK(refused.error().contains(QStringLiteral("dotVotes[")));

    writeAll(file, "{ not json");
    CHECK_FALSE(Archive::importFile(*ws, file).ok());
    CHECK_FALSE(Archive::importFile(*ws, dir.path(QStringLiteral("missing.json"))).ok());

    const auto meetings = MeetingRepository(*ws).meetings().value();
    CHECK(meetings.size() == 1);
    CHECK(Archive::exportBytes(*ws, existing.meeting.id).value() == before);
}

TEST_CASE("importing the same meeting twice needs new ids")
{
    TempDir dir;
    auto ws = openWs(dir.path(QStringLiteral("ws.sqlite")));
    const QString seed = DefaultWorkspace::seedTemplate();
    auto first = Archive::importFile(*ws, seed);
    REQUIRE(first.ok());
    auto again = Archive::importFile(*ws, seed);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("--new-ids")));
    auto copy = Archive::importFile(*ws, seed, {.newIds = true});
    REQUIRE(copy.ok());
    CHECK(copy.value() != first.value());
    MeetingRepository meetings(*ws);
    CHECK(meetings.meetings().value().size() == 2);
    const auto a = meetings.load(first.value()).value();
    const auto b = meetings.load(copy.value()).value();
    CHECK(a.meeting.title == b.meeting.title);
    CHECK(a.priorityItems.size() == b.priorityItems.size());
    CHECK(a.agenda.first().id != b.agenda.first().id);
}

TEST_CASE("an export to an unwritable place fails clearly and leaves the old file")
{
    TempDir dir;
    const QString nowhere = dir.path(QStringLiteral("no/such/folder/out.json"));
    const Status s = Archive::writeFileAtomically(nowhere, "x");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("out.json")));

    const QString existing = dir.path(QStringLiteral("out.json"));
    writeAll(existing, "previous");
    REQUIRE(Archive::writeFileAtomically(existing, "new content").ok());
    CHECK(readAll(existing) == QByteArray("new content"));
}

TEST_CASE("the default workspace is created once with the seed meeting")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("data/copil.sqlite"));
    {
        auto ws = DefaultWorkspace::open(path);
        INFO((ws.ok() ? QString() : ws.error()).toStdString());
        REQUIRE(ws.ok());
        const auto meetings = MeetingRepository(*ws.value()).meetings().value();
        REQUIRE(meetings.size() == 1);
        CHECK(meetings[0].date == QDate(2017, 10, 11));
        REQUIRE(MeetingRepository(*ws.value()).remove(meetings[0].id).ok());
    }
    // Second launch: opened as it is, the seed is not imported again.
    auto ws = DefaultWorkspace::open(path);
    REQUIRE(ws.ok());
    CHECK(MeetingRepository(*ws.value()).meetings().value().isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".building")));
    CHECK(DefaultWorkspace::path().endsWith(QStringLiteral("copil.sqlite")));
}
