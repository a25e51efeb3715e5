#include "CapturedDay.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "exchange/Archive.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;
using domain::ChangeEvent;
using domain::ChangeOrigin;
using domain::EntityKind;

namespace {

// A session over a workspace holding the captured day, opened on it.
struct Day {
    TempDir dir;
    QString path = dir.path(QStringLiteral("copil.sqlite"));
    std::shared_ptr<domain::ManualClock> clock = std::make_shared<domain::ManualClock>(
        QDateTime(QDate(2017, 10, 11), QTime(11, 0)));
    std::unique_ptr<session::Session> session;
    QList<ChangeEvent> events;

    Day()
    {
        auto ws = storage::Workspace::open(path);
        REQUIRE(ws.ok());
        REQUIRE(storage::MeetingRepository(*ws.value()).insertAll(test::capturedDay()).ok());
        session = std::make_unique<session::Session>(std::move(ws).value(), clock);
        session->openMeeting(test::capturedDay().meeting.id);
        REQUIRE(session->hasMeeting());
        QObject::connect(session.get(), &session::Session::changed,
                         [this](const ChangeEvent& e) { events << e; });
    }
    session::Editor& editor() const { return session->editor(); }
    QString m() const { return session->meetingId(); }
    domain::MeetingData stored() const
    {
        auto d = storage::MeetingRepository(session->workspace()).load(m());
        REQUIRE(d.ok());
        return d.value();
    }
};

} // namespace

TEST_CASE("a failed undo leaves the history and the file where they are, and says so")
{
    Day day;
    domain::AgendaItem item = day.session->data().agenda.first();
    item.title = QStringLiteral("Accueil et café");
    REQUIRE(day.editor().updateAgenda(day.m(), QStringLiteral("Titre"), {item}));
    const QUndoStack* stack = day.editor().undoStack();
    REQUIRE(stack->index() == 1);
    REQUIRE(day.session->workspace().setBusyTimeout(0).ok());

    // Another program holds the file: the undo cannot be written.
    auto other = storage::Workspace::open(day.path, {.createIfMissing = false});
    REQUIRE(other.ok());
    QSqlQuery lock(other.value()->database());
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSignalSpy failed(&day.editor(), &session::Editor::failed);
    CHECK_FALSE(day.editor().undo());
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(0).toString().contains(QStringLiteral("n’a pas pu être annulé")));
    CHECK(failed.first().at(0).toString().contains(QStringLiteral("verrouillé")));
    CHECK(failed.first().at(1).value<domain::Fault>() == domain::Fault::Busy);
    // Neither moved: the history still offers the same undo, the file has the edit.
    CHECK(stack->index() == 1);
    CHECK(stack->canUndo());
    CHECK(day.stored().agenda.first().title == QStringLiteral("Accueil et café"));
    CHECK(day.session->data().agenda.first().title == QStringLiteral("Accueil et café"));

    // Once the file is free, the same undo goes through; a failed redo likewise waits.
    REQUIRE(lock.exec(QStringLiteral("COMMIT")));
    REQUIRE(day.editor().undo());
    CHECK(stack->index() == 0);
    CHECK(day.stored().agenda.first().title == QStringLiteral("Accueil"));
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    CHECK_FALSE(day.editor().redo());
    CHECK(stack->index() == 0);
    CHECK(day.stored().agenda.first().title == QStringLiteral("Accueil"));
    REQUIRE(lock.exec(QStringLiteral("COMMIT")));
    REQUIRE(day.editor().redo());
    CHECK(stack->index() == 1);
    CHECK(day.stored().agenda.first().title == QStringLiteral("Accueil et café"));
}

TEST_CASE("a step of several edits is undone whole, or not at all")
{
    Day day;
    const domain::MeetingData before = day.stored();
    day.editor().beginStep(QStringLiteral("Deux notes"));
    for (int i = 0; i < 2; ++i) {
        domain::Note n;
        n.id = domain::newId();
        n.targetType = domain::NoteTarget::Question;
        n.targetId = before.questions.first().id;
        n.position = 50 + i;
        n.text = QStringLiteral("note %1").arg(i);
        REQUIRE(day.editor().saveNote(day.m(), QStringLiteral("Note"), n));
    }
    day.editor().endStep();
    REQUIRE(day.stored().notes.size() == before.notes.size() + 2);
    day.events.clear();
    REQUIRE(day.editor().undo());
    CHECK(day.stored() == before);
    // One transaction: one event for the two notes, said to come from an undo.
    REQUIRE(day.events.size() == 1);
    CHECK(day.events.first().origin == ChangeOrigin::Undo);
    CHECK(day.events.first().of(EntityKind::Note).removed.size() == 2);
}

TEST_CASE("removals take with them what the schema would, and undo brings all of it back")
{
    Day day;
    const domain::MeetingData before = day.stored();
    const QUndoStack* stack = day.editor().undoStack();

    SECTION("an agenda item with its sub-items, their notes and the links to them")
    {
        QString plenary;
        for (const auto& a : before.agenda) {
            if (a.kind == domain::AgendaItemKind::Plenary && a.parentId.isEmpty()) {
                plenary = a.id;
            }
        }
        REQUIRE(day.editor().removeAgendaItem(day.m(), plenary));
        // The step says what went.
        CHECK(stack->undoText().contains(QStringLiteral("3 sous-points")));
        CHECK(stack->undoText().contains(QStringLiteral("note")));
        const ChangeEvent& e = day.events.last();
        CHECK(e.of(EntityKind::AgendaItem).removed.size() == 4);
        CHECK(e.of(EntityKind::Statement).updated.size() == 2); // presented in "findings"
        CHECK(e.of(EntityKind::Decision).updated.size() == 1);
        CHECK(day.session->data() == day.stored());
    }
    SECTION("a participant with their dots, their rapporteur role and their actions")
    {
        REQUIRE(day.editor().removeParticipant(day.m(), QStringLiteral("p-sara")));
        CHECK(stack->undoText().contains(QStringLiteral("Sara Benali")));
        CHECK(stack->undoText().contains(QStringLiteral("3 gommettes")));
        const ChangeEvent& e = day.events.last();
        CHECK(e.of(EntityKind::DotVote).removed.size() == 2);
        CHECK(e.of(EntityKind::Subgroup).updated.size() == 1);
        CHECK(day.session->data() == day.stored());
    }
    SECTION("a cause with its dots, scores, solutions and their notes")
    {
        const QString cause = before.priorityItems[2].id;
        REQUIRE(day.editor().removePriorityItem(day.m(), cause));
        CHECK(stack->undoText().contains(QStringLiteral("2 solutions")));
        CHECK(day.session->data() == day.stored());
    }
    SECTION("a subgroup with all it holds; its members stay")
    {
        REQUIRE(day.editor().removeSubgroup(day.m(), before.subgroups[1].id));
        const auto after = day.stored();
        CHECK(after.subgroups.size() == 1);
        CHECK(after.participants.size() == before.participants.size());
        CHECK(after.priorityItems.isEmpty());
        CHECK(after.selections.isEmpty());
        CHECK(day.session->data() == after);
    }
    REQUIRE(day.editor().undo());
    CHECK(day.stored() == before);
    CHECK(day.session->data() == before);
    REQUIRE(day.editor().redo());
    CHECK(day.session->data() == day.stored());
}

TEST_CASE("every change event says where it came from, one per commit")
{
    Day day;
    QStringList everyone;
    for (const auto& p : day.session->data().participants) {
        everyone << p.id;
    }
    // Checking in the whole room: one commit, one event, every person named.
    REQUIRE(day.editor().setAttendance(day.m(), everyone, domain::Attendance::Expected));
    REQUIRE(day.events.size() == 1);
    CHECK(day.events[0].origin == ChangeOrigin::Edit);
    CHECK(day.events[0].of(EntityKind::Participant).updated.size() == everyone.size());
    REQUIRE(day.editor().undo());
    CHECK(day.events.last().origin == ChangeOrigin::Undo);
    REQUIRE(day.editor().redo());
    CHECK(day.events.last().origin == ChangeOrigin::Redo);
    CHECK(day.events.size() == 3);

    // A meeting imported beside the open one changes the list, not the open meeting.
    QSignalSpy listed(day.session.get(), &session::Session::meetingsChanged);
    const QString file = day.dir.path(QStringLiteral("copie.json"));
    test::writeAll(file, exchange::Archive::exportBytes(day.session->workspace(), day.m()).value());
    auto imported = day.session->importFile(file, {.newIds = true});
    REQUIRE(imported.ok());
    CHECK(listed.size() == 1);
    CHECK(day.session->meetings().size() == 2);
    CHECK(day.events.size() == 3);

    // A backup put back: one event that says everything may have changed.
    auto copy = storage::Backups::make(day.session->workspace(), QStringLiteral("test"));
    REQUIRE(copy.ok());
    REQUIRE(day.editor().setAttendance(day.m(), everyone, domain::Attendance::Present));
    REQUIRE(day.session->restoreBackup(copy.value()).ok());
    CHECK(day.events.last().origin == ChangeOrigin::Restore);
    CHECK(day.events.last().reset);
    CHECK(day.session->data() == day.stored());
    for (const auto& p : day.session->data().participants) {
        CHECK(p.attendance == domain::Attendance::Expected);
    }
    CHECK(day.editor().undoStack()->count() == 0);
}

TEST_CASE("the session's meeting stays the stored one through random edits, undo and redo")
{
    Day day;
    QRandomGenerator random(20171011);
    const auto pick = [&random](const auto& list) { return list.at(int(random.bounded(quint32(list.size())))); };
    for (int step = 0; step < 300; ++step) {
        const domain::MeetingData& d = day.session->data();
        switch (random.bounded(9)) {
        case 0: {
            domain::Note n;
            n.id = domain::newId();
            n.targetType = domain::NoteTarget::Question;
            n.targetId = pick(d.questions).id;
            n.position = int(random.bounded(20));
            n.text = QStringLiteral("note %1").arg(step);
            day.editor().saveNote(day.m(), QStringLiteral("Note"), n);
            break;
        }
        case 1:
            if (!d.notes.isEmpty()) {
                domain::Note n = pick(d.notes);
                n.text += QStringLiteral(" (corrigée)");
                n.position = int(random.bounded(20));
                day.editor().typeNote(day.m(), n);
            }
            break;
        case 2:
            if (!d.notes.isEmpty()) {
                day.editor().removeNote(day.m(), pick(d.notes).id);
            }
            break;
        case 3: {
            domain::GuidingQuestion q = pick(d.questions);
            q.progress = domain::QuestionProgress(random.bounded(3));
            day.editor().updateQuestion(day.m(), QStringLiteral("Avancement"), q);
            break;
        }
        case 4:
            if (!d.priorityItems.isEmpty() && !d.criteria.isEmpty()) {
                day.editor().setScore(day.m(), pick(d.priorityItems).id, pick(d.criteria).id,
                                      int(random.bounded(6)));
            }
            break;
        case 5:
            day.editor().setAttendance(day.m(), {pick(d.participants).id},
                                       domain::Attendance(random.bounded(4)));
            break;
        case 6:
            if (random.bounded(4) == 0 && d.solutions.size() > 1) {
                day.editor().removeSolution(day.m(), pick(d.solutions).id);
            }
            break;
        case 7:
            day.editor().undo();
            break;
        case 8:
            day.editor().redo();
            break;
        }
        if (step % 10 == 0) {
            INFO("step " << step);
            REQUIRE(day.session->data() == day.stored());
        }
    }
    CHECK(day.session->data() == day.stored());
}
