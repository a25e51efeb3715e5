#include "Damage.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    CHECK(md.contains(QStringLiteral("Version validée par Lise Pelerin le ")));

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
