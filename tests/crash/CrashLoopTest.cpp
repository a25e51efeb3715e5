// Crash loop: a child process writes through the window's edit path and is killed with
// SIGKILL at a random moment, again and again. After each kill the workspace must open,
// pass PRAGMA integrity_check, and hold every write the child had reported committed.
#include "SampleMeeting.h"
#include "TestSupport.h"
#include "storage/AgendaRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Workspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <csignal>
#include <sys/types.h>

using namespace copil;

namespace {

struct Acknowledged {
    QSet<QString> noteIds;
    qint64 lastDescription = -1;
};

// Only complete lines count: a line cut by the kill was not yet said.
Acknowledged parseAcks(const QByteArray& out)
{
    Acknowledged acks;
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0) {
        return acks;
    }
    for (const QByteArray& line : out.left(end).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2) {
            continue;
        }
        const qint64 k = parts[1].toLongLong();
        if (parts[0] == "n") {
            acks.noteIds.insert(QStringLiteral("crash-%1").arg(k));
        } else if (parts[0] == "d") {
            acks.lastDescription = std::max(acks.lastDescription, k);
        }
    }
    return acks;
}

int cyclesWanted()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("COPIL_CRASH_CYCLES", &ok);
    return ok && n > 0 ? n : 200;
}

} // namespace

TEST_CASE("a writer killed at random moments never loses an acknowledged write")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.sqlite"));
    const domain::MeetingData meeting = test::sampleMeeting();
    const QString meetingId = meeting.meeting.id;
    const QString itemId = meeting.agenda.first().id;
    {
        auto ws = storage::Workspace::open(path);
        REQUIRE(ws.ok());
        REQUIRE(storage::MeetingRepository(*ws.value()).insertAll(meeting).ok());
    }

    const int cycles = cyclesWanted();
    QRandomGenerator random(20171011);
    QSet<QString> everAcknowledged;
    qint64 lastDescription = -1;
    int killedWhileWriting = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        INFO("cycle " << cycle);
        QProcess child;
        child.start(QStringLiteral(COPIL_CRASH_WRITER),
                    {path, meetingId, itemId, QString::number(qint64(cycle) * 1000000)});
        REQUIRE(child.waitForStarted(10000));
        if (cycle % 2 == 0) {
            // Half the kills land anywhere from the start, often while the file opens.
            QThread::usleep(random.bounded(1000, 40000));
        } else {
            // The other half once the child is writing, at a random moment.
            REQUIRE(child.waitForReadyRead(10000));
            QThread::usleep(random.bounded(0, 20000));
        }
        // A child that already ended has no process id: kill(0) would take the whole
        // process group down with it, the test runner included.
        const pid_t pid = pid_t(child.processId());
        if (pid <= 0) {
            FAIL("the child ended before it was killed: "
                 << child.readAllStandardError().toStdString());
        }
        ::kill(pid, SIGKILL);
        REQUIRE(child.waitForFinished(10000));
        const QByteArray err = child.readAllStandardError();
        INFO("child said: " << err.toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);

        const Acknowledged acks = parseAcks(child.readAllStandardOutput());
        if (!acks.noteIds.isEmpty()) {
            ++killedWhileWriting;
        }
        everAcknowledged.unite(acks.noteIds);
        lastDescription = std::max(lastDescription, acks.lastDescription);

        auto ws = storage::Workspace::open(path, {.createIfMissing = false});
        INFO((ws.ok() ? QString() : ws.error()).toStdString());
        REQUIRE(ws.ok());
        auto problems = ws.value()->checkIntegrity();
        REQUIRE(problems.ok());
        REQUIRE(problems.value().isEmpty());

        auto notes = storage::NoteRepository(*ws.value()).notes(meetingId);
        REQUIRE(notes.ok());
        QSet<QString> stored;
        for (const auto& n : notes.value()) {
            stored.insert(n.id);
        }
        for (const QString& id : std::as_const(everAcknowledged)) {
            INFO("acknowledged note " << id.toStdString());
            REQUIRE(stored.contains(id));
        }
        auto items = storage::AgendaRepository(*ws.value()).items(meetingId);
        REQUIRE(items.ok());
        const auto item = std::find_if(items.value().begin(), items.value().end(),
                                       [&](const auto& x) { return x.id == itemId; });
        REQUIRE(item != items.value().end());
        if (lastDescription >= 0) {
            // The acknowledged text, or a later one committed just before the kill.
            const qint64 stored = item->description.section(u' ', 1).toLongLong();
            REQUIRE(item->description.startsWith(u"description "));
            REQUIRE(stored >= lastDescription);
        }
    }
    // The kills must have hit the child while it was writing, not only while starting.
    // (At least one acknowledged write per cycle that killed a writer: how many more
    // depends on how busy the machine is.)
    CHECK(killedWhileWriting >= cycles / 2);
    CHECK(everAcknowledged.size() >= killedWhileWriting);
}
