#include "CapturedDay.h"
#include "ServerSupport.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "exchange/Export.h"
#include "exchange/RoomCopy.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"
#include "storage/RoomRepository.h"
#include "storage/RowStore.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUndoStack>

using namespace copil;
using copil::test::TempDir;
using domain::ChangeOrigin;
using exchange::MergeSide;
using exchange::RoomCopy;
using exchange::RoomMerge;

namespace {

using Clock = domain::ManualClock;

QDateTime at(int h, int m)
{
    return QDateTime(QDate(2017, 10, 11), QTime(h, m));
}

// One laptop: a session over a workspace, as the window has it.
struct Laptop {
    std::shared_ptr<Clock> clock = std::make_shared<Clock>(at(9, 40));
    std::unique_ptr<session::Session> session;

    explicit Laptop(const QString& location, bool seed = false)
    {
        auto ws = storage::Workspace::open(location);
        INFO((ws ? QString() : ws.error()).toStdString());
        REQUIRE(ws.ok());
        if (seed) {
            REQUIRE(storage::MeetingRepository(*ws.value()).insertAll(test::capturedDay()).ok());
        }
        session = std::make_unique<session::Session>(std::move(ws).value(), clock);
        REQUIRE(session->hasMeeting());
    }
    session::Editor& editor() const { return session->editor(); }
    QString m() const { return session->meetingId(); }
    const domain::MeetingData& data() const { return session->data(); }
    domain::MeetingData stored() const
    {
        auto d = storage::MeetingRepository(session->workspace()).load(m());
        REQUIRE(d.ok());
        return d.value();
    }
    QString subgroup(int number) const
    {
        for (const auto& s : data().subgroups) {
            if (s.number == number) {
                return s.id;
            }
        }
        FAIL("no subgroup " << number);
        return {};
    }
    QList<domain::GuidingQuestion> questionsOf(int number) const
    {
        QList<domain::GuidingQuestion> out;
        for (const auto& q : data().questions) {
            if (q.subgroupId == subgroup(number)) {
                out << q;
            }
        }
        return out;
    }
    QList<domain::PriorityItem> causesOf(int number) const
    {
        QList<domain::PriorityItem> out;
        for (const auto& p : data().priorityItems) {
            if (p.subgroupId == subgroup(number)) {
                out << p;
            }
        }
        return out;
    }
    domain::Note addNote(const QString& questionId, const QString& text, const QString& id = {},
                         int position = -1)
    {
        domain::Note n;
        n.id = id.isEmpty() ? domain::newId() : id;
        n.targetType = domain::NoteTarget::Question;
        n.targetId = questionId;
        n.position = position >= 0 ? position : 100 + int(data().notes.size());
        n.kind = domain::NoteKind::Finding;
        n.text = text;
        n.createdAt = clock->now();
        n.updatedAt = n.createdAt;
        REQUIRE(editor().saveNote(m(), QStringLiteral("Note"), n));
        return n;
    }
    void setNoteText(const QString& id, const QString& text)
    {
        domain::Note n = *domain::findRow(data().notes, id);
        n.text = text;
        REQUIRE(editor().saveNote(m(), QStringLiteral("Note"), n));
    }
};

// The facilitator's laptop, with the captured day, and its room copies in the same folder.
struct Day {
    TempDir dir;
    test::Workspaces spaces{dir};
    QString location = spaces.location(QStringLiteral("hub.sqlite"));
    Laptop hub{location, true};

    QString copy(int subgroup, const QString& name)
    {
        const QString file = dir.path(name);
        auto written = RoomCopy::write(hub.session->workspace(), hub.m(), hub.subgroup(subgroup),
                                       file, hub.clock->now());
        INFO((written ? QString() : written.error()).toStdString());
        REQUIRE(written.ok());
        return file;
    }
    domain::Result<exchange::MergePlan> plan(const QString& file)
    {
        return RoomMerge::prepare(hub.session->workspace(), file);
    }
    // Merges with every conflict decided by side; the number of conflicts met.
    qsizetype merge(const QString& file, MergeSide side = MergeSide::Hub)
    {
        auto p = plan(file);
        INFO((p ? QString() : p.error()).toStdString());
        REQUIRE(p.ok());
        auto c = RoomMerge::resolve(p.value(), QList<MergeSide>(p.value().conflicts.size(), side),
                                    hub.clock->now());
        INFO((c ? QString() : c.error()).toStdString());
        REQUIRE(c.ok());
        REQUIRE(hub.editor().mergeRoomCopy(c.value()));
        return p.value().conflicts.size();
    }
    // What the next merge of file would write.
    exchange::MergeChanges changesOf(const QString& file)
    {
        auto p = plan(file);
        REQUIRE(p.ok());
        auto c = RoomMerge::resolve(p.value(), {}, hub.clock->now());
        REQUIRE(c.ok());
        return c.value();
    }
};

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

QByteArray minutesOf(const domain::MeetingData& data)
{
    exchange::ExportRequest r;
    r.format = exchange::ExportFormat::Markdown;
    r.now = at(18, 0);
    auto bytes = exchange::renderMeeting(data, r);
    REQUIRE(bytes.ok());
    return bytes.value();
}

} // namespace

TEST_CASE("rooms: two rooms captured on their own laptops and merged give what one laptop "
          "would have, minutes included",
          "[engines]")
{
    Day day;
    const QString file3 = day.copy(3, QStringLiteral("salle-3.sqlite"));
    const QString file4 = day.copy(4, QStringLiteral("salle-4.sqlite"));
    // The same work done on one laptop, for comparison.
    TempDir other;
    const QString alonePath = other.path(QStringLiteral("alone.sqlite"));
    REQUIRE(QFile::copy(file3, alonePath));

    const auto capture3 = [](Laptop& l) {
        const auto qs = l.questionsOf(3);
        l.addNote(qs[0].id, QStringLiteral("Les EPCI portent le contrat de ville."),
                  QStringLiteral("a3-1"));
        l.addNote(qs[1].id, QStringLiteral("Le CIAS reste rare."), QStringLiteral("a3-2"));
        domain::GuidingQuestion q = qs[1];
        q.progress = domain::QuestionProgress::Done;
        REQUIRE(l.editor().saveQuestion(l.m(), QStringLiteral("Question"), q));
        REQUIRE(l.editor().setAttendance(l.m(), {QStringLiteral("p-paul")},
                                         domain::Attendance::Present));
    };
    const auto capture4 = [](Laptop& l) {
        const auto causes = l.causesOf(4);
        l.addNote(l.questionsOf(4).value(0, l.questionsOf(3)[0]).id,
                  QStringLiteral("Coopérer, c’est partager les diagnostics."),
                  QStringLiteral("a4-1"), 200);
        REQUIRE(l.editor().setDots(l.m(), causes[2].id, QStringLiteral("p-yves"), 2));
        REQUIRE(l.editor().setScore(l.m(), causes[1].id, l.data().criteria[0].id, 5));
        domain::Solution s;
        s.id = QStringLiteral("a4-solution");
        s.itemId = causes[1].id;
        s.position = 5;
        s.text = QStringLiteral("Une conférence des financeurs deux fois par an");
        s.feasibility = 3;
        s.impact = 4;
        REQUIRE(l.editor().saveSolution(l.m(), QStringLiteral("Solution"), s));
    };
    {
        Laptop room3(file3);
        CHECK(room3.m() == day.hub.m());
        capture3(room3);
    }
    {
        Laptop room4(file4);
        capture4(room4);
    }
    {
        Laptop alone(alonePath);
        capture3(alone);
        capture4(alone);
    }
    const QByteArray before3 = hashOf(file3);
    CHECK(day.merge(file3) == 0);
    CHECK(day.merge(file4) == 0);
    CHECK(hashOf(file3) == before3); // the room copy is never changed by a merge

    Laptop alone(alonePath);
    domain::MeetingData merged = day.hub.stored();
    domain::MeetingData expected = alone.stored();
    CHECK(merged == expected);
    CHECK(minutesOf(merged) == minutesOf(expected));
    // The Session took the merge as change events: its data is the stored one.
    CHECK(day.hub.data() == merged);
}

TEST_CASE("rooms: a field changed on one side takes that change, the same field changed on "
          "both is a conflict decided by the facilitator",
          "[engines]")
{
    Day day;
    const QString file = day.copy(3, QStringLiteral("salle.sqlite"));
    const QString n1 = QStringLiteral("n1");
    const QString n2 = QStringLiteral("n2");
    const QString n3 = QStringLiteral("n3");
    {
        Laptop room(file);
        room.setNoteText(n1, QStringLiteral("n1 salle"));
        room.setNoteText(n2, QStringLiteral("n2 salle"));
    }
    day.hub.setNoteText(n2, QStringLiteral("n2 ici"));
    day.hub.setNoteText(n3, QStringLiteral("n3 ici"));

    SECTION("the plan names the conflict side by side")
    {
        auto plan = day.plan(file);
        REQUIRE(plan.ok());
        REQUIRE(plan.value().conflicts.size() == 1);
        const auto& c = plan.value().conflicts[0];
        CHECK(c.rowId == n2);
        CHECK(c.column == u"text");
        CHECK(c.hub == u"n2 ici");
        CHECK(c.room == u"n2 salle");
        CHECK(c.text);
        CHECK(RoomMerge::describe(c).contains(u"n2 salle"));
    }
    SECTION("keep the facilitator's")
    {
        day.merge(file, MergeSide::Hub);
        const auto d = day.hub.stored();
        CHECK(domain::findRow(d.notes, n1)->text == u"n1 salle");
        CHECK(domain::findRow(d.notes, n2)->text == u"n2 ici");
        CHECK(domain::findRow(d.notes, n3)->text == u"n3 ici");
    }
    SECTION("keep the room's")
    {
        day.merge(file, MergeSide::Room);
        const auto stored = day.hub.stored();
        CHECK(domain::findRow(stored.notes, n2)->text == u"n2 salle");
    }
    SECTION("keep both texts")
    {
        day.merge(file, MergeSide::Both);
        const auto stored = day.hub.stored();
        CHECK(domain::findRow(stored.notes, n2)->text == u"n2 ici\nn2 salle");
    }
    SECTION("decided once, the conflict does not come back at the next merge")
    {
        day.merge(file, MergeSide::Hub);
        auto again = day.plan(file);
        REQUIRE(again.ok());
        CHECK(again.value().conflicts.isEmpty());
        CHECK(day.changesOf(file).isEmpty());
    }
}

TEST_CASE("rooms: removed on one side and edited on the other, the edit is kept and the "
          "preview says so",
          "[engines]")
{
    Day day;
    const QString file = day.copy(3, QStringLiteral("salle.sqlite"));
    const auto qs = day.hub.questionsOf(3);
    {
        Laptop room(file);
        REQUIRE(room.editor().removeNote(room.m(), QStringLiteral("n1")));  // edited here
        room.setNoteText(QStringLiteral("n2"), QStringLiteral("n2 salle")); // removed here
        REQUIRE(room.editor().removeNote(room.m(), QStringLiteral("n3")));  // untouched here
        // A note under a question removed here.
        room.addNote(qs[2].id, QStringLiteral("sous une question supprimée ici"));
    }
    day.hub.setNoteText(QStringLiteral("n1"), QStringLiteral("n1 ici"));
    REQUIRE(day.hub.editor().removeNote(day.hub.m(), QStringLiteral("n2")));
    REQUIRE(day.hub.editor().removeQuestion(day.hub.m(), qs[2].id));

    const auto changes = day.changesOf(file);
    auto plan = day.plan(file);
    REQUIRE(plan.ok());
    const QString preview = RoomMerge::preview(plan.value(), changes).join(u'\n');
    CHECK(preview.contains(u"supprimé dans la salle mais modifié ici, gardé"));
    CHECK(preview.contains(u"supprimé ici mais modifié dans la salle, remis"));
    CHECK(preview.contains(u"remis car on y a travaillé dans la salle"));
    day.merge(file);
    const auto d = day.hub.stored();
    CHECK(domain::findRow(d.notes, QStringLiteral("n1"))->text == u"n1 ici");
    REQUIRE(domain::findRow(d.notes, QStringLiteral("n2")));
    CHECK(domain::findRow(d.notes, QStringLiteral("n2"))->text == u"n2 salle");
    CHECK_FALSE(domain::findRow(d.notes, QStringLiteral("n3")));
    CHECK(domain::findRow(d.questions, qs[2].id));
}

TEST_CASE("rooms: merging twice changes nothing, merged at 11:30 then again at 13:00 brings "
          "only what is new, and the merge is one undo step",
          "[engines]")
{
    Day day;
    const QString file = day.copy(3, QStringLiteral("salle.sqlite"));
    const auto qs = day.hub.questionsOf(3);
    {
        Laptop room(file);
        room.addNote(qs[0].id, QStringLiteral("avant 11 h 30"));
    }
    const auto original = day.hub.stored();
    day.hub.clock->set(at(11, 30));
    day.merge(file);
    CHECK(day.hub.editor().undoStack()->count() == 1);
    CHECK(day.hub.editor().undoStack()->text(0) == u"Fusion : Sous-groupe 3");
    const auto once = day.hub.stored();
    CHECK(once.notes.size() == original.notes.size() + 1);

    SECTION("twice")
    {
        CHECK(day.changesOf(file).isEmpty());
        day.merge(file);
        CHECK(day.hub.stored() == once);
    }
    SECTION("again after more work: only the new")
    {
        // Meanwhile the facilitator corrects the merged note.
        const QString merged = once.notes.last().id;
        QString mergedId;
        for (const auto& n : once.notes) {
            if (n.text == u"avant 11 h 30") {
                mergedId = n.id;
            }
        }
        day.hub.setNoteText(mergedId, QStringLiteral("corrigée par l’animateur"));
        {
            Laptop room(file);
            room.addNote(qs[1].id, QStringLiteral("après 11 h 30"));
        }
        day.hub.clock->set(at(13, 0));
        const auto changes = day.changesOf(file);
        CHECK(changes.rowCount() == 1);
        CHECK(changes.inserted.notes.size() == 1);
        day.merge(file);
        const auto d = day.hub.stored();
        CHECK(domain::findRow(d.notes, mergedId)->text == u"corrigée par l’animateur");
        CHECK(d.notes.size() == original.notes.size() + 2);
    }
    SECTION("undo and redo")
    {
        REQUIRE(day.hub.editor().undo());
        CHECK(day.hub.stored() == original);
        CHECK(day.hub.data() == original);
        // Undone, the merge is to be made again in full.
        CHECK(day.changesOf(file).inserted.notes.size() == 1);
        REQUIRE(day.hub.editor().redo());
        CHECK(day.hub.stored() == once);
    }
}

TEST_CASE("rooms: copies from two rooms that touched different things give the same meeting "
          "whatever the order they are merged in",
          "[engines]")
{
    const auto run = [](bool threeFirst) {
        Day day;
        const QString f3 = day.copy(3, QStringLiteral("3.sqlite"));
        const QString f4 = day.copy(4, QStringLiteral("4.sqlite"));
        {
            Laptop r(f3);
            r.addNote(r.questionsOf(3)[0].id, QStringLiteral("trois"), QStringLiteral("n-trois"));
            r.setNoteText(QStringLiteral("n1"), QStringLiteral("n1 par 3"));
        }
        {
            Laptop r(f4);
            REQUIRE(r.editor().setScore(r.m(), r.causesOf(4)[0].id, r.data().criteria[0].id, 2));
            REQUIRE(r.editor().setDots(r.m(), r.causesOf(4)[2].id, QStringLiteral("p-yves"), 1));
        }
        day.hub.setNoteText(QStringLiteral("n4"), QStringLiteral("n4 ici"));
        day.merge(threeFirst ? f3 : f4);
        day.merge(threeFirst ? f4 : f3);
        return day.hub.stored();
    };
    CHECK(run(true) == run(false));
}

TEST_CASE("rooms: refused with a clear message and nothing changed: another workspace, another "
          "meeting, a newer Copil, a damaged file, not a room copy",
          "[engines]")
{
    Day day;
    const QString file = day.copy(3, QStringLiteral("salle.sqlite"));
    const auto before = day.hub.stored();
    const auto refused = [&](const QString& path, const char* words) {
        auto plan = day.plan(path);
        REQUIRE_FALSE(plan.ok());
        INFO(plan.error().toStdString());
        CHECK(plan.error().contains(QString::fromUtf8(words)));
        CHECK(day.hub.stored() == before);
    };
    SECTION("another workspace")
    {
        TempDir elsewhere;
        Laptop other(elsewhere.path(QStringLiteral("other.sqlite")), true);
        const QString f = elsewhere.path(QStringLiteral("copie.sqlite"));
        REQUIRE(RoomCopy::write(other.session->workspace(), other.m(), {}, f, at(9, 0)).ok());
        refused(f, "d’un autre espace de travail");
    }
    SECTION("another meeting")
    {
        // The same workspace, a meeting it no longer holds.
        REQUIRE(storage::MeetingRepository(day.hub.session->workspace())
                    .insertAll([] {
                        auto d = test::capturedDay();
                        domain::assignNewIds(d);
                        return d;
                    }())
                    .ok());
        const auto meetings = storage::MeetingRepository(day.hub.session->workspace()).meetings();
        QString otherId;
        for (const auto& m : meetings.value()) {
            if (m.id != day.hub.m()) {
                otherId = m.id;
            }
        }
        const QString f = day.dir.path(QStringLiteral("autre.sqlite"));
        REQUIRE(RoomCopy::write(day.hub.session->workspace(), otherId, {}, f, at(9, 0)).ok());
        REQUIRE(storage::MeetingRepository(day.hub.session->workspace()).remove(otherId).ok());
        refused(f, "qui n’est pas dans cet espace de travail");
    }
    SECTION("a newer Copil")
    {
        {
            auto ws = storage::Workspace::open(file);
            REQUIRE(ws.ok());
            QSqlQuery q(ws.value()->database());
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        refused(file, "ne peut pas être fusionné");
    }
    SECTION("a damaged file")
    {
        QByteArray bytes = test::readAll(file);
        bytes.truncate(bytes.size() / 3);
        test::writeAll(file, bytes);
        refused(file, "ne peut pas être fusionné");
    }
    SECTION("an ordinary workspace")
    {
        TempDir elsewhere;
        {
            Laptop plain(elsewhere.path(QStringLiteral("plain.sqlite")), true);
        }
        refused(elsewhere.path(QStringLiteral("plain.sqlite")), "n’est pas un poste de salle");
    }
    SECTION("a file that is not there")
    {
        refused(day.dir.path(QStringLiteral("absent.sqlite")), "introuvable");
    }
}

TEST_CASE("rooms: the room copy says what it is and where it came from")
{
    Day day;
    day.hub.clock->set(QDateTime(QDate(2017, 10, 11), QTime(9, 40)));
    const QString file = day.copy(4, QStringLiteral("salle.sqlite"));
    auto ws = storage::Workspace::open(file);
    REQUIRE(ws.ok());
    auto info = RoomCopy::read(*ws.value());
    REQUIRE(info.ok());
    REQUIRE(info.value().has_value());
    CHECK(info.value()->mark.subgroupId == day.hub.subgroup(4));
    CHECK(RoomCopy::banner(info.value()->mark) ==
          QStringLiteral("Poste de salle : Sous-groupe 4 — copié le 11/10 à 9\u00A0h\u00A040"));
    auto plain = RoomCopy::read(day.hub.session->workspace());
    REQUIRE(plain.ok());
    CHECK_FALSE(plain.value().has_value());
}

TEST_CASE("rooms: random edits on the facilitator's laptop and in two room copies, merged: no "
          "edit of any side is lost except where a conflict was decided",
          "[engines]")
{
    auto seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    for (int round = 0; round < 3; ++round) {
        Day day;
        const QString f3 = day.copy(3, QStringLiteral("3.sqlite"));
        const QString f4 = day.copy(4, QStringLiteral("4.sqlite"));
        // What each side last wrote into each note's text, and the notes it added.
        QHash<QString, QString> hubText, roomText[2];
        QStringList removedByHub;
        const auto edit = [&rng](Laptop& l, QHash<QString, QString>& texts, const QString& tag,
                                 QStringList* removed) {
            for (int i = 0; i < 12; ++i) {
                const auto& notes = l.data().notes;
                const int what = int(rng.bounded(4));
                if (what == 0 || notes.isEmpty()) {
                    const auto qs = l.data().questions;
                    const auto n = l.addNote(qs[int(rng.bounded(int(qs.size())))].id,
                                             tag + QString::number(i));
                    texts.insert(n.id, n.text);
                } else if (what == 3 && removed) {
                    const QString id = notes[int(rng.bounded(int(notes.size())))].id;
                    if (!texts.contains(id)) {
                        REQUIRE(l.editor().removeNote(l.m(), id));
                        *removed << id;
                    }
                } else {
                    const QString id = notes[int(rng.bounded(int(notes.size())))].id;
                    const QString text = tag + QStringLiteral(" edit ") + QString::number(i);
                    l.setNoteText(id, text);
                    texts.insert(id, text);
                }
            }
        };
        {
            Laptop r(f3);
            edit(r, roomText[0], QStringLiteral("salle 3"), nullptr);
        }
        {
            Laptop r(f4);
            edit(r, roomText[1], QStringLiteral("salle 4"), nullptr);
        }
        edit(day.hub, hubText, QStringLiteral("ici"), &removedByHub);
        const bool room3First = rng.bounded(2) == 0;
        const MergeSide side = rng.bounded(2) == 0 ? MergeSide::Hub : MergeSide::Room;
        day.merge(room3First ? f3 : f4, side);
        day.merge(room3First ? f4 : f3, side);
        const auto d = day.hub.stored();
        // Each text written on one side only is there; where several sides wrote the same
        // note, one of theirs is (the conflict's decision).
        QSet<QString> ids;
        for (const auto& h : {hubText, roomText[0], roomText[1]}) {
            for (auto it = h.cbegin(); it != h.cend(); ++it) {
                ids.insert(it.key());
            }
        }
        for (const QString& id : ids) {
            const auto* n = domain::findRow(d.notes, id);
            INFO("note " << id.toStdString());
            REQUIRE(n);
            QStringList written;
            for (const auto& h : {hubText, roomText[0], roomText[1]}) {
                if (h.contains(id)) {
                    written << h.value(id);
                }
            }
            CHECK(written.contains(n->text));
            if (written.size() == 1) {
                CHECK(n->text == written[0]);
            }
        }
        // What the facilitator removed and nobody edited stays removed.
        for (const QString& id : removedByHub) {
            if (!roomText[0].contains(id) && !roomText[1].contains(id)) {
                CHECK_FALSE(domain::findRow(d.notes, id));
            }
        }
        CHECK(day.changesOf(f3).isEmpty());
        CHECK(day.changesOf(f4).isEmpty());
    }
}

TEST_CASE("rooms: a score given on both laptops to the same cause and criterion meets as one "
          "row, a conflict when they differ",
          "[engines]")
{
    Day day;
    const QString item = day.hub.causesOf(4)[0].id;
    const QString criterion = day.hub.data().criteria[0].id;
    const auto scoresOf = [&](const domain::MeetingData& d) {
        QList<domain::CriterionScore> out;
        for (const auto& s : d.scores) {
            if (s.itemId == item && s.criterionId == criterion) {
                out << s;
            }
        }
        return out;
    };
    REQUIRE(day.hub.editor().setScore(day.hub.m(), item, criterion, 0));
    const QString file = day.copy(4, QStringLiteral("salle.sqlite"));
    {
        Laptop room(file);
        REQUIRE(room.editor().setScore(room.m(), item, criterion, 4));
    }
    REQUIRE(day.hub.editor().setScore(day.hub.m(), item, criterion, 2));
    auto plan = day.plan(file);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().conflicts.size() == 1);
    CHECK(plan.value().conflicts[0].column == u"score");
    day.merge(file, MergeSide::Room);
    const auto merged = scoresOf(day.hub.stored());
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].score == 4);
    CHECK(day.changesOf(file).isEmpty());
}

TEST_CASE("rooms: a workspace of schema 6 is given an identity of its own when updated")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    const QString b = dir.path(QStringLiteral("b.sqlite"));
    for (const QString& path : {a, b}) {
        {
            REQUIRE(storage::Workspace::open(path).ok());
        }
        // Back to schema 6: what migrations 7 (civility), 8 (room copies), 9 (action
        // follow-up) and 12 (minutes history) added goes.
        test::rawExec(
            path,
            {QStringLiteral("ALTER TABLE participant DROP COLUMN civility"),
             QStringLiteral("ALTER TABLE action_item DROP COLUMN continues_action_id"),
             QStringLiteral("ALTER TABLE meeting DROP COLUMN minutes_history"),
             QStringLiteral("DROP TABLE workspace_info"), QStringLiteral("DROP TABLE room_copy"),
             QStringLiteral("DROP TABLE room_merge"), QStringLiteral("PRAGMA user_version = 6")});
    }
    auto wa = storage::Workspace::open(a);
    auto wb = storage::Workspace::open(b);
    REQUIRE(wa.ok());
    REQUIRE(wb.ok());
    CHECK(wa.value()->schemaVersion() == storage::Workspace::latestSchemaVersion());
    auto ia = storage::RoomRepository(*wa.value()).identity();
    auto ib = storage::RoomRepository(*wb.value()).identity();
    REQUIRE(ia.ok());
    REQUIRE(ib.ok());
    CHECK(ia.value().size() == 32);
    CHECK(ia.value() != ib.value());
}

TEST_CASE("rooms: a row someone else saved since the preview refuses the whole merge, and "
          "nothing is written",
          "[engines]")
{
    Day day;
    const QString file = day.copy(3, QStringLiteral("salle.sqlite"));
    {
        Laptop room(file);
        room.setNoteText(QStringLiteral("n1"), QStringLiteral("n1 salle"));
        room.addNote(room.questionsOf(3)[0].id, QStringLiteral("nouvelle de la salle"));
    }
    const auto changes = day.changesOf(file);
    REQUIRE(changes.updated.notes.size() == 1);
    // Another client of the same workspace saves that note meanwhile.
    {
        auto other = storage::Workspace::open(day.location);
        REQUIRE(other.ok());
        storage::RowStore rows(*other.value());
        domain::Note n = rows.rowsById<domain::Note>({QStringLiteral("n1")}).value().first();
        n.text = QStringLiteral("autre poste");
        REQUIRE(rows.update(day.hub.m(), n).ok());
    }
    const auto before = day.hub.stored();
    QString message;
    QObject::connect(&day.hub.editor(), &session::Editor::failed,
                     [&message](const QString& m) { message = m; });
    CHECK_FALSE(day.hub.editor().mergeRoomCopy(changes));
    CHECK(message.contains(u"Quelqu’un d’autre a enregistré"));
    CHECK(day.hub.stored() == before);
    CHECK(domain::findRow(before.notes, QStringLiteral("n1"))->text == u"autre poste");
    // The preview made again shows it as a conflict.
    auto plan = day.plan(file);
    REQUIRE(plan.ok());
    REQUIRE(plan.value().conflicts.size() == 1);
    CHECK(plan.value().conflicts[0].hub == u"autre poste");
}
