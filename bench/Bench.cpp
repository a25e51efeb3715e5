// Benchmarks: JSON parse/serialize, whole-meeting write and load, one autosave edit
// through the window's Editor, exports, the timeline of a 500-item day, a workspace of
// 50 meetings and 20 000 notes (open, backup, JSON export and import), and startup to the
// first painted window against a bare Qt window, the room's screen (a frame of the
// projector, a change reaching it, its thumbnail). Prints medians and 99th percentiles.
// Run through ./scripts/bench (Release build); never part of the test suite.

#include "domain/Clock.h"
#include "domain/Preparation.h"
#include "domain/Timekeeping.h"
#include "exchange/Archive.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/Export.h"
#include "exchange/MeetingJson.h"
#include "exchange/RoomCopy.h"
#include "exchange/WorkspaceCopy.h"
#include "gui/MainWindow.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/RowModel.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/projector/ProjectorController.h"
#include "gui/projector/ProjectorWindow.h"
#include "gui/subgroups/PrioritisationView.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/TimelineView.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/AgendaRepository.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PlenaryRepository.h"
#include "storage/RowStore.h"
#include "storage/SubgroupRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace copil;
using namespace copil::domain;

namespace {

QTextStream out(stdout);

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[index];
}

// Runs f `runs` times after one warm-up, returns the samples in milliseconds.
std::vector<double> measure(int runs, const std::function<void()>& f)
{
    // COPIL_BENCH_RUNS caps the runs (profiling under callgrind).
    if (const int cap = qEnvironmentVariableIntValue("COPIL_BENCH_RUNS"); cap > 0) {
        runs = std::min(runs, cap);
    }
    f();
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        samples.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return samples;
}

void report(const char* what, const std::vector<double>& samples)
{
    out << QString::asprintf("| %-52s | %9.3f | %9.3f | %5zu |\n", what, percentile(samples, 0.5),
                             percentile(samples, 0.99), samples.size());
    out.flush();
}

template <class T> T must(Result<T> r)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        std::exit(1);
    }
    return std::move(r).value();
}

void must(const Status& s)
{
    if (!s.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        std::exit(1);
    }
}

// A large meeting: 10 subgroups with 20 questions and 10 causes each, 100 people,
// votes and scores everywhere, and `notes` notes spread over the questions.
MeetingData largeMeeting(int notes)
{
    MeetingData d;
    d.meeting.id = newId();
    d.meeting.title = QStringLiteral("Séminaire");
    d.meeting.date = QDate(2024, 3, 5);
    d.meeting.dayStart = QTime(8, 0);
    d.meeting.dayEnd = QTime(20, 0);
    for (int s = 0; s < 10; ++s) {
        AgendaItem item{newId(),
                        {},
                        s,
                        QStringLiteral("Atelier %1").arg(s),
                        AgendaItemKind::Subgroup,
                        QTime(9, 0),
                        QTime(12, 0),
                        {},
                        {},
                        QStringLiteral("Salle %1").arg(s),
                        {},
                        {},
                        {},
                        false,
                        {},
                        0,
                        0};
        d.agenda << item;
        Subgroup g{newId(),
                   s + 1,
                   QStringLiteral("Sous-groupe %1").arg(s + 1),
                   QStringLiteral("Cadrage ").repeated(20),
                   {},
                   {},
                   item.id,
                   3};
        d.subgroups << g;
        Criterion c{newId(), g.id, 0, QStringLiteral("Urgence"), 1.0};
        d.criteria << c;
        for (int q = 0; q < 20; ++q) {
            d.questions << GuidingQuestion{newId(),
                                           g.id,
                                           q / 5 + 1,
                                           q,
                                           QStringLiteral("Question %1 ?").arg(q),
                                           QuestionProgress::NotStarted};
        }
        for (int i = 0; i < 10; ++i) {
            PriorityItem p{newId(), g.id, i, QStringLiteral("Cause %1").arg(i)};
            d.priorityItems << p;
            d.scores << CriterionScore{newId(), p.id, c.id, 1 + i % 5};
            d.dotVotes << DotVote{newId(), p.id, {}, i};
        }
        for (int m = 0; m < 10; ++m) {
            d.participants << Participant{newId(),
                                          s * 10 + m,
                                          QStringLiteral("Personne %1").arg(m),
                                          QStringLiteral("Ville"),
                                          OrganisationKind::Ville,
                                          ParticipantRole::Member,
                                          Attendance::Present,
                                          g.id,
                                          {}};
        }
    }
    const QDateTime at(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    for (int n = 0; n < notes; ++n) {
        const auto& q = d.questions[n % d.questions.size()];
        d.notes << Note{
            newId(),
            NoteTarget::Question,
            q.id,
            n,
            NoteKind::Finding,
            QStringLiteral("Une note d’une longueur ordinaire, prise pendant la séance, "
                           "numéro %1.")
                .arg(n),
            QStringLiteral("Rapporteur"),
            at.addSecs(n),
            at.addSecs(n)};
    }
    return d;
}

// A crowded day: 500 items over 5 lanes from 08:00 to 18:20, one in ten with two
// sub-items, the morning done, one item running late in each lane.
QList<AgendaItem> crowdedDay(QDate day)
{
    QList<AgendaItem> agenda;
    for (int lane = 0; lane < 5; ++lane) {
        for (int i = 0; agenda.size() < (lane + 1) * 100; ++i) {
            AgendaItem x;
            x.id = newId();
            x.title = QStringLiteral("Atelier %1.%2 : un titre assez long pour passer à la ligne")
                          .arg(lane + 1)
                          .arg(i + 1);
            x.track = QStringLiteral("Salle %1").arg(lane + 1);
            x.kind = i % 7 == 3 ? AgendaItemKind::Break : AgendaItemKind::Discussion;
            x.plannedStart = QTime(8, 0).addSecs(i * 6 * 60);
            x.plannedEnd = x.plannedStart.addSecs(6 * 60);
            x.presenters = {QStringLiteral("Odas")};
            x.position = i;
            if (x.plannedEnd <= QTime(12, 0)) {
                x.actualStart = QDateTime(day, x.plannedStart);
                x.actualEnd = QDateTime(day, x.plannedEnd.addSecs(60));
            } else if (x.plannedStart == QTime(12, 0)) {
                x.actualStart = QDateTime(day, x.plannedStart.addSecs(90));
                x.extensionMinutes = 5;
            }
            agenda << x;
            if (i % 10 == 5 && agenda.size() < (lane + 1) * 100 - 2) {
                for (int k = 0; k < 2; ++k) {
                    AgendaItem c = x;
                    c.id = newId();
                    c.parentId = x.id;
                    c.title = QStringLiteral("Partie %1").arg(k + 1);
                    c.plannedStart = x.plannedStart.addSecs(k * 3 * 60);
                    c.plannedEnd = c.plannedStart.addSecs(3 * 60);
                    c.actualStart = {};
                    c.actualEnd = {};
                    c.extensionMinutes = 0;
                    agenda << c;
                }
            }
        }
    }
    return agenda;
}

void benchTimeline()
{
    const QDate day(2017, 10, 11);
    const QList<AgendaItem> agenda = crowdedDay(day);
    gui::TimelineView view;
    view.resize(1280, 900);
    view.setAgenda(agenda, day, QTime(8, 0), QTime(18, 30));
    view.setNow(QDateTime(day, QTime(12, 20)));
    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    const QString what =
        QStringLiteral("paint the timeline of %1 items (1280×900)").arg(agenda.size());
    report(what.toUtf8().constData(), measure(60, [&] { view.render(&frame); }));
    int second = 0;
    report("timeline tick: re-plan 500 items, then paint", measure(60, [&] {
               view.setNow(QDateTime(day, QTime(12, 20, ++second % 60)));
               view.render(&frame);
           }));
    report("load the 500 items into the timeline",
           measure(20, [&] { view.setAgenda(agenda, day, QTime(8, 0), QTime(18, 30)); }));
}

} // namespace

// The room's screen at 1920×1080 over the seed meeting, both subgroups running: one
// second's tick drawn, a vote reaching the projected ranking, the control window's
// thumbnail.
void benchProjector(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("projector.sqlite"));
    auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2017, 10, 11), QTime(10, 0)));
    session::Session session(must(exchange::DefaultWorkspace::open(path)), clock);
    session.openMeeting(session.meetings().first().id);
    QMainWindow control;
    gui::ProjectorController projector(session, &control);
    gui::ProjectorWindow* room = projector.window();
    room->resize(1920, 1080);
    room->show();
    const QList<AgendaItem> agenda = session.data().agenda; // starting one changes data()
    for (const auto& item : agenda) {
        if (item.track.startsWith(QStringLiteral("Sous-groupe"))) {
            must(session.start(item.id));
        }
    }
    QCoreApplication::processEvents(); // laid out
    QImage frame(room->size(), QImage::Format_ARGB32_Premultiplied);
    report("projector: the day, one tick drawn (1920×1080)", measure(60, [&] {
               clock->advance(1);
               room->tick();
               room->render(&frame);
           }));
    projector.setMode(gui::ProjectorMode::Ranking);
    QString subgroup;
    QString cause;
    const QList<PriorityItem> causes = session.data().priorityItems;
    for (const auto& item : causes) {
        subgroup = item.subgroupId;
        cause = item.id;
    }
    projector.setSubgroup(subgroup);
    int dots = 0;
    report("projector: a dot saved, ranking redrawn", measure(60, [&] {
               session.editor().setDots(session.meetingId(), cause, QString(), ++dots % 20);
               room->render(&frame);
           }));
    projector.setMode(gui::ProjectorMode::Day);
    projector.thumbnail()->resize(400, 225);
    report("projector: the thumbnail drawn (its 1920×1080 window)",
           measure(60, [&] { (void)projector.thumbnail()->image(); }));
}

// A workspace of 50 meetings with 400 notes each (20 000 notes): opening it, what the
// window does first, its daily backup, and the whole of it exported and imported as JSON.
void benchBigWorkspace(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("fifty.sqlite"));
    QList<QString> ids;
    {
        auto ws = must(storage::Workspace::open(path));
        storage::MeetingRepository meetings(*ws);
        const MeetingData model = largeMeeting(400);
        for (int i = 0; i < 50; ++i) {
            MeetingData copy = model;
            assignNewIds(copy);
            copy.meeting.number = i + 1;
            must(meetings.insertAll(copy));
            ids << copy.meeting.id;
        }
    }
    out << "\n(a workspace of 50 meetings / 20 000 notes: "
        << QFileInfo(path).size() / (1024 * 1024) << " MiB)\n\n";
    out << "| benchmark | median ms | p99 ms | runs |\n| --- | ---: | ---: | ---: |\n";
    report("open the workspace (checks, quick_check, pragmas)",
           measure(20, [&] { must(storage::Workspace::open(path, {.createIfMissing = false})); }));
    report("open it, list the meetings, load one (the window)", measure(20, [&] {
               auto ws = must(storage::Workspace::open(path, {.createIfMissing = false}));
               storage::MeetingRepository meetings(*ws);
               must(meetings.load(must(meetings.meetings()).first().id));
           }));
    auto ws = must(storage::Workspace::open(path, {.createIfMissing = false}));
    report("back up the workspace (VACUUM INTO)",
           measure(5, [&] { must(storage::Backups::make(*ws, QStringLiteral("bench"))); }));
    QList<QByteArray> archive;
    report("export the 50 meetings as JSON", measure(5, [&] {
               archive.clear();
               for (const QString& id : ids) {
                   archive << must(exchange::Archive::exportBytes(*ws, id));
               }
           }));
    int run = 0;
    report("import the 50 meetings from JSON (new workspace)", measure(5, [&] {
               auto target = must(storage::Workspace::open(
                   dir.filePath(QStringLiteral("import-%1.sqlite").arg(++run))));
               for (const QByteArray& json : archive) {
                   must(exchange::Archive::importBytes(*target, json, QStringLiteral("bench")));
               }
           }));
}

// Wall time from starting a program to its first paint (it prints "painted" then).
double timeToFirstPaint(const QString& program, const QStringList& args, const QString& home)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COPIL_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    // The program says "painted" at its first paint; its exit is not counted.
    while (!p.readAllStandardOutput().contains("painted") && p.waitForReadyRead(60000)) {
    }
    const double painted = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s did not start: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
    return painted;
}

// Startup of copil on the seed workspace, against a bare Qt window, runs interleaved so
// both see the same machine.
void benchStartup(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("seed.sqlite"));
    must(exchange::DefaultWorkspace::open(db));
    const QString home = dir.filePath(QStringLiteral("home"));
    const QStringList copilArgs{QStringLiteral("--db"), db};
    std::vector<double> copil;
    std::vector<double> bare;
    timeToFirstPaint(QStringLiteral(COPIL_BINARY), copilArgs, home); // warm-up
    timeToFirstPaint(QStringLiteral(COPIL_BARE_WINDOW), {}, home);
    for (int i = 0; i < 15; ++i) {
        copil.push_back(timeToFirstPaint(QStringLiteral(COPIL_BINARY), copilArgs, home));
        bare.push_back(timeToFirstPaint(QStringLiteral(COPIL_BARE_WINDOW), {}, home));
    }
    out << "\n| benchmark | median ms | p99 ms | runs |\n| --- | ---: | ---: | ---: |\n";
    report("startup: copil, seed meeting, to first paint", copil);
    report("startup: bare Qt window, to first paint", bare);
    out << QString::asprintf("\nstartup ratio copil / bare Qt window (medians): %.2f\n",
                             percentile(copil, 0.5) / percentile(bare, 0.5));
}

// One edit's whole cost in the window: the save, the change event, and every view over
// the session updated (the subgroup panes, a prioritisation window and the restitution
// open, the plenary pane built), in a meeting with 2000 notes.
void benchWindowEdit(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("window.sqlite"));
    const MeetingData big = largeMeeting(2000);
    {
        auto ws = must(storage::Workspace::open(path));
        must(storage::MeetingRepository(*ws).insertAll(big));
    }
    gui::MainWindow window(must(storage::Workspace::open(path)));
    window.resize(1366, 768);
    window.show();
    const auto views = window.subgroupViews();
    window.plenaryPane();
    window.showPane(QStringLiteral("subgroup-1"));
    gui::SubgroupView* view = views.first();
    view->openPrioritisation();
    window.showRestitution();
    QCoreApplication::processEvents();
    view->selectQuestion(big.questions.first().id);
    QLineEdit* edit = view->noteEdit();
    int n = 0;
    report("window: a note typed and Enter (save + every view)", measure(200, [&] {
               edit->setText(QStringLiteral("Une note de plus, %1").arg(++n));
               if (!view->addNote()) {
                   std::exit(1);
               }
           }));
    gui::RowModel<Note>* notes = view->notes()->noteModel();
    report("window: a note corrected in its cell (save + every view)", measure(200, [&] {
               const QModelIndex cell = notes->index(0, gui::NotesPanel::TextColumn);
               if (!notes->setData(cell, QStringLiteral("Corrigée %1").arg(++n), Qt::EditRole)) {
                   std::exit(1);
               }
           }));
    const QString cause = big.priorityItems.first().id;
    report("window: a score set (save + ranking + every view)", measure(200, [&] {
               if (!window.editor().setScore(window.currentMeetingId(), cause,
                                             big.criteria.first().id, 1 + ++n % 5)) {
                   std::exit(1);
               }
           }));
    window.restitution()->close();
    view->prioritisation()->close();
}

// A new database on the benchmark's PostgreSQL server (COPIL_TEST_PG, started by
// scripts/bench with every commit on disk); its URI.
QString newServerDatabase(const QString& name)
{
    const QString admin = qEnvironmentVariable("COPIL_TEST_PG");
    const QUrl url(admin);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("adm"));
        const QUrlQuery q(url);
        db.setHostName(q.queryItemValue(QStringLiteral("host")));
        db.setPort(q.queryItemValue(QStringLiteral("port")).toInt());
        db.setUserName(q.queryItemValue(QStringLiteral("user")));
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            std::fprintf(stderr, "no server: %s\n", qPrintable(db.lastError().text()));
            std::exit(1);
        }
        QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS " + name + u" WITH (FORCE)");
        QSqlQuery(db).exec(u"CREATE DATABASE " + name);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("adm"));
    return QString(admin).replace(QStringLiteral(":///postgres?"), u":///" + name + u'?');
}

// A shared workspace on a local PostgreSQL 15 (Unix socket, fsync on): an edit's round
// trip through the Editor, how long until a second client's Session has the change, and
// opening the 50-meeting workspace copied there.
void benchServer(const QTemporaryDir& dir)
{
    if (qEnvironmentVariableIsEmpty("COPIL_TEST_PG")) {
        out << "\n(no PostgreSQL server: COPIL_TEST_PG unset; ./scripts/bench starts one)\n";
        return;
    }
    const QString uri = newServerDatabase(QStringLiteral("copil_bench"));
    const MeetingData meeting = largeMeeting(400);
    {
        auto ws = must(storage::Workspace::open(uri));
        must(storage::MeetingRepository(*ws).insertAll(meeting));
    }
    session::Session a(must(storage::Workspace::open(uri)));
    session::Session b(must(storage::Workspace::open(uri)));
    a.openMeeting(meeting.meeting.id);
    b.openMeeting(meeting.meeting.id);
    out << "\n(a shared workspace on PostgreSQL 15, local Unix socket, fsync on)\n\n";
    out << "| benchmark | median ms | p99 ms | runs |\n| --- | ---: | ---: | ---: |\n";
    Note note = meeting.notes.first();
    int n = 0;
    report("server: a note typed (Editor::typeNote round trip)", measure(300, [&] {
               note = *findRow(a.data().notes, note.id);
               note.text = QStringLiteral("Texte ") + QString::number(++n);
               if (!a.editor().typeNote(meeting.meeting.id, note)) {
                   std::exit(1);
               }
           }));
    // From the moment A saves to the moment B's Session has emitted the change.
    bool seen = false;
    QObject::connect(&b, &session::Session::changed, [&seen](const ChangeEvent& e) {
        seen = seen || e.origin == ChangeOrigin::Remote;
    });
    QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
    report("server: until a second client's Session has the change", measure(200, [&] {
               seen = false;
               note = *findRow(a.data().notes, note.id);
               note.text = QStringLiteral("Texte ") + QString::number(++n);
               if (!a.editor().saveNote(meeting.meeting.id, QStringLiteral("Note"), note)) {
                   std::exit(1);
               }
               QElapsedTimer guard;
               guard.start();
               while (!seen && guard.elapsed() < 5000) {
                   QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
               }
               if (!seen) {
                   std::fprintf(stderr, "the change never reached the second client\n");
                   std::exit(1);
               }
           }));

    // The same typing by a subgroup's rapporteur, the server's rules on (schema 13): each
    // save is checked by the row-level security policies.
    {
        auto admin = must(storage::Workspace::open(uri));
        const GuidingQuestion* question = findRow(meeting.questions, note.targetId);
        if (!question) {
            std::fprintf(stderr, "the benchmark's note is not on a question\n");
            std::exit(1);
        }
        QSqlQuery q(admin->database());
        for (const QString& sql :
             {QStringLiteral("DO $$ BEGIN CREATE ROLE copil_bench_rapporteur LOGIN; EXCEPTION "
                             "WHEN duplicate_object THEN NULL; END $$"),
              QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                             "public TO copil_bench_rapporteur"),
              QStringLiteral("INSERT INTO copil_member (role_name, kind, subgroup_id) VALUES "
                             "('copil_bench_rapporteur', 'rapporteur', '%1')")
                  .arg(question->subgroupId)}) {
            if (!q.exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
                std::exit(1);
            }
        }
    }
    {
        QString rapporteurUri = uri;
        rapporteurUri.replace(QStringLiteral("user=postgres"),
                              QStringLiteral("user=copil_bench_rapporteur"));
        session::Session r(must(storage::Workspace::open(rapporteurUri)));
        r.openMeeting(meeting.meeting.id);
        report("server: a note typed by its subgroup's rapporteur (row-level security on)",
               measure(300, [&] {
                   note = *findRow(r.data().notes, note.id);
                   note.text = QStringLiteral("Texte ") + QString::number(++n);
                   if (!r.editor().typeNote(meeting.meeting.id, note)) {
                       std::exit(1);
                   }
               }));
    }

    // The 50-meeting workspace of benchBigWorkspace, copied to the server.
    const QString fifty = dir.filePath(QStringLiteral("fifty.sqlite"));
    if (!QFileInfo::exists(fifty)) {
        return;
    }
    const QString big = newServerDatabase(QStringLiteral("copil_bench_fifty"));
    QElapsedTimer copying;
    copying.start();
    must(exchange::WorkspaceCopy::copy(fifty, big));
    report("server: copil copy of the 50-meeting workspace, checked",
           {static_cast<double>(copying.nsecsElapsed()) / 1e6});
    QString first;
    {
        auto ws = must(storage::Workspace::open(big));
        first = must(storage::MeetingRepository(*ws).meetings()).first().id;
    }
    report("server: open the 50-meeting workspace (connect, checks, listen)",
           measure(20, [&] { must(storage::Workspace::open(big)); }));
    report("server: open it, list the meetings, load one (the window)", measure(20, [&] {
               auto ws = must(storage::Workspace::open(big));
               storage::MeetingRepository meetings(*ws);
               must(meetings.meetings());
               must(meetings.load(first));
           }));
}

// Minutes of a meeting long enough for about 100 PDF pages, in every format, and the
// attendance sheet of its participants.
template <class Out> void benchExports(Out& out)
{
    const MeetingData longDay = largeMeeting(4200);
    exchange::ExportRequest request;
    request.format = exchange::ExportFormat::Pdf;
    const QByteArray pdf = must(exchange::renderMeeting(longDay, request));
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page[^s]"));
    const auto pages = QString::fromLatin1(pdf).count(pageObject);
    out << QString::asprintf("\n(minutes of the long meeting: %lld PDF pages)\n\n",
                             static_cast<long long>(pages));
    out << "| benchmark | median ms | p99 ms | runs |\n| --- | ---: | ---: | ---: |\n";
    for (const auto format : {exchange::ExportFormat::Pdf, exchange::ExportFormat::Odt,
                              exchange::ExportFormat::Html, exchange::ExportFormat::Markdown,
                              exchange::ExportFormat::Ics, exchange::ExportFormat::Json}) {
        request.format = format;
        const QByteArray name =
            "export the long meeting as " + exchange::formatName(format).toLatin1();
        report(name.constData(), measure(format == exchange::ExportFormat::Pdf ? 5 : 15,
                                         [&] { must(exchange::renderMeeting(longDay, request)); }));
    }

    request.format = exchange::ExportFormat::Pdf;
    request.options.variant = exchange::MinutesOptions::Variant::AttendanceSheet;
    const QByteArray sheet = must(exchange::renderMeeting(longDay, request));
    out << QString::asprintf("\n(attendance sheet of its %lld participants: %lld PDF pages)\n\n",
                             static_cast<long long>(longDay.participants.size()),
                             static_cast<long long>(QString::fromLatin1(sheet).count(pageObject)));
    out << "| benchmark | median ms | p99 ms | runs |\n| --- | ---: | ---: | ---: |\n";
    report("export the attendance sheet as pdf",
           measure(5, [&] { must(exchange::renderMeeting(longDay, request)); }));
    request.format = exchange::ExportFormat::Odt;
    report("export the attendance sheet as odt",
           measure(15, [&] { must(exchange::renderMeeting(longDay, request)); }));
}

// A room copy that brings 2 000 notes, with every dot and score changed, merged into a
// meeting of 2 000 notes: the preview alone (reading both sides, the three-way merge),
// and the whole merge (one transaction); each merge is undone, untimed, before the next.
void benchRooms(const QTemporaryDir& dir)
{
    auto hub = must(storage::Workspace::open(dir.filePath(QStringLiteral("hub.sqlite"))));
    const MeetingData meeting = largeMeeting(2000);
    must(storage::MeetingRepository(*hub).insertAll(meeting));
    const QString file = dir.filePath(QStringLiteral("salle.sqlite"));
    must(exchange::RoomCopy::write(*hub, meeting.meeting.id, meeting.subgroups.first().id, file,
                                   QDateTime::currentDateTime()));
    {
        auto room = must(storage::Workspace::open(file));
        storage::RowStore rows(*room);
        MeetingData added;
        const QDateTime at(QDate(2024, 3, 5), QTime(11, 0), Qt::UTC);
        for (int n = 0; n < 2000; ++n) {
            added.notes << Note{newId(),
                                NoteTarget::Question,
                                meeting.questions[n % meeting.questions.size()].id,
                                10000 + n,
                                NoteKind::Proposal,
                                QStringLiteral("Une note prise dans la salle, numéro %1.").arg(n),
                                QStringLiteral("Rapporteur"),
                                at.addSecs(n),
                                at.addSecs(n)};
        }
        MeetingData changed;
        for (DotVote v : meeting.dotVotes) {
            v.count += 1;
            changed.dotVotes << v;
        }
        for (CriterionScore c : meeting.scores) {
            c.score = c.score % 5 + 1;
            changed.scores << c;
        }
        must(room->write([&]() -> Status {
            if (Status st = rows.insertAll(meeting.meeting.id, added); !st) {
                return st;
            }
            return rows.updateAll(meeting.meeting.id, changed);
        }));
    }
    report("room copy: preview of 2000 notes + dots + scores", measure(20, [&] {
               const auto plan = must(exchange::RoomMerge::prepare(*hub, file));
               must(exchange::RoomMerge::resolve(plan, {}, QDateTime::currentDateTime()));
           }));
    storage::RowStore rows(*hub);
    std::vector<double> merges;
    const int runs = std::max(1, std::min(20, qEnvironmentVariableIntValue("COPIL_BENCH_RUNS") > 0
                                                  ? qEnvironmentVariableIntValue("COPIL_BENCH_RUNS")
                                                  : 20));
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto plan = must(exchange::RoomMerge::prepare(*hub, file));
        const auto changes =
            must(exchange::RoomMerge::resolve(plan, {}, QDateTime::currentDateTime()));
        must(exchange::RoomMerge::apply(rows, changes));
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (changes.inserted.notes.size() != 2000) {
            std::fprintf(stderr, "room merge: %lld notes instead of 2000\n",
                         static_cast<long long>(changes.inserted.notes.size()));
            std::exit(1);
        }
        if (i > 0) {
            merges.push_back(ms); // the first is the warm-up
        }
        must(exchange::RoomMerge::revert(rows, changes));
    }
    report("room copy: merge 2000 notes + dots + scores (all)", merges);
}

// Preparing the next meeting of a large one (10 subgroups, 200 questions, 100 people,
// 2000 notes): what the new-meeting dialog computes for its preview, and the creation
// through the Editor, as the window does it (one transaction, one undo step).
void benchPrepare(const QTemporaryDir& dir)
{
    const MeetingData big = largeMeeting(2000);
    report("next meeting of a large one, computed (preview)",
           measure(50, [&] { (void)domain::Preparation::nextOf(big, QDate(2024, 6, 5)); }));
    auto ws = must(storage::Workspace::open(dir.filePath(QStringLiteral("prepare.sqlite"))));
    must(storage::MeetingRepository(*ws).insertAll(big));
    session::Session session(std::move(ws));
    std::vector<double> made;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        auto previous = must(storage::MeetingRepository(session.workspace()).load(big.meeting.id));
        const MeetingData next = domain::Preparation::nextOf(previous, QDate(2024, 6, 5));
        if (!session.editor().createMeeting(QStringLiteral("Nouvelle"), next)) {
            std::fprintf(stderr, "the next meeting was not created\n");
            std::exit(1);
        }
        made.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    report("next meeting of a large one: load, prepare, create", made);
}

int main(int argc, char* argv[])
{
    // PDF rendering needs fonts: a GUI application, without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    out << "| benchmark | median ms | p99 ms | runs |\n| --- | ---: | ---: | ---: |\n";
    if (app.arguments().contains(QStringLiteral("timeline"))) {
        benchTimeline(); // copil_bench timeline: only the timeline figures
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("workspace"))) {
        benchBigWorkspace(dir); // copil_bench workspace: the 50-meeting workspace only
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("window"))) {
        benchWindowEdit(dir); // copil_bench window: one edit through the window only
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("server"))) {
        benchBigWorkspace(dir); // copil_bench server: the shared workspace only
        benchServer(dir);
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("exports"))) {
        benchExports(out); // copil_bench exports: the minutes and the attendance sheet only
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("projector"))) {
        benchProjector(dir); // copil_bench projector: the room's screen only
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("rooms"))) {
        benchRooms(dir); // copil_bench rooms: room copies merged back only
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("prepare"))) {
        benchPrepare(dir); // copil_bench prepare: preparing the next meeting only
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("startup"))) {
        benchStartup(dir); // copil_bench startup: startup against a bare Qt window only
        return 0;
    }

    QFile seedFile(exchange::DefaultWorkspace::seedTemplate());
    seedFile.open(QIODevice::ReadOnly);
    const QByteArray seed = seedFile.readAll();
    report("parse + validate the seed template (JSON)",
           measure(200, [&] { must(exchange::MeetingJson::parse(seed, QStringLiteral("seed"))); }));

    const MeetingData big = largeMeeting(2000);
    const QByteArray bigJson = exchange::MeetingJson::serialize(big);
    report("serialize a meeting with 2000 notes (JSON)",
           measure(20, [&] { (void)exchange::MeetingJson::serialize(big); }));
    report("parse + validate a meeting with 2000 notes (JSON)", measure(20, [&] {
               must(exchange::MeetingJson::parse(bigJson, QStringLiteral("big")));
           }));

    auto ws = must(storage::Workspace::open(dir.filePath(QStringLiteral("bench.sqlite"))));
    storage::MeetingRepository meetings(*ws);
    std::vector<double> inserts;
    for (int i = 0; i < 10; ++i) {
        MeetingData copy = big;
        assignNewIds(copy);
        QElapsedTimer t;
        t.start();
        must(meetings.insertAll(copy));
        inserts.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    report("write a meeting with 2000 notes (one transaction)", inserts);
    const QString someId = must(meetings.meetings()).first().id;
    report("load a meeting with 2000 notes", measure(20, [&] { must(meetings.load(someId)); }));

    storage::NoteRepository notes(*ws);
    const QString questionId = must(meetings.load(someId)).questions.first().id;
    std::vector<double> writes = measure(300, [&] {
        must(notes.insert(someId, Note{newId(),
                                       NoteTarget::Question,
                                       questionId,
                                       0,
                                       NoteKind::Remark,
                                       QStringLiteral("Note"),
                                       {},
                                       {},
                                       {}}));
    });
    report("one note written (repository insert, synchronous=FULL)", writes);

    // The window's own autosave path: the Editor reads what it needs, writes in one
    // transaction and keeps the undo step (a meeting with 2300 notes).
    storage::AgendaRepository agenda(*ws);
    session::Editor editor(*ws);
    report("autosave: a note added through the Editor", measure(300, [&] {
               Note n{newId(),
                      NoteTarget::Question,
                      questionId,
                      0,
                      NoteKind::Remark,
                      QStringLiteral("Note"),
                      {},
                      {},
                      {}};
               if (!editor.saveNote(someId, QStringLiteral("Note"), n)) {
                   std::exit(1);
               }
           }));
    AgendaItem typed = must(agenda.items(someId)).first();
    int keystroke = 0;
    report("autosave: a description typed (Editor::typeInAgenda)", measure(300, [&] {
               typed.description =
                   QStringLiteral("Consignes ").repeated(20) + QString::number(++keystroke);
               if (!editor.typeInAgenda(someId, typed)) {
                   std::exit(1);
               }
           }));

    benchExports(out);

    benchTimeline();
    benchRooms(dir);

    ws.reset();
    benchBigWorkspace(dir);
    benchWindowEdit(dir);
    benchProjector(dir);
    benchServer(dir);
    benchStartup(dir);
    return 0;
}
