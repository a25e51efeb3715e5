#include "Damage.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using copil::test::readAll;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the copil binary without any display.
Run runCopil(const QStringList& args, const TempDir& home)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path(QStringLiteral("home/data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COPIL_BINARY), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kSeed = QStringLiteral(COPIL_SEED);

// Imports the seed template into db and returns the id the command printed last.
QString importSeed(const QString& db, const TempDir& home)
{
    const Run imported =
        runCopil({QStringLiteral("import"), kSeed, QStringLiteral("--db"), db}, home);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return imported.out.trimmed().split(u'\n').last();
}

// Runs one SQL statement on a workspace (a file or a server's database).
void sqlOn(const QString& db, const QString& statement, const QVariantList& binds = {})
{
    auto ws = copil::storage::Workspace::open(db, {.createIfMissing = false});
    REQUIRE(ws.ok());
    QSqlQuery q(ws.value()->database());
    REQUIRE(q.prepare(statement));
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

QString questionText(const QString& db, int index)
{
    auto ws = copil::storage::Workspace::open(db, {.createIfMissing = false});
    REQUIRE(ws.ok());
    QSqlQuery q(ws.value()->database());
    REQUIRE(q.exec(QStringLiteral("SELECT text FROM guiding_question ORDER BY subgroup_id, block, "
                                  "position, id")));
    for (int i = 0; i <= index; ++i) {
        REQUIRE(q.next());
    }
    return q.value(0).toString();
}

void setQuestionText(const QString& db, int index, const QString& text)
{
    sqlOn(db,
          QStringLiteral("UPDATE guiding_question SET text = ?, row_revision = row_revision + 1 "
                         "WHERE id = (SELECT id FROM guiding_question ORDER BY subgroup_id, "
                         "block, position, id LIMIT 1 OFFSET %1)")
              .arg(index),
          {text});
}

} // namespace

TEST_CASE("cli: import prints the id, list shows it, export gives the file back, check is ok",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    CHECK(id.size() == 36);

    const Run listed = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == id + QStringLiteral("\t2017-10-11\tComité de pilotage n°6\n"));

    const QString out = dir.path(QStringLiteral("out.json"));
    const Run exported = runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                                   QStringLiteral("--meeting"), id, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("-o"), out},
                                  dir);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(readAll(out) == readAll(kSeed));

    const Run checked = runCopil({QStringLiteral("check"), QStringLiteral("--db"), db}, dir);
    CHECK(checked.exitCode == 0);
    static const QRegularExpression version(
        QStringLiteral("Version du schéma : (\\d+) \\(cette version de Copil : \\1\\)"));
    CHECK(checked.out.contains(version));
    CHECK(checked.out.contains(QStringLiteral("ok")));
}

TEST_CASE("cli: a malformed import file exits 2, names the file, changes nothing", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    REQUIRE(runCopil({QStringLiteral("import"), kSeed, QStringLiteral("--db"), db}, dir).exitCode ==
            0);
    const QString bad = dir.path(QStringLiteral("broken.json"));
    writeAll(bad, "{\"format\": \"copil-meeting\", \"formatVersion\": 1, \"meeting\": [");
    const Run r = runCopil({QStringLiteral("import"), bad, QStringLiteral("--db"), db}, dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("broken.json")));
    CHECK(r.out.isEmpty());
    const Run listed = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir);
    CHECK(listed.out.count(u'\n') == 1);
}

TEST_CASE("cli: unreadable workspaces exit 1 and stay untouched")
{
    TempDir dir;
    const QString empty = dir.path(QStringLiteral("empty.sqlite"));
    writeAll(empty, {});
    Run r = runCopil({QStringLiteral("list"), QStringLiteral("--db"), empty}, dir);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("empty.sqlite")));
    CHECK(QFileInfo(empty).size() == 0);

    const QString text = dir.path(QStringLiteral("notes.txt"));
    writeAll(text, QByteArray("Ceci n'est pas une base.\n").repeated(20));
    const QByteArray before = readAll(text);
    r = runCopil({QStringLiteral("check"), QStringLiteral("--db"), text}, dir);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("notes.txt")));
    CHECK(readAll(text) == before);

    r = runCopil(
        {QStringLiteral("check"), QStringLiteral("--db"), dir.path(QStringLiteral("none.sqlite"))},
        dir);
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("none.sqlite"))));
}

TEST_CASE("cli: the corruption matrix: exit 1, the file named, what to do, nothing changed")
{
    for (const copil::test::Damage& damage : copil::test::damages()) {
        DYNAMIC_SECTION(damage.name)
        {
            TempDir dir;
            const QString db = dir.path(QStringLiteral("copil.sqlite"));
            for (int i = 0; i < 3; ++i) { // enough pages for the damage in the middle
                runCopil({QStringLiteral("import"), kSeed, QStringLiteral("--new-ids"),
                          QStringLiteral("--db"), db},
                         dir);
            }
            {
                auto ws = copil::storage::Workspace::open(db, {.createIfMissing = false});
                REQUIRE(ws.ok());
                REQUIRE(copil::storage::Backups::make(*ws.value(), QStringLiteral("quotidienne")));
            }
            damage.apply(db);
            const QByteArray before = readAll(db);
            for (const QString& command : {QStringLiteral("check"), QStringLiteral("list")}) {
                const Run r = runCopil({command, QStringLiteral("--db"), db}, dir);
                INFO(r.err.toStdString());
                CHECK(r.exitCode == 1);
                CHECK(r.err.contains(QStringLiteral("copil.sqlite")));
                CHECK(r.err.contains(damage.said));
                CHECK(r.err.contains(QStringLiteral("copil restore copil-")));
                CHECK(readAll(db) == before);
            }
            // The way forward works: the backup goes back and the file opens again.
            const Run restored =
                runCopil({QStringLiteral("restore"), copil::storage::Backups::list(db).first().path,
                          QStringLiteral("--db"), db},
                         dir);
            INFO(restored.err.toStdString());
            REQUIRE(restored.exitCode == 0);
            const Run listed = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir);
            CHECK(listed.exitCode == 0);
            CHECK(listed.out.count(u'\n') == 3);
        }
    }
}

TEST_CASE("cli: bad usage exits 2 with the usage")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("ws.sqlite"));
    Run r = runCopil({QStringLiteral("frobnicate")}, dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    CHECK(r.err.contains(QStringLiteral("copil import")));

    r = runCopil({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                  QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("docx"),
                  QStringLiteral("-o"), dir.path(QStringLiteral("o"))},
                 dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("docx")));

    r = runCopil({QStringLiteral("export"), QStringLiteral("--db"), db}, dir);
    CHECK(r.exitCode == 2);

    r = runCopil({QStringLiteral("import"), QStringLiteral("--db"), db}, dir);
    CHECK(r.exitCode == 2);

    r = runCopil({QStringLiteral("list"), QStringLiteral("--bogus")}, dir);
    CHECK(r.exitCode == 2);

    r = runCopil({QStringLiteral("--help")}, dir);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("copil export")));
}

TEST_CASE("cli: exporting a missing meeting or to an unwritable place fails clearly", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);

    Run r =
        runCopil({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                  QStringLiteral("no-such-meeting"), QStringLiteral("--format"),
                  QStringLiteral("json"), QStringLiteral("-o"), dir.path(QStringLiteral("o.json"))},
                 dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no-such-meeting")));

    r = runCopil({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                  id, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                  dir.path(QStringLiteral("missing/dir/o.json"))},
                 dir);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("o.json")));
}

TEST_CASE("cli: without --db the default workspace is created with the seed meeting")
{
    TempDir dir;
    const Run r = runCopil({QStringLiteral("list")}, dir);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2017-10-11\tComité de pilotage n°6")));
    CHECK(r.out.count(u'\n') == 1);
    // Second run: same workspace, still one meeting.
    CHECK(runCopil({QStringLiteral("list")}, dir).out == r.out);
}

TEST_CASE("cli: --lang en speaks English")
{
    TempDir dir;
    const Run r = runCopil(
        {QStringLiteral("frobnicate"), QStringLiteral("--lang"), QStringLiteral("en")}, dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Unknown command")));
}

TEST_CASE("cli: minutes, record of decisions and agenda in every format", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const auto exportAs = [&](const QString& format, const QStringList& extra = {}) {
        const QString out = dir.path(u"out." + format);
        QFile::remove(out);
        const Run r =
            runCopil(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                 QStringLiteral("--meeting"), id, QStringLiteral("--format"),
                                 format, QStringLiteral("-o"), out} +
                         extra,
                     dir);
        INFO(r.err.toStdString());
        return std::pair{r, QFileInfo::exists(out) ? readAll(out) : QByteArray()};
    };
    for (const char* format : {"md", "html", "odt", "pdf", "ics"}) {
        INFO(format);
        const auto [run, bytes] = exportAs(QLatin1StringView(format));
        CHECK(run.exitCode == 0);
        CHECK(bytes.size() > 500);
    }
    CHECK(exportAs(QStringLiteral("pdf")).second.startsWith("%PDF-"));
    CHECK(exportAs(QStringLiteral("ics")).second.startsWith("BEGIN:VCALENDAR\r\n"));
    const QString md = QString::fromUtf8(exportAs(QStringLiteral("md")).second);
    CHECK(md.startsWith(QStringLiteral("# Compte rendu")));
    CHECK(md.contains(QStringLiteral("**PROJET**")));
    const QString decisions = QString::fromUtf8(
        exportAs(QStringLiteral("md"), {QStringLiteral("--variant"), QStringLiteral("decisions")})
            .second);
    CHECK(decisions.startsWith(QStringLiteral("# Relevé de décisions")));
    // The attendance sheet, one per subgroup on request, and parts without notes left out.
    for (const char* format : {"pdf", "odt"}) {
        const auto [sheetRun, sheet] =
            exportAs(QLatin1StringView(format),
                     {QStringLiteral("--variant"), QStringLiteral("attendance-sheet"),
                      QStringLiteral("--per-subgroup")});
        CHECK(sheetRun.exitCode == 0);
        CHECK(sheet.size() > 500);
    }
    const QString sheetMd =
        QString::fromUtf8(exportAs(QStringLiteral("md"), {QStringLiteral("--variant"),
                                                          QStringLiteral("attendance-sheet")})
                              .second);
    CHECK(sheetMd.startsWith(QStringLiteral("# Feuille d’émargement")));
    CHECK(sheetMd.contains(QStringLiteral("| Civilité | Nom | Organisation | Signature |")));
    CHECK_FALSE(sheetMd.contains(QStringLiteral("PROJET")));
    CHECK_FALSE(QString::fromUtf8(exportAs(QStringLiteral("md"), {QStringLiteral("--without"),
                                                                  QStringLiteral("empty-parts")})
                                      .second)
                    .contains(QStringLiteral("Pas de notes pour ce point")));
    const QString agenda = QString::fromUtf8(
        exportAs(QStringLiteral("html"), {QStringLiteral("--variant"), QStringLiteral("agenda")})
            .second);
    CHECK(agenda.contains(QStringLiteral("<h1>Ordre du jour</h1>")));
    const QString english = QString::fromUtf8(
        exportAs(QStringLiteral("md"), {QStringLiteral("--lang"), QStringLiteral("en")}).second);
    CHECK(english.startsWith(QStringLiteral("# Minutes")));
    CHECK(english.contains(QStringLiteral("Wednesday")));
}

TEST_CASE("cli: validating the minutes records who and when", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const QString out = dir.path(QStringLiteral("cr.md"));
    const QStringList base{QStringLiteral("export"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--meeting"),
                           id,
                           QStringLiteral("--format"),
                           QStringLiteral("md"),
                           QStringLiteral("-o"),
                           out};
    Run r =
        runCopil(base + QStringList{QStringLiteral("--status"), QStringLiteral("validated")}, dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--validated-by")));

    r = runCopil(base + QStringList{QStringLiteral("--status"), QStringLiteral("validated"),
                                    QStringLiteral("--validated-by"),
                                    QStringLiteral("Lise Pelerin")},
                 dir);
    REQUIRE(r.exitCode == 0);
    QString md = QString::fromUtf8(readAll(out));
    CHECK_FALSE(md.contains(QStringLiteral("PROJET")));
    CHECK(copil::test::plainSpaces(md).contains(
        QStringLiteral("Version validée par Lise Pelerin le ")));

    // Recorded in the workspace: later exports are validated, and the archive says so.
    REQUIRE(runCopil(base, dir).exitCode == 0);
    CHECK_FALSE(QString::fromUtf8(readAll(out)).contains(QStringLiteral("PROJET")));
    const QString json = dir.path(QStringLiteral("archive.json"));
    REQUIRE(runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--meeting"), id, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("-o"), json},
                     dir)
                .exitCode == 0);
    CHECK(readAll(json).contains("\"minutesValidatedBy\": \"Lise Pelerin\""));
    // A draft can still be asked for explicitly.
    REQUIRE(runCopil(base + QStringList{QStringLiteral("--status"), QStringLiteral("draft")}, dir)
                .exitCode == 0);
    CHECK(QString::fromUtf8(readAll(out)).contains(QStringLiteral("PROJET")));
}

TEST_CASE("cli: export options that do not fit are refused", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const auto run = [&](const QStringList& extra) {
        return runCopil(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                    QStringLiteral("--meeting"), id, QStringLiteral("-o"),
                                    dir.path(QStringLiteral("x"))} +
                            extra,
                        dir);
    };
    CHECK(run({QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--variant"),
               QStringLiteral("summary")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--variant"),
               QStringLiteral("decisions")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--variant"),
               QStringLiteral("attendance-sheet")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--status"),
               QStringLiteral("draft")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--status"),
               QStringLiteral("final")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--without"),
               QStringLiteral("lunch")})
              .exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x"))));
}

TEST_CASE("cli: backups are listed and one is restored, the replaced version kept")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("copil.sqlite"));
    importSeed(db, dir);
    // A copy of the workspace as it is now, named as Copil names its backups.
    QDir().mkpath(db + QStringLiteral(".sauvegardes"));
    const QString name = QStringLiteral("copil-20171011-080000-quotidienne.sqlite");
    REQUIRE(QFile::copy(db, db + QStringLiteral(".sauvegardes/") + name));
    const Run again = runCopil(
        {QStringLiteral("import"), kSeed, QStringLiteral("--new-ids"), QStringLiteral("--db"), db},
        dir);
    REQUIRE(again.exitCode == 0);
    const auto meetings = [&] {
        return runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir)
            .out.trimmed()
            .split(u'\n')
            .size();
    };
    REQUIRE(meetings() == 2);

    const Run listed = runCopil({QStringLiteral("backups"), QStringLiteral("--db"), db}, dir);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.startsWith(name + QStringLiteral("\t2017-10-11T08:00:00\tquotidienne")));

    const Run restored =
        runCopil({QStringLiteral("restore"), name, QStringLiteral("--db"), db}, dir);
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(meetings() == 1);
    const Run after = runCopil({QStringLiteral("backups"), QStringLiteral("--db"), db}, dir);
    CHECK(after.out.contains(QStringLiteral("avant-restauration")));

    const Run missing = runCopil({QStringLiteral("restore"), QStringLiteral("nulle-part.sqlite"),
                                  QStringLiteral("--db"), db},
                                 dir);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("introuvable")));
}

TEST_CASE("cli: copy moves a whole workspace to a server and back, every meeting identical",
          "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString file = dir.path(QStringLiteral("ws.sqlite"));
    const QString first = importSeed(file, dir);
    const Run second = runCopil({QStringLiteral("import"), kSeed, QStringLiteral("--new-ids"),
                                 QStringLiteral("--db"), file},
                                dir);
    REQUIRE(second.exitCode == 0);
    const QString server = where.serverLocation();

    Run r = runCopil(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server},
        dir);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("2 réunions copiées")));
    const Run listedThere = runCopil({QStringLiteral("list"), QStringLiteral("--db"), server}, dir);
    const Run listedHere = runCopil({QStringLiteral("list"), QStringLiteral("--db"), file}, dir);
    CHECK(listedThere.out == listedHere.out);

    // And back into a new file: the JSON export of each meeting is the same everywhere.
    const QString back = dir.path(QStringLiteral("back.sqlite"));
    r = runCopil(
        {QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back},
        dir);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (const QString& line : listedHere.out.trimmed().split(u'\n')) {
        const QString id = line.section(u'\t', 0, 0);
        QByteArrayList exports;
        for (const QString& db : {file, server, back}) {
            const QString out = dir.path(QStringLiteral("e-%1.json").arg(exports.size()));
            const Run e = runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                                    QStringLiteral("--meeting"), id, QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("-o"), out},
                                   dir);
            INFO(e.err.toStdString());
            REQUIRE(e.exitCode == 0);
            exports << readAll(out);
        }
        CHECK(exports[0] == exports[1]);
        CHECK(exports[0] == exports[2]);
    }
    CHECK(listedHere.out.contains(first));

    // Copying again is refused before anything is written.
    r = runCopil(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server},
        dir);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("contient déjà")));
}

TEST_CASE("cli: a shared workspace is checked, and a foreign database refused", "[server]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString server = where.serverLocation();
    importSeed(server, dir);
    const Run checked = runCopil({QStringLiteral("check"), QStringLiteral("--db"), server}, dir);
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("Base : ") + where.lastDatabase() +
                               QStringLiteral(" sur ")));
    CHECK(checked.out.contains(QStringLiteral("Intégrité : ok")));

    const QString foreign = where.serverLocation();
    copil::test::serverExec({QStringLiteral("CREATE TABLE invoices (id INTEGER)")},
                            where.lastDatabase());
    const Run refused = runCopil({QStringLiteral("list"), QStringLiteral("--db"), foreign}, dir);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("n’est pas un espace de travail Copil")));

    const Run bad = runCopil(
        {QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("postgresql://hote")}, dir);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("il manque le nom de la base")));
}

namespace {

// As a French Excel saves « CSV (séparateur : point-virgule) »: Windows-1252, ';', CRLF,
// the attendance written as people write it.
const QByteArray kExcelList = "Nom;Organisation;Sous-groupe;Pr\xE9sence\r\n"
                              "L\xE9\x61 Girard;Centre social;3;excus\xE9\r\n"
                              "Fran\xE7ois No\xEBl;Conseil d\xE9partemental;4;excuse\r\n"
                              "\xC9lodie Fontaine;M\xE9tropole;;Excus\xE9\x65\r\n"
                              "L\xE9\x61 Girard;Centre social;;pr\xE9sente\r\n"
                              ";Sans nom;;\r\n";

QStringList participantsOf(const QString& db, const QString& id, const TempDir& dir)
{
    const QString out = dir.path(QStringLiteral("listed.csv"));
    const Run r =
        runCopil({QStringLiteral("participants"), QStringLiteral("export"), QStringLiteral("--db"),
                  db, QStringLiteral("--meeting"), id, QStringLiteral("-o"), out},
                 dir);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList lines = QString::fromUtf8(readAll(out)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    lines.removeFirst(); // the header
    lines.removeLast();  // after the last CRLF
    return lines;
}

} // namespace

TEST_CASE("cli: participants import reads a French Excel file in either language, --dry-run "
          "saves nothing, importing again adds nobody",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const QString file = dir.path(QStringLiteral("liste.csv"));
    writeAll(file, kExcelList);
    const QStringList import{QStringLiteral("participants"),
                             QStringLiteral("import"),
                             file,
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--meeting"),
                             id};

    // The English interface reads the French words the same (excusé, excuse, Excusée).
    Run r = runCopil(import + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--lang"),
                                          QStringLiteral("en")},
                     dir);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("read as Windows-1252, separator \";\"")));
    CHECK(r.out.contains(QStringLiteral("3 people to import:")));
    CHECK(r.out.contains(QStringLiteral("line 2: Léa Girard, Centre social (Other, Member, "
                                        "subgroup 3, Excused)")));
    CHECK(r.out.contains(QStringLiteral("line 3: François Noël, Conseil départemental")));
    CHECK(r.out.contains(QStringLiteral("line 5: Léa Girard, Centre social (Other, Member, "
                                        "Present): duplicate (line 2)")));
    CHECK(r.out.contains(QStringLiteral("1 line refused:\n  line 6: name missing")));
    CHECK_FALSE(r.out.contains(QStringLiteral("inconnue")));
    CHECK(r.err.contains(QStringLiteral("nothing was saved")));
    CHECK(participantsOf(db, id, dir).isEmpty());

    // For real, in French.
    r = runCopil(import, dir);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("liste.csv : lu en Windows-1252, séparateur « ; ».")));
    CHECK(r.out.contains(QStringLiteral("3 personnes à importer :")));
    CHECK(r.err.contains(QStringLiteral("3 participants ajoutés à « Comité de pilotage n°6 »")));
    const QStringList saved = participantsOf(db, id, dir);
    // (no civility in the file: the first column of the export is empty)
    CHECK(saved == QStringList{QStringLiteral(";Léa Girard;Centre social;Autre;Membre;3;Excusé;"),
                               QStringLiteral(";François Noël;Conseil départemental;Autre;Membre;"
                                              "4;Excusé;"),
                               QStringLiteral(";Élodie Fontaine;Métropole;Autre;Membre;;Excusé;")});

    // Again: everyone « déjà inscrit », nobody added.
    r = runCopil(import, dir);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Personne à importer.")));
    CHECK(r.out.contains(QStringLiteral("  ligne 2 : Léa Girard, Centre social (Autre, Membre, "
                                        "sous-groupe 3, Excusé) : déjà inscrit\n")));
    CHECK(r.err.contains(QStringLiteral("0 participant ajouté")));
    CHECK(participantsOf(db, id, dir) == saved);
    // Unless asked for.
    r = runCopil(import + QStringList{QStringLiteral("--with-duplicates")}, dir);
    CHECK(r.exitCode == 0);
    CHECK(participantsOf(db, id, dir).size() == 7);
}

TEST_CASE("cli: participants import exits 2 when nothing could be read, naming the file",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const QString file = dir.path(QStringLiteral("vide.csv"));
    const auto import = [&] {
        return runCopil({QStringLiteral("participants"), QStringLiteral("import"), file,
                         QStringLiteral("--db"), db, QStringLiteral("--meeting"), id},
                        dir);
    };
    writeAll(file, "organisation;type\r\nVille;ville\r\n");
    Run r = import();
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("vide.csv, ligne 1 : aucune colonne « nom »")));
    writeAll(file, "nom;présence\r\n;présent\r\nClaire;peut-être\r\n");
    r = import();
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(QStringLiteral("ligne 3 : présence inconnue « peut-être »")));
    CHECK(r.err.contains(QStringLiteral("vide.csv : aucune personne n’a pu être lue.")));
    CHECK(participantsOf(db, id, dir).isEmpty());
    // Usage: no meeting, no output.
    r = runCopil({QStringLiteral("participants"), QStringLiteral("export"), QStringLiteral("--db"),
                  db, QStringLiteral("--meeting"), id},
                 dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("copil participants export")));
}

TEST_CASE("cli: participants export is what a French spreadsheet opens, and reads back the same",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const QString file = dir.path(QStringLiteral("liste.csv"));
    writeAll(file, kExcelList);
    REQUIRE(runCopil({QStringLiteral("participants"), QStringLiteral("import"), file,
                      QStringLiteral("--db"), db, QStringLiteral("--meeting"), id},
                     dir)
                .exitCode == 0);
    const QString out = dir.path(QStringLiteral("export.csv"));
    const Run r =
        runCopil({QStringLiteral("participants"), QStringLiteral("export"), QStringLiteral("--db"),
                  db, QStringLiteral("--meeting"), id, QStringLiteral("-o"), out},
                 dir);
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("3 participants écrits dans")));
    const QByteArray bytes = readAll(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "Civilit\xC3\xA9;Nom;Organisation;Type;R\xC3\xB4le;Sous-groupe;"
                           "Pr\xC3\xA9sence;Courriel\r\n"));
    CHECK(bytes.count("\r\n") == 4);
    // Read back into another meeting of the same workspace? The same one: all there already.
    const Run again = runCopil({QStringLiteral("participants"), QStringLiteral("import"), out,
                                QStringLiteral("--db"), db, QStringLiteral("--meeting"), id,
                                QStringLiteral("--dry-run")},
                               dir);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("lu en UTF-8")));
    CHECK(again.out.contains(QStringLiteral("Personne à importer.")));
    CHECK(again.out.count(QStringLiteral(") : déjà inscrit\n")) == 3);
}

TEST_CASE("cli: room-copy, then merge: --dry-run changes nothing, conflicts without --prefer "
          "exit 3 and change nothing, --prefer room takes the room's, again brings nothing",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const QString room = dir.path(QStringLiteral("salle 3.sqlite"));
    const Run copied = runCopil({QStringLiteral("room-copy"), QStringLiteral("--db"), db,
                                 QStringLiteral("--meeting"), id, QStringLiteral("--subgroup"),
                                 QStringLiteral("3"), QStringLiteral("-o"), room},
                                dir);
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.err.contains(u"Sous-groupe 3"));
    const QString original0 = questionText(db, 0);

    setQuestionText(room, 0, QStringLiteral("salle q0"));
    setQuestionText(room, 1, QStringLiteral("salle q1"));
    setQuestionText(db, 1, QStringLiteral("ici q1"));
    const QByteArray roomBytes = readAll(room);

    const Run dry = runCopil(
        {QStringLiteral("merge"), room, QStringLiteral("--db"), db, QStringLiteral("--dry-run")},
        dir);
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"Questions : 1 modification"));
    CHECK(dry.out.contains(u"Conflit : question « ici q1 » — texte : ici « ici q1 » / salle "
                           u"« salle q1 »"));
    CHECK(questionText(db, 0) == original0);

    const Run refused = runCopil({QStringLiteral("merge"), room, QStringLiteral("--db"), db}, dir);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(u"rien n’a été fusionné"));
    CHECK(questionText(db, 0) == original0);

    const Run merged = runCopil({QStringLiteral("merge"), room, QStringLiteral("--db"), db,
                                 QStringLiteral("--prefer"), QStringLiteral("room")},
                                dir);
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(questionText(db, 0) == u"salle q0");
    CHECK(questionText(db, 1) == u"salle q1");
    CHECK(readAll(room) == roomBytes); // the room copy is never changed

    const Run again = runCopil(
        {QStringLiteral("merge"), room, QStringLiteral("--db"), db, QStringLiteral("--dry-run")},
        dir);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"Rien de nouveau depuis la dernière fusion."));

    const QString plain = dir.path(QStringLiteral("plain.sqlite"));
    importSeed(plain, dir);
    const Run notRoom = runCopil({QStringLiteral("merge"), plain, QStringLiteral("--db"), db}, dir);
    CHECK(notRoom.exitCode == 2);
    CHECK(notRoom.err.contains(u"n’est pas un poste de salle"));
    const Run badPrefer = runCopil({QStringLiteral("merge"), room, QStringLiteral("--db"), db,
                                    QStringLiteral("--prefer"), QStringLiteral("both")},
                                   dir);
    CHECK(badPrefer.exitCode == 2);
}

TEST_CASE("cli: new makes the next meeting, from a template and blank, remove backs up first",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString sixth = importSeed(db, dir);

    const Run templates = runCopil({QStringLiteral("templates")}, dir);
    REQUIRE(templates.exitCode == 0);
    CHECK(templates.out.contains(QStringLiteral("atelier-participatif\tAtelier participatif")));
    CHECK(templates.out.contains(QStringLiteral("comite-de-pilotage-simple")));

    const Run next = runCopil({QStringLiteral("new"), QStringLiteral("--db"), db,
                               QStringLiteral("--from-meeting"), sixth, QStringLiteral("--date"),
                               QStringLiteral("2018-01-17")},
                              dir);
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    const QString seventh = next.out.trimmed().split(u'\n').last();
    CHECK(seventh.size() == 36);
    const Run fromTemplate =
        runCopil({QStringLiteral("new"), QStringLiteral("--db"), db, QStringLiteral("--template"),
                  QStringLiteral("atelier-participatif"), QStringLiteral("--title"),
                  QStringLiteral("Atelier de mars"), QStringLiteral("--date"),
                  QStringLiteral("2018-03-06"), QStringLiteral("--number"), QStringLiteral("2")},
                 dir);
    REQUIRE(fromTemplate.exitCode == 0);
    const Run blank =
        runCopil({QStringLiteral("new"), QStringLiteral("--db"), db, QStringLiteral("--blank"),
                  QStringLiteral("--title"), QStringLiteral("Point d’étape"),
                  QStringLiteral("--date"), QStringLiteral("2018-03-07")},
                 dir);
    REQUIRE(blank.exitCode == 0);
    const QString pointId = blank.out.trimmed();

    const Run listed = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir);
    CHECK(listed.out.contains(seventh + QStringLiteral("\t2018-01-17\tComité de pilotage n°7\n")));
    CHECK(listed.out.contains(QStringLiteral("\t2018-03-06\tAtelier de mars\n")));
    CHECK(listed.out.contains(pointId + QStringLiteral("\t2018-03-07\tPoint d’étape\n")));

    // The seventh keeps the sixth's subgroups and questions, none of its day.
    const QString out = dir.path(QStringLiteral("seventh.json"));
    REQUIRE(runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--meeting"), seventh, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("-o"), out},
                     dir)
                .exitCode == 0);
    const QString json = QString::fromUtf8(readAll(out));
    CHECK(json.contains(QStringLiteral("Le territoire comme vecteur de transversalité")));
    CHECK(json.contains(QStringLiteral("\"number\": 7")));

    // The captured day's open actions are carried, each naming the action it continues.
    const Run captured = runCopil({QStringLiteral("import"), QStringLiteral(COPIL_CAPTURED),
                                   QStringLiteral("--new-ids"), QStringLiteral("--db"), db},
                                  dir);
    REQUIRE(captured.exitCode == 0);
    const QString day = captured.out.trimmed().split(u'\n').last();
    const QString dayJson = dir.path(QStringLiteral("day.json"));
    REQUIRE(runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--meeting"), day, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("-o"), dayJson},
                     dir)
                .exitCode == 0);
    const Run carried = runCopil({QStringLiteral("new"), QStringLiteral("--db"), db,
                                  QStringLiteral("--from-meeting"), day, QStringLiteral("--date"),
                                  QStringLiteral("2018-01-18")},
                                 dir);
    REQUIRE(carried.exitCode == 0);
    const QString carriedJson = dir.path(QStringLiteral("carried.json"));
    REQUIRE(
        runCopil({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                  carried.out.trimmed(), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("-o"), carriedJson},
                 dir)
            .exitCode == 0);
    const QString carriedText = QString::fromUtf8(readAll(carriedJson));
    static const QRegularExpression actionId(
        QStringLiteral("\"actions\": \\[\\s*\\{\\s*\"id\": \"([^\"]+)\""));
    const QString firstAction = actionId.match(QString::fromUtf8(readAll(dayJson))).captured(1);
    REQUIRE_FALSE(firstAction.isEmpty());
    CHECK(carriedText.contains(QStringLiteral("\"continuesActionId\": \"") + firstAction + u'"'));
    CHECK(carriedText.contains(QStringLiteral("Diffuser le compte rendu aux partenaires")));
    const QString minutes = dir.path(QStringLiteral("carried.md"));
    REQUIRE(
        runCopil({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                  carried.out.trimmed(), QStringLiteral("--format"), QStringLiteral("md"),
                  QStringLiteral("-o"), minutes},
                 dir)
            .exitCode == 0);
    CHECK(QString::fromUtf8(readAll(minutes)).contains(QStringLiteral("Suivi des actions")));

    const Run removed = runCopil({QStringLiteral("remove"), QStringLiteral("--db"), db,
                                  QStringLiteral("--meeting"), pointId},
                                 dir);
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    const Run after = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir);
    CHECK_FALSE(after.out.contains(pointId));
    CHECK(after.out.count(u'\n') == 5);
    if (!copil::test::onServer()) {
        CHECK_FALSE(copil::storage::Backups::list(db).isEmpty());
    }
}

TEST_CASE("cli: new and remove refuse what they cannot do, exit 2, and change nothing")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("ws.sqlite"));
    const QString sixth = importSeed(db, dir);
    const auto tryNew = [&](const QStringList& extra) {
        return runCopil(QStringList{QStringLiteral("new"), QStringLiteral("--db"), db} + extra,
                        dir);
    };
    Run r = tryNew({QStringLiteral("--blank"), QStringLiteral("--title"), QStringLiteral("X"),
                    QStringLiteral("--date"), QStringLiteral("2018-02-30")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("2018-02-30")));
    r = tryNew({QStringLiteral("--blank"), QStringLiteral("--template"),
                QStringLiteral("atelier-participatif"), QStringLiteral("--title"),
                QStringLiteral("X"), QStringLiteral("--date"), QStringLiteral("2018-02-01")});
    CHECK(r.exitCode == 2);
    r = tryNew({QStringLiteral("--template"), QStringLiteral("inconnu"), QStringLiteral("--title"),
                QStringLiteral("X"), QStringLiteral("--date"), QStringLiteral("2018-02-01")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("inconnu")));
    CHECK(r.err.contains(QStringLiteral("atelier-participatif")));
    r = tryNew({QStringLiteral("--blank"), QStringLiteral("--date"), QStringLiteral("2018-02-01")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--title")));
    r = runCopil({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("--meeting"),
                  QStringLiteral("nope")},
                 dir);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("nope")));
    const Run listed = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, dir);
    CHECK(listed.out == sixth + QStringLiteral("\t2017-10-11\tComité de pilotage n°6\n"));
}

TEST_CASE("copil FILE, as a double-click runs it: a .copil workspace opens in the window, a "
          "sub-command stays a sub-command")
{
    TempDir dir;
    TempDir home;
    const QString db = dir.path(QStringLiteral("salle-b.copil"));
    importSeed(db, home);
    REQUIRE(copil::storage::Backups::list(db).isEmpty());
    // The desktop entry's `copil %f`: the window opens on that file (which makes its daily
    // backup beside it) and, here, closes after its first paint.
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COPIL_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path(QStringLiteral("home/data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COPIL_BINARY), {db});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(copil::storage::Backups::list(db).size() == 1);
    // The default workspace was not touched.
    CHECK_FALSE(QFileInfo::exists(home.path(QStringLiteral("home/data/copil/copil.sqlite"))));

    // A word that is not a file is still a sub-command (unknown here: the usage).
    const Run unknown = runCopil({QStringLiteral("frobnicate")}, home);
    CHECK(unknown.exitCode == 2);
    const Run list = runCopil({QStringLiteral("list"), QStringLiteral("--db"), db}, home);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Comité de pilotage n°6")));
}

TEST_CASE("cli: a participants import or a room merge into a meeting whose minutes were "
          "validated takes them back to draft, and says so",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString db = where.location(QStringLiteral("ws.sqlite"));
    const QString id = importSeed(db, dir);
    const auto validate = [&] {
        const Run r =
            runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--meeting"), id, QStringLiteral("--format"),
                      QStringLiteral("md"), QStringLiteral("-o"), dir.path(QStringLiteral("cr.md")),
                      QStringLiteral("--status"), QStringLiteral("validated"),
                      QStringLiteral("--validated-by"), QStringLiteral("Lise Pelerin")},
                     dir);
        REQUIRE(r.exitCode == 0);
    };
    const auto archive = [&] {
        const QString json = dir.path(QStringLiteral("archive.json"));
        REQUIRE(runCopil({QStringLiteral("export"), QStringLiteral("--db"), db,
                          QStringLiteral("--meeting"), id, QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("-o"), json},
                         dir)
                    .exitCode == 0);
        return QJsonDocument::fromJson(readAll(json)).object().value(u"meeting").toObject();
    };
    validate();
    REQUIRE(archive().value(u"minutesValidatedBy").toString() == u"Lise Pelerin");

    // Participants added from a spreadsheet.
    const QString file = dir.path(QStringLiteral("liste.csv"));
    writeAll(file, kExcelList);
    Run r = runCopil({QStringLiteral("participants"), QStringLiteral("import"), file,
                      QStringLiteral("--db"), db, QStringLiteral("--meeting"), id},
                     dir);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("Le compte rendu validé par Lise Pelerin le ")));
    CHECK(r.err.contains(QStringLiteral("revient à l’état de projet")));
    QJsonObject meeting = archive();
    CHECK(meeting.value(u"minutesValidatedBy").toString().isEmpty());
    REQUIRE(meeting.value(u"minutesHistory").toArray().size() == 1);
    CHECK(meeting.value(u"minutesHistory").toArray()[0].toObject().value(u"by").toString() ==
          u"Lise Pelerin");
    // Importing the same list again adds nobody and leaves the minutes as they are.
    validate();
    r = runCopil({QStringLiteral("participants"), QStringLiteral("import"), file,
                  QStringLiteral("--db"), db, QStringLiteral("--meeting"), id},
                 dir);
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("revient à l’état de projet")));
    CHECK(archive().value(u"minutesValidatedBy").toString() == u"Lise Pelerin");

    // A room's notes merged back.
    const QString room = dir.path(QStringLiteral("salle 3.sqlite"));
    REQUIRE(runCopil({QStringLiteral("room-copy"), QStringLiteral("--db"), db,
                      QStringLiteral("--meeting"), id, QStringLiteral("--subgroup"),
                      QStringLiteral("3"), QStringLiteral("-o"), room},
                     dir)
                .exitCode == 0);
    setQuestionText(room, 0, QStringLiteral("salle q0"));
    r = runCopil({QStringLiteral("merge"), room, QStringLiteral("--db"), db}, dir);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("revient à l’état de projet")));
    meeting = archive();
    CHECK(meeting.value(u"minutesValidatedBy").toString().isEmpty());
    CHECK(meeting.value(u"minutesHistory").toArray().size() == 2);
}
