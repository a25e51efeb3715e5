#include "SampleMeeting.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace copil::storage;
using copil::test::readAll;
using copil::test::sampleMeeting;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

std::unique_ptr<Workspace> openBackupWs(const QString& path, Workspace::Options options = {})
{
    auto ws = Workspace::open(path, options);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

int meetingCount(const QString& path)
{
    auto ws = openBackupWs(path, {.createIfMissing = false, .readOnly = true});
    return int(MeetingRepository(*ws).meetings().value().size());
}

} // namespace

TEST_CASE("a workspace is copied before its schema changes, and the copy opens")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    {
        auto ws = openBackupWs(path);
        REQUIRE(MeetingRepository(*ws).insertAll(sampleMeeting()).ok());
    }
    // Back to schema 3, as an older Copil left it.
    QStringList back{QStringLiteral("DROP TABLE priority_selection"),
                     QStringLiteral("DROP TABLE workspace_info"),
                     QStringLiteral("DROP TABLE room_copy"),
                     QStringLiteral("DROP TABLE room_merge"),
                     QStringLiteral("ALTER TABLE action_item DROP COLUMN continues_action_id")};

    for (const char* table :
         {"meeting", "participant", "agenda_item", "subgroup", "guiding_question", "priority_item",
          "criterion", "dot_vote", "criterion_score", "solution", "note", "statement", "decision",
          "action_item"}) {
        back << QStringLiteral("ALTER TABLE %1 DROP COLUMN row_revision")
                    .arg(QLatin1StringView(table));
    }
    back << QStringLiteral("ALTER TABLE participant DROP COLUMN civility")
         << QStringLiteral("ALTER TABLE meeting DROP COLUMN minutes_history");
    back << QStringLiteral("PRAGMA user_version = 3");
    copil::test::rawExec(path, back);
    CHECK(Backups::list(path).isEmpty());
    {
        auto ws = openBackupWs(path);
        CHECK(ws->schemaVersion() == Workspace::latestSchemaVersion());
    }
    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason == QStringLiteral("migration"));
    CHECK(QFileInfo(backups[0].path).absolutePath() == Backups::folderOf(path));
    // The copy is the workspace as it was: schema 3, the meeting in it.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
    db.setDatabaseName(backups[0].path);
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM meeting")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("v"));
}

TEST_CASE("one copy a day when asked, the last five kept")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    openBackupWs(path); // created: nothing to keep yet
    {
        auto ws = openBackupWs(path, {.dailyBackup = true});
    }
    {
        auto ws = openBackupWs(path, {.dailyBackup = true});
    }
    REQUIRE(Backups::list(path).size() == 1);
    CHECK(Backups::list(path)[0].reason == QStringLiteral("quotidienne"));

    auto ws = openBackupWs(path);
    const QDateTime start(QDate(2017, 10, 11), QTime(9, 0));
    for (int day = 1; day <= 7; ++day) {
        REQUIRE(Backups::makeDaily(*ws, start.addDays(day)).ok());
    }
    const auto kept = Backups::list(path);
    REQUIRE(kept.size() == Backups::kKept);
    // Newest first; the oldest ones went.
    CHECK(kept[0].when.date() == QDate::currentDate());
    CHECK(kept[1].when == start.addDays(7));
    CHECK(kept.last().when == start.addDays(4));
}

TEST_CASE("a backup is restored in place, what was there is kept, a bad copy is refused")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    QString copy;
    {
        auto ws = openBackupWs(path);
        REQUIRE(MeetingRepository(*ws).insertAll(sampleMeeting()).ok());
        auto made = Backups::make(*ws, QStringLiteral("quotidienne"),
                                  QDateTime(QDate(2017, 10, 11), QTime(8, 0)));
        REQUIRE(made.ok());
        copy = made.value();
        // Then the day goes on: a second meeting.
        auto another = sampleMeeting();
        REQUIRE(MeetingRepository(*ws).insertAll(another).ok());
    }
    CHECK(meetingCount(path) == 2);

    REQUIRE(Backups::restore(path, copy).ok());
    CHECK(meetingCount(path) == 1);
    // The state before the restore is itself a backup: the restore can be undone.
    QString before;
    for (const auto& b : Backups::list(path)) {
        if (b.reason == QStringLiteral("avant-restauration")) {
            before = b.path;
        }
    }
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE(Backups::restore(path, before).ok());
    CHECK(meetingCount(path) == 2);

    // A file that is not a Copil workspace is refused; the workspace is left as it was.
    const QString pdf = dir.path(QStringLiteral("compte-rendu.pdf"));
    writeAll(pdf, "%PDF-1.4 not a workspace");
    const QByteArray untouched = readAll(path);
    const auto refused = Backups::restore(path, pdf);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("ne peut pas être restaurée")));
    CHECK(readAll(path) == untouched);
}
