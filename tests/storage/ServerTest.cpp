#include "SampleMeeting.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "storage/AgendaRepository.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/RowStore.h"
#include "storage/ServerAddress.h"
#include "storage/SubgroupRepository.h"

#include <QElapsedTimer>
#include <QStandardPaths>

using namespace copil::storage;
using namespace copil::domain;
using copil::test::sampleMeeting;
using copil::test::TempDir;
using copil::test::Workspaces;

namespace {

std::unique_ptr<Workspace> openAt(const QString& location)
{
    auto ws = Workspace::open(location);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

// Waits, events running, until pred holds or ms have passed.
template <class F> bool waitFor(F pred, int ms = 2000)
{
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return pred();
}

} // namespace

TEST_CASE("a PostgreSQL address follows libpq's URI rules")
{
    auto a = ServerAddress::parse(QStringLiteral("postgresql://marie@db.example.org:6543/copil"));
    REQUIRE(a.ok());
    CHECK(a.value().host == QStringLiteral("db.example.org"));
    CHECK(a.value().port == 6543);
    CHECK(a.value().user == QStringLiteral("marie"));
    CHECK(a.value().database == QStringLiteral("copil"));
    CHECK(a.value().describe() == QStringLiteral("copil sur db.example.org:6543"));

    auto socket = ServerAddress::parse(
        QStringLiteral("postgresql:///copil?host=/var/run/postgresql&user=paul&sslmode=disable"));
    REQUIRE(socket.ok());
    CHECK(socket.value().host == QStringLiteral("/var/run/postgresql"));
    CHECK(socket.value().user == QStringLiteral("paul"));
    CHECK(socket.value().database == QStringLiteral("copil"));
    CHECK(socket.value().options == QStringList{QStringLiteral("sslmode=disable")});
    // Written back without losing anything, and read again the same.
    auto again = ServerAddress::parse(socket.value().uri());
    REQUIRE(again.ok());
    CHECK(again.value().host == socket.value().host);
    CHECK(again.value().user == socket.value().user);
    CHECK(again.value().database == socket.value().database);

    // A password is taken but never written back.
    auto secret = ServerAddress::parse(QStringLiteral("postgres://marie:s3cret@localhost/copil"));
    REQUIRE(secret.ok());
    CHECK(secret.value().password == QStringLiteral("s3cret"));
    CHECK_FALSE(secret.value().uri().contains(QStringLiteral("s3cret")));

    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://localhost")).ok());
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h/db?port=x")).ok());
    CHECK_FALSE(ServerAddress::isUri(QStringLiteral("/home/marie/copil.sqlite")));
}

TEST_CASE("an empty database becomes a workspace, marked and versioned in its meta table",
          "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString uri = where.serverLocation();
    const MeetingData m = sampleMeeting();
    {
        auto ws = openAt(uri);
        CHECK(ws->isShared());
        CHECK(ws->schemaVersion() == Workspace::latestSchemaVersion());
        CHECK(ws->displayName().startsWith(where.lastDatabase() + QStringLiteral(" sur ")));
        QSqlQuery q(ws->database());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM copil_meta WHERE key = 'application'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("copil"));
        REQUIRE(MeetingRepository(*ws).insertAll(m).ok());
        auto problems = ws->checkIntegrity();
        REQUIRE(problems.ok());
        CHECK(problems.value().isEmpty());
    }
    auto ws = openAt(uri);
    auto loaded = MeetingRepository(*ws).load(m.meeting.id);
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == m);
}

TEST_CASE("a database that is not a Copil workspace, or from a newer Copil, is refused untouched",
          "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString foreign = where.serverLocation();
    const QString foreignDb = where.lastDatabase();
    copil::test::serverExec({QStringLiteral("CREATE TABLE invoices (id INTEGER)")}, foreignDb);
    auto refused = Workspace::open(foreign);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("n’est pas un espace de travail Copil")));

    const QString newer = where.serverLocation();
    const QString newerDb = where.lastDatabase();
    {
        openAt(newer);
    }
    copil::test::serverExec(
        {QStringLiteral("UPDATE copil_meta SET value = '999' WHERE key = 'schema_version'")},
        newerDb);
    auto tooNew = Workspace::open(newer);
    REQUIRE_FALSE(tooNew.ok());
    CHECK(tooNew.error().contains(QStringLiteral("version plus récente")));

    const QString marked = where.serverLocation();
    const QString markedDb = where.lastDatabase();
    {
        openAt(marked);
    }
    copil::test::serverExec(
        {QStringLiteral("UPDATE copil_meta SET value = 'other' WHERE key = 'application'")},
        markedDb);
    auto otherMark = Workspace::open(marked);
    REQUIRE_FALSE(otherMark.ok());
    CHECK(otherMark.error().contains(QStringLiteral("marque de Copil")));
    // Nothing was changed by the refusals.
    copil::test::serverExec({QStringLiteral("SELECT 1 FROM invoices")}, foreignDb);
}

TEST_CASE("what one client commits reaches another as a remote change event", "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString uri = where.serverLocation();
    auto a = openAt(uri);
    auto b = openAt(uri);
    const MeetingData m = sampleMeeting();
    QList<ChangeSet> atA;
    QList<ChangeSet> atB;
    QObject::connect(a.get(), &Workspace::committed, [&](const ChangeSet& s) { atA << s; });
    QObject::connect(b.get(), &Workspace::committed, [&](const ChangeSet& s) { atB << s; });
    REQUIRE(MeetingRepository(*a).insertAll(m).ok());
    REQUIRE(atA.size() == 1); // its own commit, at once
    REQUIRE(waitFor([&] { return !atB.isEmpty(); }, 1000));
    QCoreApplication::processEvents();
    const ChangeSet& remote = atB.first();
    CHECK(remote.origin == ChangeOrigin::Remote);
    REQUIRE(remote.events.size() == 1);
    CHECK(remote.events.first().meetingId == m.meeting.id);
    CHECK(remote.events.first().of(EntityKind::Note).inserted.size() == m.notes.size());
    CHECK(remote.events.first().of(EntityKind::Question).inserted.size() == m.questions.size());

    // An update of one note: one event, one row; the writer does not hear itself again.
    atA.clear();
    atB.clear();
    Note n = m.notes.first();
    n.text = QStringLiteral("Texte revu");
    REQUIRE(NoteRepository(*a).update(m.meeting.id, n).ok());
    REQUIRE(waitFor([&] { return !atB.isEmpty(); }, 1000));
    CHECK(atB.first().events.first().of(EntityKind::Note).updated == QStringList{n.id});
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    CHECK(atA.size() == 1);
}

TEST_CASE("a role that may only read sees the workspace and is refused a save, saying why",
          "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString uri = where.serverLocation();
    const QString db = where.lastDatabase();
    const MeetingData m = sampleMeeting();
    {
        REQUIRE(MeetingRepository(*openAt(uri)).insertAll(m).ok());
    }
    const QString role = QStringLiteral("copil_reader_%1").arg(QCoreApplication::applicationPid());
    copil::test::serverExec({QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                             QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)});
    copil::test::serverExec(
        {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)}, db);
    {
        auto reader = openAt(copil::test::serverUri(db, role));
        auto loaded = MeetingRepository(*reader).load(m.meeting.id);
        REQUIRE(loaded.ok());
        CHECK(loaded.value() == m);
        Note n = loaded.value().notes.first();
        n.text = QStringLiteral("Tentative");
        const Status refused = NoteRepository(*reader).update(m.meeting.id, n);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.fault() == Fault::Denied);
        CHECK(refused.error().contains(QStringLiteral("votre rôle sur le serveur")));
        CHECK(reader->isOnline());
    }
    copil::test::serverExec(
        {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role)}, db);
    copil::test::serverExec({QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db),
                             QStringLiteral("DROP ROLE %1").arg(role)});
}

TEST_CASE("who may edit: facilitators everything, a subgroup's rapporteur only that subgroup, "
          "enforced by the server's row-level security",
          "[server]")
{
    TempDir dir;
    Workspaces where(dir);
    const QString uri = where.serverLocation();
    const QString db = where.lastDatabase();
    const MeetingData m = sampleMeeting();
    {
        REQUIRE(MeetingRepository(*openAt(uri)).insertAll(m).ok());
    }
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString fac = QStringLiteral("copil_fac_") + suffix;
    const QString rap = QStringLiteral("copil_rap_") + suffix;
    const QString other = QStringLiteral("copil_other_") + suffix;
    const QString group = QStringLiteral("copil_facilitators_") + suffix;
    // Every right on every table, as docs/server.md gives them: the rules do the rest.
    for (const QString& r : {fac, rap, other, group}) {
        copil::test::createEditingRole(r, db);
    }
    const QString& s3 = m.subgroups[0].id; // questions q1, q2 and a note on q1
    const QString& s4 = m.subgroups[1].id; // causes, criteria, votes, a solution and its note
    auto as = [&](const QString& role) { return openAt(copil::test::serverUri(db, role)); };
    auto loaded = [&](Workspace& ws) {
        auto data = MeetingRepository(ws).load(m.meeting.id);
        REQUIRE(data.ok());
        return data.value();
    };
    auto noteOn = [&](NoteTarget target, const QString& targetId, const QString& text) {
        return Note{newId(),
                    target,
                    targetId,
                    9,
                    NoteKind::Remark,
                    text,
                    QString(),
                    QDateTime::currentDateTime(),
                    {}};
    };
    auto refusedByRules = [](const Status& s) {
        INFO((s.ok() ? std::string("saved") : s.error().toStdString()));
        return !s.ok() && s.fault() == Fault::Denied &&
               s.error().contains(QStringLiteral("seuls les animateurs et le rapporteur"));
    };

    SECTION("while nobody is listed, every role with the rights edits everything, as before")
    {
        auto ws = as(other);
        CHECK_FALSE(ws->editRights().ruled);
        MeetingData d = loaded(*ws);
        d.priorityItems[0].text = QStringLiteral("Revue par quelqu’un");
        CHECK(SubgroupRepository(*ws).update(m.meeting.id, d.priorityItems[0]).ok());
        d.agenda[0].title = QStringLiteral("Accueil revu");
        CHECK(AgendaRepository(*ws).update(m.meeting.id, d.agenda[0]).ok());
    }

    SECTION("once roles are listed, each writes what it is given and is refused the rest")
    {
        copil::test::serverExec(
            {QStringLiteral("INSERT INTO copil_member (role_name, kind) VALUES ('%1', "
                            "'facilitator')")
                 .arg(fac),
             QStringLiteral("INSERT INTO copil_member (role_name, kind, subgroup_id) VALUES "
                            "('%1', 'rapporteur', '%2')")
                 .arg(rap, s3)},
            db);
        {
            // The rapporteur of s3: its questions, its notes, its own row; nothing else.
            auto ws = as(rap);
            const Workspace::EditRights rights = ws->editRights();
            CHECK(rights.ruled);
            CHECK_FALSE(rights.facilitator);
            CHECK(rights.subgroups == QStringList{s3});
            CHECK_FALSE(openAt(uri)->editRights().ruled); // the owner is not bound
            // The day's backup by pg_dump goes through the read policies: every row.
            if (!QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty()) {
                const auto backup = Backups::make(*ws, QStringLiteral("test"));
                INFO((backup.ok() ? QString() : backup.error()).toStdString());
                CHECK(backup.ok());
            }
            MeetingData d = loaded(*ws);
            SubgroupRepository groups(*ws);
            NoteRepository notes(*ws);
            d.questions[0].text = QStringLiteral("Quelles conséquences, vraiment ?");
            CHECK(groups.update(m.meeting.id, d.questions[0]).ok());
            const Note mine = noteOn(NoteTarget::Question, d.questions[1].id,
                                     QStringLiteral("Note du rapporteur"));
            CHECK(notes.insert(m.meeting.id, mine).ok());
            d.subgroups[0].framing = QStringLiteral("Cadrage revu par son rapporteur");
            CHECK(groups.update(m.meeting.id, d.subgroups[0]).ok());

            // s4's rows: an update, an addition and a removal, each refused, saying why.
            d.priorityItems[0].text = QStringLiteral("Pas la mienne");
            CHECK(refusedByRules(groups.update(m.meeting.id, d.priorityItems[0])));
            CHECK(refusedByRules(
                notes.insert(m.meeting.id, noteOn(NoteTarget::Solution, d.solutions[0].id,
                                                  QStringLiteral("Intrusion")))));
            CHECK(refusedByRules(groups.removeSolution(m.meeting.id, d.solutions[0].id)));
            d.dotVotes[0].count = 9;
            CHECK(refusedByRules(groups.update(m.meeting.id, d.dotVotes[0])));
            // The meeting's own rows, and removing its own subgroup, are the facilitators'.
            d.agenda[0].title = QStringLiteral("Accueil revu");
            CHECK(refusedByRules(AgendaRepository(*ws).update(m.meeting.id, d.agenda[0])));
            d.meeting.title = QStringLiteral("Autre titre");
            CHECK(refusedByRules(MeetingRepository(*ws).update(d.meeting)));
            CHECK(refusedByRules(groups.removeSubgroup(m.meeting.id, s3)));
            // Nor may it list itself as a facilitator, with every right on the table.
            QSqlQuery q(ws->database());
            CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO copil_member (role_name, kind) "
                                              "VALUES ('%1', 'facilitator')")
                                   .arg(rap)));
            CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
            // Removing its own question takes the question's notes along.
            CHECK(groups.removeQuestion(m.meeting.id, d.questions[1].id).ok());
            MeetingData after = loaded(*ws);
            CHECK(after.questions.size() == 1);
            CHECK(std::none_of(after.notes.cbegin(), after.notes.cend(),
                               [&](const Note& n) { return n.id == mine.id; }));
            CHECK(after.priorityItems[0].text == m.priorityItems[0].text);
            CHECK(after.solutions.size() == 1);
            CHECK(after.agenda[0].title == m.agenda[0].title);
            CHECK(after.subgroups[0].framing == QStringLiteral("Cadrage revu par son rapporteur"));
        }
        {
            // A facilitator: the other subgroup and the meeting's rows.
            auto ws = as(fac);
            CHECK(ws->editRights().facilitator);
            MeetingData d = loaded(*ws);
            d.priorityItems[0].text = QStringLiteral("Revue par l’animatrice");
            CHECK(SubgroupRepository(*ws).update(m.meeting.id, d.priorityItems[0]).ok());
            d.agenda[0].title = QStringLiteral("Accueil revu");
            CHECK(AgendaRepository(*ws).update(m.meeting.id, d.agenda[0]).ok());
        }
        {
            // A role with the rights but not listed reads everything and writes nothing,
            // until a group role it belongs to is listed.
            auto ws = as(other);
            CHECK(ws->editRights().ruled);
            CHECK_FALSE(ws->editRights().facilitator);
            CHECK(ws->editRights().subgroups.isEmpty());
            MeetingData d = loaded(*ws);
            CHECK(d.priorityItems[0].text == QStringLiteral("Revue par l’animatrice"));
            Note n = d.notes.first();
            n.text = QStringLiteral("Tentative");
            CHECK(refusedByRules(NoteRepository(*ws).update(m.meeting.id, n)));
            copil::test::serverExec({QStringLiteral("GRANT %1 TO %2").arg(group, other)});
            copil::test::serverExec(
                {QStringLiteral("INSERT INTO copil_member (role_name, kind) VALUES ('%1', "
                                "'facilitator')")
                     .arg(group)},
                db);
            CHECK(NoteRepository(*ws).update(m.meeting.id, n).ok());
            CHECK(ws->editRights().facilitator); // through the group role
            CHECK(ws->isOnline());
        }
        // The rapporteur's subgroup removed by a facilitator: its line goes with it.
        auto ws = as(fac);
        REQUIRE(SubgroupRepository(*ws).removeSubgroup(m.meeting.id, s3).ok());
        QSqlQuery q(ws->database());
        REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM copil_member WHERE role_name = '%1'").arg(rap)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    QStringList cleanup{QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db)};
    for (const QString& r : {fac, rap, other, group}) {
        cleanup << QStringLiteral("DROP ROLE %1").arg(r);
    }
    copil::test::serverExec(cleanup);
    (void)s4;
}
