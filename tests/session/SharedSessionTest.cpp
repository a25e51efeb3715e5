// The Session over both engines, and two clients of one shared workspace: what one saves
// reaches the other's Session as the same change event as a local edit; a save based on
// a version someone else has replaced shows both; undo never undoes someone else's work;
// a server restarted in the middle of typing loses nothing.

#include "SampleMeeting.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUndoStack>

using namespace copil;
using namespace copil::domain;
using copil::test::TempDir;
using copil::test::Workspaces;

namespace {

std::unique_ptr<storage::Workspace> openAt(const QString& location)
{
    auto ws = storage::Workspace::open(location);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

template <class F> bool waitFor(F pred, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return pred();
}

// A workspace holding the sample meeting, and a Session over it with that meeting open.
struct Client {
    explicit Client(const QString& location, const QString& meetingId = {})
        : session(openAt(location))
    {
        QObject::connect(&session, &session::Session::changed,
                         [this](const ChangeEvent& e) { events << e; });
        QObject::connect(&session, &session::Session::failed,
                         [this](const QString& m, Fault) { failures << m; });
        if (!meetingId.isEmpty()) {
            session.openMeeting(meetingId);
        }
    }
    session::Editor& editor() { return session.editor(); }
    const Note& note(const QString& id) const
    {
        const Note* n = findRow(session.data().notes, id);
        REQUIRE(n);
        return *n;
    }
    session::Session session;
    QList<ChangeEvent> events;
    QStringList failures;
};

QString storedText(storage::Workspace& ws, const QString& meetingId, const QString& noteId)
{
    auto n = storage::NoteRepository(ws).note(meetingId, noteId);
    REQUIRE(n.ok());
    REQUIRE(n.value().size() == 1);
    return n.value().first().text;
}

} // namespace

TEST_CASE("an edit through the Session's editor is saved, reported and undone", "[engines]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString location = where.location(QStringLiteral("copil.sqlite"));
    const MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    Client a(location, m.meeting.id);
    REQUIRE(a.session.data() == m);

    Note n = a.note(m.notes.first().id);
    n.text = QStringLiteral("Première version");
    REQUIRE(a.editor().saveNote(m.meeting.id, QStringLiteral("Note"), n));
    REQUIRE(a.events.size() == 1);
    CHECK(a.events.first().origin == ChangeOrigin::Edit);
    CHECK(a.events.first().of(EntityKind::Note).updated == QStringList{n.id});
    CHECK(a.note(n.id).text == n.text);
    CHECK(a.note(n.id).rowRevision.value == 2);

    // Successive saves of one's own, even from a copy read before them, are no conflict.
    n.text = QStringLiteral("Deuxième version");
    REQUIRE(a.editor().saveNote(m.meeting.id, QStringLiteral("Note"), n));
    CHECK(a.note(n.id).rowRevision.value == 3);

    REQUIRE(a.editor().undo());
    CHECK(a.note(n.id).text == QStringLiteral("Première version"));
    CHECK(a.events.last().origin == ChangeOrigin::Undo);
    REQUIRE(a.editor().undo());
    CHECK(a.note(n.id).text == m.notes.first().text);
    CHECK(storedText(a.session.workspace(), m.meeting.id, n.id) == m.notes.first().text);
}

TEST_CASE("saving a row someone else saved since shows both versions and lets one choose",
          "[engines]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString location = where.location(QStringLiteral("copil.sqlite"));
    const MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    Client a(location, m.meeting.id);
    Client b(location, m.meeting.id);
    const QString id = m.notes.first().id;
    Note mine = a.note(id); // what A reads before B saves
    Note theirs = b.note(id);
    theirs.text = QStringLiteral("Texte de B");
    REQUIRE(b.editor().saveNote(m.meeting.id, QStringLiteral("Note"), theirs));

    mine.text = QStringLiteral("Texte de A");
    CHECK_FALSE(a.editor().saveNote(m.meeting.id, QStringLiteral("Note"), mine));
    REQUIRE(a.editor().hasConflict());
    const session::Conflict& c = a.editor().conflict();
    CHECK(c.table == QStringLiteral("note"));
    REQUIRE(c.fields.size() == 1);
    CHECK(c.fields.first().column == QStringLiteral("text"));
    CHECK(c.fields.first().mine == QStringLiteral("Texte de A"));
    CHECK(c.fields.first().theirs == QStringLiteral("Texte de B"));
    // Nothing overwritten while the person chooses.
    CHECK(storedText(a.session.workspace(), m.meeting.id, id) == QStringLiteral("Texte de B"));

    SECTION("keeping mine saves it over theirs")
    {
        REQUIRE(a.editor().keepMine());
        CHECK_FALSE(a.editor().hasConflict());
        CHECK(storedText(a.session.workspace(), m.meeting.id, id) == QStringLiteral("Texte de A"));
    }
    SECTION("keeping theirs drops mine")
    {
        a.editor().keepTheirs();
        CHECK_FALSE(a.editor().hasConflict());
        CHECK(storedText(a.session.workspace(), m.meeting.id, id) == QStringLiteral("Texte de B"));
    }
}

TEST_CASE("undo applies to one's own edits and refuses when someone else changed the row since",
          "[engines]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString location = where.location(QStringLiteral("copil.sqlite"));
    const MeetingData m = copil::test::sampleMeeting();
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    Client a(location, m.meeting.id);
    Client b(location, m.meeting.id);
    const QString id = m.notes.first().id;
    Note n = a.note(id);
    n.text = QStringLiteral("Texte de A");
    REQUIRE(a.editor().saveNote(m.meeting.id, QStringLiteral("Note de A"), n));

    Note later = b.note(id);
    auto fresh = storage::NoteRepository(b.session.workspace()).note(m.meeting.id, id);
    REQUIRE(fresh.ok());
    later = fresh.value().first();
    later.text = QStringLiteral("Texte de B");
    REQUIRE(b.editor().saveNote(m.meeting.id, QStringLiteral("Note de B"), later));

    QStringList said;
    QObject::connect(&a.editor(), &session::Editor::failed,
                     [&said](const QString& message, Fault) { said << message; });
    CHECK_FALSE(a.editor().undo());
    REQUIRE(said.size() == 1);
    CHECK(said.first().contains(QStringLiteral("n’a pas pu être annulé")));
    CHECK(said.first().contains(QStringLiteral("Quelqu’un d’autre")));
    CHECK(storedText(a.session.workspace(), m.meeting.id, id) == QStringLiteral("Texte de B"));
    CHECK(a.editor().undoStack()->canUndo()); // the step stays: nothing was undone

    // A note A added and nobody touched: undo removes it.
    Note added{newId(),
               NoteTarget::Question,
               m.questions.first().id,
               9,
               NoteKind::Remark,
               QStringLiteral("Ajout"),
               {},
               {},
               {}};
    REQUIRE(a.editor().saveNote(m.meeting.id, QStringLiteral("Ajout"), added));
    REQUIRE(a.editor().undo());
    CHECK_FALSE(
        storage::NoteRepository(a.session.workspace()).note(m.meeting.id, added.id).value().size());
}

TEST_CASE("a change saved by one client reaches the other's Session within half a second",
          "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString location = where.serverLocation();
    MeetingData m = copil::test::sampleMeeting();
    // Draft minutes: a change to validated ones is followed by their return to draft, a
    // second event (tested in ExportTest).
    m.meeting.minutesValidatedBy.clear();
    m.meeting.minutesValidatedAt = {};
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    Client a(location, m.meeting.id);
    Client b(location, m.meeting.id);
    const QString id = m.notes.first().id;

    Note n = a.note(id);
    n.text = QStringLiteral("Vu par B");
    QElapsedTimer t;
    t.start();
    REQUIRE(a.editor().saveNote(m.meeting.id, QStringLiteral("Note"), n));
    REQUIRE(waitFor([&] { return !b.events.isEmpty(); }, 2000));
    const qint64 elapsed = t.elapsed();
    CHECK(elapsed < 500);
    const ChangeEvent& e = b.events.first();
    CHECK(e.origin == ChangeOrigin::Remote);
    CHECK(e.meetingId == m.meeting.id);
    CHECK(e.of(EntityKind::Note).updated == QStringList{id});
    CHECK(e.rowCount() == 1);
    CHECK(b.note(id).text == QStringLiteral("Vu par B"));
    CHECK(b.note(id).rowRevision.value == a.note(id).rowRevision.value);
    // The event is the one A's own Session had, origin aside.
    REQUIRE(a.events.size() == 1);
    CHECK(a.events.first().kinds == e.kinds);

    // A removal with its cascades: the same rows on both sides.
    a.events.clear();
    b.events.clear();
    const QString subgroup = m.subgroups.first().id;
    REQUIRE(a.editor().removeSubgroup(m.meeting.id, subgroup));
    REQUIRE(waitFor([&] {
        return !b.events.isEmpty() && !findRow(b.session.data().subgroups, subgroup) &&
               b.session.data().questions.size() == a.session.data().questions.size();
    }));
    CHECK(b.session.data() == a.session.data());
    REQUIRE(a.events.size() == 1);
    ChangeEvent merged;
    for (const auto& x : b.events) {
        for (int k = 0; k < kEntityKinds; ++k) {
            for (const QString& r : x.kinds[size_t(k)].removed) {
                merged.kinds[size_t(k)].remove(r);
            }
        }
    }
    for (int k = 0; k < kEntityKinds; ++k) {
        QStringList want = a.events.first().kinds[size_t(k)].removed;
        QStringList got = merged.kinds[size_t(k)].removed;
        want.sort();
        got.sort();
        INFO(nameOf(EntityKind(k)).toStdString());
        CHECK(got == want);
    }
}

TEST_CASE("the server restarted in the middle of typing loses nothing", "[server]")
{
    // A server of its own: the one the other tests use stays up.
    copil::test::PrivateServer server;
    const QString location = server.newDatabase(QStringLiteral("restarted"));
    MeetingData m = copil::test::sampleMeeting();
    // Draft minutes: validated ones would go back to draft after the first keystroke, one
    // more event after the reconnection's (tested in ExportTest).
    m.meeting.minutesValidatedBy.clear();
    m.meeting.minutesValidatedAt = {};
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    Client a(location, m.meeting.id);
    QStringList lost;
    int restored = 0;
    QObject::connect(&a.session, &session::Session::connectionLost,
                     [&lost](const QString& why) { lost << why; });
    QObject::connect(&a.session, &session::Session::connectionRestored,
                     [&restored] { ++restored; });
    const QString id = m.notes.first().id;
    Note n = a.note(id);
    n.text = QStringLiteral("Avant l’arrêt");
    REQUIRE(a.editor().typeNote(m.meeting.id, n));

    server.control(QStringLiteral("stop"));
    // Typing goes on while the server is away: each keystroke's save is kept.
    n.text = QStringLiteral("Pendant l’arrêt");
    CHECK_FALSE(a.editor().typeNote(m.meeting.id, n));
    n.text = QStringLiteral("Pendant l’arrêt, suite");
    CHECK_FALSE(a.editor().typeNote(m.meeting.id, n));
    Note added{newId(),
               NoteTarget::Question,
               m.questions.first().id,
               7,
               NoteKind::Proposal,
               QStringLiteral("Nouvelle note hors ligne"),
               {},
               {},
               {}};
    CHECK_FALSE(a.editor().saveNote(m.meeting.id, QStringLiteral("Ajout"), added));
    CHECK(waitFor([&] { return !lost.isEmpty(); }, 1000));
    CHECK(a.editor().hasUnsaved());
    CHECK_FALSE(a.session.workspace().isOnline());

    server.control(QStringLiteral("start"));
    REQUIRE(waitFor([&] { return restored > 0; }, 15000));
    CHECK(a.session.workspace().isOnline());
    CHECK_FALSE(a.editor().hasUnsaved());
    // Saved on reconnection, in order, then everything read again.
    auto check = openAt(location);
    CHECK(storedText(*check, m.meeting.id, id) == QStringLiteral("Pendant l’arrêt, suite"));
    CHECK(storedText(*check, m.meeting.id, added.id) == added.text);
    REQUIRE_FALSE(a.events.isEmpty());
    CHECK(a.events.last().reset);
    CHECK(a.events.last().origin == ChangeOrigin::Remote);
    CHECK(a.note(id).text == QStringLiteral("Pendant l’arrêt, suite"));
    // Typing after the reconnection is saved at once, and the typing is one undo step.
    n = a.note(id);
    n.text = QStringLiteral("Après le retour");
    REQUIRE(a.editor().typeNote(m.meeting.id, n));
}

TEST_CASE("validated minutes changed while the server is away go back to draft once it is back",
          "[server]")
{
    copil::test::PrivateServer server;
    const QString location = server.newDatabase(QStringLiteral("draft"));
    const MeetingData m = copil::test::sampleMeeting(); // minutes validated by Lise Pelerin
    REQUIRE(m.meeting.minutesValidated());
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    Client a(location, m.meeting.id);
    Note n = a.note(m.notes.first().id);
    n.text = QStringLiteral("Corrigée après la validation");
    // Saved; the return to draft comes next, from the event loop, which the server's stop
    // beats.
    REQUIRE(a.editor().typeNote(m.meeting.id, n));
    server.control(QStringLiteral("stop"));
    QTest::qWait(200);
    CHECK(a.session.data().meeting.minutesValidated()); // not written yet
    server.control(QStringLiteral("start"));
    const auto stored = [&] {
        auto check = openAt(location);
        return storage::MeetingRepository(*check).meeting(m.meeting.id).value();
    };
    REQUIRE(waitFor([&] { return a.session.workspace().isOnline(); }, 15000));
    REQUIRE(waitFor([&] { return !a.session.data().meeting.minutesValidated(); }, 5000));
    const domain::Meeting after = stored();
    CHECK_FALSE(after.minutesValidated());
    REQUIRE(after.minutesHistory.size() == 1);
    CHECK(after.minutesHistory[0].by == m.meeting.minutesValidatedBy);
}

TEST_CASE(
    "a rapporteur's change to validated minutes takes them back to draft, and the rest of the "
    "meeting's row stays the facilitators'",
    "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString location = where.serverLocation();
    const QString db = where.lastDatabase();
    const MeetingData m = copil::test::sampleMeeting(); // minutes validated by Lise Pelerin
    REQUIRE(m.meeting.minutesValidated());
    {
        REQUIRE(storage::MeetingRepository(*openAt(location)).insertAll(m).ok());
    }
    const QString rap = QStringLiteral("copil_rap3_%1").arg(QCoreApplication::applicationPid());
    copil::test::createEditingRole(rap, db, QStringLiteral("rapporteur"), m.subgroups[0].id);
    {
        Client a(copil::test::serverUri(db, rap), m.meeting.id);
        const Note* onQuestion = nullptr;
        for (const Note& n : a.session.data().notes) {
            if (n.targetType == NoteTarget::Question) {
                onQuestion = &n;
            }
        }
        REQUIRE(onQuestion);
        Note n = *onQuestion; // on a question of subgroup 3, the rapporteur's
        n.text = QStringLiteral("Corrigée par le rapporteur après la validation");
        REQUIRE(a.editor().typeNote(m.meeting.id, n));
        REQUIRE(waitFor([&] { return !a.session.data().meeting.minutesValidated(); }, 3000));
        CHECK(a.failures.isEmpty());
        const Meeting stored =
            storage::MeetingRepository(*openAt(location)).meeting(m.meeting.id).value();
        CHECK_FALSE(stored.minutesValidated());
        REQUIRE(stored.minutesHistory.size() == 1);
        CHECK(stored.minutesHistory[0].by == m.meeting.minutesValidatedBy);

        // The meeting's title, or a validation, are not the rapporteur's to write.
        Meeting renamed = a.session.data().meeting;
        renamed.title = QStringLiteral("Un autre titre");
        CHECK_FALSE(a.editor().updateMeeting(QStringLiteral("Titre"), renamed));
        REQUIRE_FALSE(a.failures.isEmpty());
        CHECK(a.failures.last().contains(QStringLiteral("seuls les animateurs")));
        Meeting validated = a.session.data().meeting;
        validated.minutesValidatedBy = QStringLiteral("Paul");
        validated.minutesValidatedAt = QDateTime::currentDateTime();
        CHECK_FALSE(a.editor().updateMeeting(QStringLiteral("Validation"), validated));
        const Meeting still =
            storage::MeetingRepository(*openAt(location)).meeting(m.meeting.id).value();
        CHECK(still.title == m.meeting.title);
        CHECK_FALSE(still.minutesValidated());
    }
    copil::test::serverExec({QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db),
                             QStringLiteral("DROP ROLE %1").arg(rap)});
}
