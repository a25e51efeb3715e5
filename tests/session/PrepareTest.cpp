#include "CapturedDay.h"
#include "TestSupport.h"
#include "domain/Preparation.h"
#include "exchange/Export.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;

namespace {

std::unique_ptr<session::Session> openSession(const QString& path)
{
    auto ws = storage::Workspace::open(path);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::make_unique<session::Session>(std::move(ws).value());
}

QString minutesOf(const domain::MeetingData& d)
{
    exchange::ExportRequest request;
    request.format = exchange::ExportFormat::Markdown;
    auto bytes = exchange::renderMeeting(d, request);
    REQUIRE(bytes.ok());
    return QString::fromUtf8(bytes.value());
}

} // namespace

TEST_CASE("the next meeting is made through the editor, survives a restart, is undone whole")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    const domain::MeetingData sixth = test::capturedDay();
    QString seventhId;
    {
        auto session = openSession(path);
        REQUIRE(session->editor().createMeeting(QStringLiteral("Import"), sixth));
        const domain::MeetingData seventh = domain::Preparation::nextOf(sixth, QDate(2018, 1, 17));
        seventhId = seventh.meeting.id;
        QSignalSpy listed(session.get(), &session::Session::meetingsChanged);
        REQUIRE(session->editor().createMeeting(QStringLiteral("Nouvelle réunion"), seventh));
        CHECK(listed.count() == 1);
        REQUIRE(session->meetings().size() == 2);
        session->openMeeting(seventhId);
        CHECK(session->data().actions.size() == 2);
    }
    // Another launch reads it back as it was made, follow-up links included.
    auto session = openSession(path);
    REQUIRE(session->meetings().size() == 2);
    auto stored = storage::MeetingRepository(session->workspace()).load(seventhId);
    REQUIRE(stored.ok());
    const domain::MeetingData& seventh = stored.value();
    CHECK(seventh.meeting.number == 7);
    CHECK(seventh.notes.isEmpty());
    CHECK(seventh.dotVotes.isEmpty());
    REQUIRE(seventh.actions.size() == 2);
    QStringList continued;
    for (const auto& a : seventh.actions) {
        continued << a.continuesActionId;
    }
    continued.sort();
    CHECK(continued == QStringList{QStringLiteral("a1"), QStringLiteral("a2")});

    // The minutes show them as the follow-up, apart from the new actions.
    domain::MeetingData withNew = seventh;
    withNew.actions << domain::ActionItem{
        domain::newId(),        5,  QStringLiteral("Préparer le bilan"), {},
        QStringLiteral("CGET"), {}, domain::ActionStatus::Open};
    const QString md = minutesOf(withNew);
    const qsizetype follow = md.indexOf(QStringLiteral("Suivi des actions"));
    const qsizetype fresh = md.indexOf(QStringLiteral("Nouvelles actions"));
    REQUIRE(follow >= 0);
    REQUIRE(fresh > follow);
    CHECK(md.indexOf(QStringLiteral("Diffuser le compte rendu aux partenaires")) > follow);
    CHECK(md.indexOf(QStringLiteral("Diffuser le compte rendu aux partenaires")) < fresh);
    CHECK(md.indexOf(QStringLiteral("Préparer le bilan")) > fresh);
    // A meeting without follow-up keeps its single « Actions » section.
    const QString sixthMinutes = minutesOf(sixth);
    CHECK_FALSE(sixthMinutes.contains(QStringLiteral("Suivi des actions")));
    CHECK_FALSE(sixthMinutes.contains(QStringLiteral("Nouvelles actions")));
}

TEST_CASE("removing a meeting backs the workspace up first, and undo brings it all back")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto session = openSession(path);
    const domain::MeetingData day = test::capturedDay();
    REQUIRE(session->editor().createMeeting(QStringLiteral("Import"), day));
    const domain::MeetingData copy = domain::Preparation::duplicate(day);
    REQUIRE(session->editor().createMeeting(QStringLiteral("Copie"), copy));
    session->openMeeting(day.meeting.id);
    const auto before = storage::MeetingRepository(session->workspace()).load(day.meeting.id);
    REQUIRE(before.ok());

    REQUIRE(session->editor().removeMeeting(day.meeting.id));
    CHECK(storage::Backups::list(path).size() == 1);
    CHECK(session->meetings().size() == 1);
    CHECK(session->meetingId() == copy.meeting.id); // the open one went: another is shown
    CHECK(session->editor().undoStack()->undoText().contains(day.meeting.title));

    REQUIRE(session->editor().undo());
    REQUIRE(session->meetings().size() == 2);
    const auto after = storage::MeetingRepository(session->workspace()).load(day.meeting.id);
    REQUIRE(after.ok());
    domain::MeetingData a = after.value();
    domain::MeetingData b = before.value();
    // Same content; the revisions of rows put back start again.
    exchange::ExportRequest json;
    json.format = exchange::ExportFormat::Json;
    CHECK(exchange::renderMeeting(a, json).value() == exchange::renderMeeting(b, json).value());
    CHECK(a.notes.size() == b.notes.size());

    // Undoing the copy takes it away again.
    REQUIRE(session->editor().undo());
    CHECK(session->meetings().size() == 1);
}
