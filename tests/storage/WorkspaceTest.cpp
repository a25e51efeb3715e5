#include "storage/Workspace.h"

#include "Damage.h"
#include "Mounts.h"
#include "SampleMeeting.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "domain/MeetingData.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <ctime>

using namespace copil::storage;
using copil::test::rawExec;
using copil::test::readAll;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

QStringList tables(const Workspace& ws)
{
    QSqlQuery q(ws.database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

QString pragma(const Workspace& ws, const char* name)
{
    return copil::test::pragmaValue(ws.database(), QLatin1StringView(name));
}

// Opening must fail with a message containing fragment and leave the file as it was.
void requireRefused(const QString& path, const QString& fragment)
{
    const QByteArray before = readAll(path);
    auto ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    INFO(ws.error().toStdString());
    CHECK(ws.error().contains(fragment));
    CHECK(ws.error().contains(QFileInfo(path).fileName()));
    CHECK(readAll(path) == before);
}

} // namespace

TEST_CASE("a new workspace is created with the schema, the marks and private permissions")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.sqlite"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws.value()->schemaVersion() == Workspace::latestSchemaVersion());
    CHECK(Workspace::latestSchemaVersion() >= 1);
    CHECK(pragma(*ws.value(), "application_id").toInt() == kApplicationId);
    CHECK(pragma(*ws.value(), "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*ws.value(), "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(*ws.value(), "synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma(*ws.value(), "busy_timeout").toInt() == kBusyTimeoutMs);
    const QStringList t = tables(*ws.value());
    for (const char* name :
         {"meeting", "agenda_item", "participant", "subgroup", "guiding_question", "priority_item",
          "criterion", "dot_vote", "criterion_score", "solution", "note", "statement", "decision",
          "action_item"}) {
        CHECK(t.contains(QLatin1StringView(name)));
    }
    const auto perms = QFileInfo(path).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteOther));
    auto integrity = ws.value()->checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity.value().isEmpty());
}

TEST_CASE("a missing file is an error when creation is not asked for")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("absent.sqlite"));
    auto ws = Workspace::open(path, {.createIfMissing = false});
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().contains(QStringLiteral("absent.sqlite")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a 0-byte file is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.sqlite"));
    writeAll(path, {});
    requireRefused(path, QStringLiteral("vide"));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("a file that is not SQLite is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("minutes.sqlite"));
    QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
    pdf += QByteArray(4096, 'x');
    writeAll(path, pdf);
    requireRefused(path, QStringLiteral("pas une base SQLite"));
}

TEST_CASE("another application's SQLite database is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    rawExec(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                   QStringLiteral("INSERT INTO contacts VALUES ('x')")});
    requireRefused(path, QStringLiteral("autre application"));
    // Still exactly the other program's schema.
    rawExec(path, {QStringLiteral("SELECT name FROM contacts")});
}

TEST_CASE("a workspace from a newer version is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.sqlite"));
    REQUIRE(Workspace::open(path).ok());
    rawExec(path, {QStringLiteral("PRAGMA user_version = 999")});
    requireRefused(path, QStringLiteral("plus récente"));
}

TEST_CASE("a corrupt workspace is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("corrupt.sqlite"));
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        QSqlQuery q(ws.value()->database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meeting (id, title, date, day_start, day_end) "
                                      "VALUES ('m', 't', '2017-10-11', '09:00', '17:00')")));
    }
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() >= 4 * 4096);
    // Random bytes over every page after the first: the schema cannot be read.
    QRandomGenerator random(42);
    for (qsizetype i = 4096; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(random.bounded(256));
    }
    writeAll(path, bytes);
    requireRefused(path, QStringLiteral("endommagé"));
}

TEST_CASE("the corruption matrix: each damage is refused with a message, the file untouched")
{
    for (const copil::test::Damage& damage : copil::test::damages()) {
        DYNAMIC_SECTION(damage.name)
        {
            TempDir dir;
            const QString path = dir.path(QStringLiteral("copil.sqlite"));
            {
                auto ws = Workspace::open(path);
                REQUIRE(ws.ok());
                auto data = copil::test::sampleMeeting();
                const auto note = data.notes.first();
                for (int i = 0; i < 400; ++i) {
                    auto n = note;
                    n.id = QStringLiteral("note-%1").arg(i);
                    n.text = QStringLiteral("Une note assez longue pour remplir des pages. ")
                                 .repeated(4);
                    data.notes << n;
                }
                REQUIRE(MeetingRepository(*ws.value()).insertAll(data).ok());
            }
            damage.apply(path);
            requireRefused(path, damage.said);
            // Read-only does not get round the checks, and does not touch the file either.
            const QByteArray before = readAll(path);
            CHECK_FALSE(Workspace::open(path, {.createIfMissing = false, .readOnly = true}).ok());
            CHECK(readAll(path) == before);
        }
    }
}

TEST_CASE("an old workspace is migrated to the latest schema")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    // A workspace marked as Copil's at schema 0: what an interrupted creation would leave.
    rawExec(path, {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)});
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws.value()->schemaVersion() == Workspace::latestSchemaVersion());
    CHECK(tables(*ws.value()).contains(QStringLiteral("meeting")));
}

TEST_CASE("a failed write rolls everything back and drops queued signals")
{
    TempDir dir;
    auto ws = Workspace::open(dir.path(QStringLiteral("w.sqlite")));
    REQUIRE(ws.ok());
    Workspace& w = *ws.value();
    int notified = 0;
    Status s = w.write([&]() -> Status {
        QSqlQuery q(w.database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meeting (id, title, date, day_start, day_end) "
                                      "VALUES ('m', 't', '2017-10-11', '09:00', '17:00')")));
        w.afterCommit([&] { ++notified; });
        return copil::domain::Error{QStringLiteral("stop")};
    });
    CHECK_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("stop"));
    CHECK(notified == 0);
    QSqlQuery q(w.database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM meeting")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // Nested writes join the outer transaction; callbacks run once it commits.
    Status ok = w.write([&]() -> Status {
        w.afterCommit([&] { ++notified; });
        Status inner = w.write([&]() -> Status {
            w.afterCommit([&] { ++notified; });
            return {};
        });
        CHECK(notified == 0);
        return inner;
    });
    CHECK(ok.ok());
    CHECK(notified == 2);
}

TEST_CASE("a read-only workspace refuses writes with a message")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.sqlite"));
    REQUIRE(Workspace::open(path).ok());
    auto ws = Workspace::open(path, {.createIfMissing = false, .readOnly = true});
    REQUIRE(ws.ok());
    CHECK(ws.value()->isReadOnly());
    Status s = ws.value()->write([] { return Status{}; });
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("lecture seule")));
}

TEST_CASE("a locked file: a write waits only for the busy timeout, or not at all, and says why")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.sqlite"));
    auto first = Workspace::open(path);
    auto second = Workspace::open(path);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    Status outer = first.value()->write([&]() -> Status {
        Status blocked = second.value()->write([] { return Status{}; });
        CHECK_FALSE(blocked.ok());
        CHECK(blocked.error().contains(QStringLiteral("verrouillé")));
        return {};
    });
    CHECK(outer.ok());

    // With no busy timeout (the window's) it fails at once, as a passing fault.
    REQUIRE(second.value()->setBusyTimeout(0).ok());
    CHECK(pragma(*second.value(), "busy_timeout") == u"0");
    Status again = first.value()->write([&]() -> Status {
        const Status refused = second.value()->write([] { return Status{}; });
        CHECK_FALSE(refused.ok());
        // The kind of failure travels in the error itself.
        CHECK(refused.fault() == Fault::Busy);
        CHECK(copil::domain::isTransient(refused.fault()));
        return {};
    });
    REQUIRE(again.ok());
    // Once the other program lets go, the same write goes through.
    const Status through = second.value()->write([] { return Status{}; });
    CHECK(through.ok());
    CHECK(through.fault() == Fault::None);
}

namespace {

// Writes notes one transaction each until one fails; returns the ids written.
QStringList writeNotesUntilFailure(Workspace& ws, const QString& meetingId, const QString& target,
                                   Status& failure)
{
    NoteRepository notes(ws);
    QStringList written;
    for (int i = 0; i < 20000; ++i) {
        copil::domain::Note n;
        n.id = QStringLiteral("full-%1").arg(i);
        n.targetId = target;
        n.position = i;
        n.text =
            QStringLiteral("Une remarque tapée pendant que le disque se remplit. ").repeated(8);
        failure = ws.write([&] { return notes.insert(meetingId, n); });
        if (!failure) {
            return written;
        }
        written << n.id;
    }
    return written;
}

} // namespace

TEST_CASE("a full disk fails the write with a clear message, keeps what was saved, then resumes")
{
    TempDir dir;
    copil::test::TmpfsMount disk(dir.path(QStringLiteral("disk")), 2 << 20);
    const bool realDisk = disk.mounted();
    if (!realDisk) {
        WARN("tmpfs could not be mounted (not root?): the disk is filled with max_page_count");
    }
    const QString path = realDisk ? disk.path(QStringLiteral("copil.sqlite"))
                                  : dir.path(QStringLiteral("copil.sqlite"));
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    Workspace& ws = *opened.value();
    const auto data = copil::test::sampleMeeting();
    REQUIRE(MeetingRepository(ws).insertAll(data).ok());
    const QString meetingId = data.meeting.id;
    const QString target = data.agenda.first().id;

    if (realDisk) {
        REQUIRE(disk.fill());
    } else {
        // SQLite itself then answers SQLITE_FULL when the file must grow.
        const QString pages = pragma(ws, "page_count");
        REQUIRE(copil::test::pragmaValue(ws.database(), u"max_page_count = " + pages) == pages);
    }
    Status failure;
    const QStringList written = writeNotesUntilFailure(ws, meetingId, target, failure);
    REQUIRE_FALSE(failure.ok());
    INFO(failure.error().toStdString());
    CHECK(failure.fault() == Fault::Full);
    CHECK(failure.error().contains(QStringLiteral("disque est plein")));
    CHECK(failure.error().contains(QStringLiteral("copil.sqlite")));

    // Nothing saved before is damaged, on this connection and on a fresh one.
    const auto checkSaved = [&](Workspace& w) {
        auto problems = w.checkIntegrity();
        REQUIRE(problems.ok());
        CHECK(problems.value().isEmpty());
        auto stored = NoteRepository(w).notes(meetingId);
        REQUIRE(stored.ok());
        QStringList ids;
        for (const auto& n : stored.value()) {
            ids << n.id;
        }
        for (const QString& id : written) {
            REQUIRE(ids.contains(id));
        }
        CHECK(ids.size() == data.notes.size() + written.size());
    };
    checkSaved(ws);
    {
        auto again = Workspace::open(path, {.createIfMissing = false, .readOnly = true});
        REQUIRE(again.ok());
        checkSaved(*again.value());
    }

    // Space comes back: the next write goes through.
    if (realDisk) {
        disk.free();
    } else {
        copil::test::pragmaValue(ws.database(), QStringLiteral("max_page_count = 1073741823"));
    }
    NoteRepository notes(ws);
    copil::domain::Note after;
    after.id = QStringLiteral("after");
    after.targetId = target;
    after.text = QStringLiteral("De la place à nouveau");
    CHECK(ws.write([&] { return notes.insert(meetingId, after); }).ok());
    auto problems = ws.checkIntegrity();
    REQUIRE(problems.ok());
    CHECK(problems.value().isEmpty());
}

TEST_CASE("a workspace on a read-only medium or folder opens read-only and says why")
{
    TempDir dir;
    copil::test::TmpfsMount medium(dir.path(QStringLiteral("medium")), 4 << 20);
    const QString path = medium.mounted() ? medium.path(QStringLiteral("copil.sqlite"))
                                          : dir.path(QStringLiteral("folder/copil.sqlite"));
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        REQUIRE(MeetingRepository(*ws.value()).insertAll(copil::test::sampleMeeting()).ok());
    }
    if (medium.mounted()) {
        REQUIRE(medium.remountReadOnly());
    } else if (::geteuid() != 0) {
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    } else {
        WARN("root without mount: nothing can be made read-only here; test not run");
        return;
    }
    const QByteArray before = readAll(path);
    auto ws = Workspace::open(path, {.dailyBackup = true});
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    CHECK(ws.value()->isReadOnly());
    CHECK(ws.value()->readOnlyReason().contains(QStringLiteral("lecture seule")));
    CHECK(MeetingRepository(*ws.value()).meetings().value().size() == 1);
    Status s = ws.value()->write([] { return Status{}; });
    CHECK_FALSE(s.ok());
    CHECK(s.fault() == Fault::ReadOnly);
    ws = copil::domain::Error{QString()};
    CHECK(readAll(path) == before);
    if (!medium.mounted()) {
        QFile::setPermissions(QFileInfo(path).absolutePath(), QFileDevice::ReadOwner |
                                                                  QFileDevice::WriteOwner |
                                                                  QFileDevice::ExeOwner);
    }
}

TEST_CASE("a version 1 workspace is migrated to the latest version with its meetings kept")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    QFile script(QStringLiteral(":/copil/sql/0001_initial.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    QStringList statements{QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)};
    QString current;
    for (const QString& line : QString::fromUtf8(script.readAll()).split(u'\n')) {
        if (line.trimmed().startsWith(u"--")) {
            continue;
        }
        current += line + u'\n';
        if (line.trimmed().endsWith(u';') && (!current.trimmed().startsWith(u"CREATE TRIGGER") ||
                                              line.trimmed().endsWith(u"END;"))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    statements << QStringLiteral("INSERT INTO meeting (id, title, date, day_start, day_end) "
                                 "VALUES ('m1', 'Comité', '2017-10-11', '09:45', '16:00')")
               << QStringLiteral("PRAGMA user_version = 1");
    rawExec(path, statements);

    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws.value()->schemaVersion() == Workspace::latestSchemaVersion());
    QSqlQuery q(ws.value()->database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT title, minutes_validated_by, minutes_validated_at FROM meeting")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Comité"));
    CHECK(q.value(1).toString().isEmpty());
    CHECK(q.value(2).isNull());
}

TEST_CASE("moments are stored with their UTC offset, and older rows without one are migrated")
{
    // The time zone of the facilitators: +02:00 on 11 October 2017, +01:00 in winter.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Paris");
    tzset();
    struct Restore {
        QByteArray tz;
        ~Restore()
        {
            tz.isEmpty() ? qunsetenv("TZ") : qputenv("TZ", tz);
            tzset();
        }
    } restore{oldTz};

    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    const auto sample = copil::test::sampleMeeting();
    const QString noteId = copil::domain::newId();
    const QString ofNote = QStringLiteral(" FROM note WHERE id = '%1'").arg(noteId);
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        REQUIRE(MeetingRepository(*ws.value()).insertAll(sample).ok());
        // A note taken during the day, on the local clock.
        copil::domain::Note note;
        note.id = noteId;
        note.targetType = copil::domain::NoteTarget::AgendaItem;
        note.targetId = sample.agenda.first().id;
        note.text = QStringLiteral("Accueil en retard");
        note.createdAt = QDateTime(QDate(2017, 10, 11), QTime(13, 4, 10, 885));
        note.updatedAt = QDateTime(QDate(2017, 12, 1), QTime(9, 0));
        auto inserted = NoteRepository(*ws.value()).insert(sample.meeting.id, note);
        INFO((inserted ? QString() : inserted.error()).toStdString());
        REQUIRE(inserted.ok());
        QSqlQuery q(ws.value()->database());
        REQUIRE(q.exec(u"SELECT created_at, updated_at" + ofNote));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("2017-10-11T13:04:10.885+02:00"));
        CHECK(q.value(1).toString() == QStringLiteral("2017-12-01T09:00:00.000+01:00"));
        // As an earlier version stored them: no offset. Back to the schema before.
        REQUIRE(q.exec(QStringLiteral("UPDATE note SET created_at = '2017-10-11T13:04:10.885', "
                                      "updated_at = '2017-12-01T09:00:00.000' WHERE id = '%1'")
                           .arg(noteId)));
        REQUIRE(q.exec(QStringLiteral("UPDATE meeting SET minutes_validated_at = "
                                      "'2017-10-12T18:30:00.000+02:00'")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE meeting DROP COLUMN minutes_history")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 9")));
    }
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws.value()->schemaVersion() == Workspace::latestSchemaVersion());
    QSqlQuery q(ws.value()->database());
    REQUIRE(q.exec(u"SELECT created_at, updated_at" + ofNote));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2017-10-11T13:04:10.885+02:00"));
    CHECK(q.value(1).toString() == QStringLiteral("2017-12-01T09:00:00.000+01:00"));
    REQUIRE(q.exec(QStringLiteral("SELECT minutes_validated_at FROM meeting")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2017-10-12T18:30:00.000+02:00")); // kept
    // The same moment read back.
    auto notes = NoteRepository(*ws.value()).notes(sample.meeting.id);
    REQUIRE(notes.ok());
    const copil::domain::Note* read = copil::domain::findRow(notes.value(), noteId);
    REQUIRE(read);
    CHECK(read->createdAt ==
          QDateTime(QDate(2017, 10, 11), QTime(11, 4, 10, 885), QTimeZone::utc()));
}
