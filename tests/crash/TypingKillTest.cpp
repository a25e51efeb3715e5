// Steady typing is saved: a child process types through the real widgets, about five
// characters a second, into fields that save as they are typed, and is killed with
// SIGKILL at random moments. Everything typed more than a second before the kill must be
// in the workspace when it is opened again.
#include "TestSupport.h"
#include "exchange/DefaultWorkspace.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <csignal>
#include <sys/types.h>

using namespace copil;

namespace {

// What the child had typed in each field, and when the test read it.
struct Typed {
    qint64 at; // ms on the test's clock
    int field;
    int count;
};

QString typedText(const QString& mark)
{
    return mark + QStringLiteral(" la transversalite avance lentement mais "
                                 "surement entre les villes et les EPCI ");
}

// The stored text holds at least the first `count` characters typed (trailing spaces
// aside, which fields trim) and nothing that was not typed.
void checkSaved(const QString& stored, const QString& mark, int count, const char* field)
{
    INFO(field << ": stored \"" << stored.toStdString() << "\", typed at least " << count
               << " characters");
    const QString typed = typedText(mark);
    const QString needed = typed.left(count).trimmed();
    CHECK(stored.size() >= needed.size());
    CHECK(typed.startsWith(stored));
}

} // namespace

TEST_CASE("steady typing killed at any moment loses at most its last second")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    REQUIRE(exchange::DefaultWorkspace::open(path).ok());
    QRandomGenerator random(5 * 9 * 46);
    const int cycles = 6;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const QString mark = QStringLiteral("c%1").arg(cycle);
        INFO("cycle " << cycle);
        QProcess child;
        child.start(QStringLiteral(COPIL_TYPING_CHILD), {path, mark});
        REQUIRE(child.waitForStarted(10000));
        QElapsedTimer clock;
        QByteArray out;
        while (!out.contains("ready\n")) {
            REQUIRE(child.waitForReadyRead(20000));
            out += child.readAllStandardOutput();
        }
        clock.start();
        out.clear();
        // Killed between 2 and 7 s of typing, at no particular moment of a save.
        const qint64 killAt = 2000 + random.bounded(5000);
        QList<Typed> typed;
        while (clock.elapsed() < killAt) {
            child.waitForReadyRead(10);
            out += child.readAllStandardOutput();
            qsizetype end;
            while ((end = out.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = out.left(end).split(' ');
                out.remove(0, end + 1);
                if (parts.size() == 2) {
                    typed.append({clock.elapsed(), parts[0].toInt(), parts[1].toInt()});
                }
            }
        }
        // A child that already ended has no process id: kill(0) would take the whole
        // process group down with it, the test runner included.
        const pid_t pid = pid_t(child.processId());
        if (pid <= 0) {
            FAIL("the child ended before it was killed: "
                 << child.readAllStandardError().toStdString());
        }
        ::kill(pid, SIGKILL);
        const qint64 killedAt = clock.elapsed();
        REQUIRE(child.waitForFinished(10000));
        INFO("child said: " << child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        REQUIRE(typed.size() > 5);

        // What each field held a second before the kill.
        int needed[3] = {0, 0, 0};
        for (const Typed& t : typed) {
            if (t.at <= killedAt - 1000) {
                needed[t.field] = std::max(needed[t.field], t.count);
            }
        }
        auto ws = storage::Workspace::open(path, {.createIfMissing = false});
        REQUIRE(ws.ok());
        auto meetings = storage::MeetingRepository(*ws.value()).meetings();
        REQUIRE(meetings.ok());
        auto d = storage::MeetingRepository(*ws.value()).load(meetings.value().first().id);
        REQUIRE(d.ok());
        checkSaved(d.value().agenda.first().description, mark, needed[0], "description");
        QString note;
        for (const auto& n : d.value().notes) {
            if (n.text.startsWith(mark + u' ') || n.text == mark) {
                note = n.text;
            }
        }
        checkSaved(note, mark, needed[1], "note");
        QString debate;
        for (const auto& s : d.value().statements) {
            if (s.text == mark) {
                debate = s.debate;
            }
        }
        checkSaved(debate, mark, needed[2], "debate");
    }
}
