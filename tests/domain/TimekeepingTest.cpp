#include "domain/Timekeeping.h"

#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/Schedule.h"

using namespace copil::domain;

namespace {

const QDate kDay(2017, 10, 11);

QDateTime at(int h, int m, int s = 0)
{
    return QDateTime(kDay, QTime(h, m, s));
}

AgendaItem agendaItem(const QString& id, const QString& track, QTime start, QTime end,
                      const QString& parent = {})
{
    AgendaItem x;
    x.id = id;
    x.parentId = parent;
    x.title = id;
    x.track = track;
    x.plannedStart = start;
    x.plannedEnd = end;
    return x;
}

// The seed day's shape: welcome, two parallel subgroups, lunch, plenary of three parts.
QList<AgendaItem> seedDay()
{
    const QString p = QStringLiteral("Plénière");
    return {agendaItem(QStringLiteral("welcome"), p, QTime(9, 45), QTime(10, 0)),
            agendaItem(QStringLiteral("sg3"), QStringLiteral("SG3"), QTime(10, 0), QTime(13, 0)),
            agendaItem(QStringLiteral("sg4"), QStringLiteral("SG4"), QTime(10, 0), QTime(13, 0)),
            agendaItem(QStringLiteral("lunch"), p, QTime(13, 0), QTime(14, 0)),
            agendaItem(QStringLiteral("plenary"), p, QTime(14, 0), QTime(16, 0)),
            agendaItem(QStringLiteral("intro"), p, QTime(14, 0), QTime(14, 15),
                       QStringLiteral("plenary")),
            agendaItem(QStringLiteral("findings"), p, QTime(14, 15), QTime(15, 30),
                       QStringLiteral("plenary")),
            agendaItem(QStringLiteral("questions"), p, QTime(15, 30), QTime(16, 0),
                       QStringLiteral("plenary"))};
}

// Applies changed items onto the agenda, as the repository would.
void apply(QList<AgendaItem>& agenda, const Result<QList<AgendaItem>>& changes)
{
    REQUIRE(changes.ok());
    for (const auto& changed : changes.value()) {
        for (auto& item : agenda) {
            if (item.id == changed.id) {
                item = changed;
            }
        }
    }
}

const AgendaItem& get(const QList<AgendaItem>& agenda, const QString& id)
{
    for (const auto& item : agenda) {
        if (item.id == id) {
            return item;
        }
    }
    FAIL("no item " << id.toStdString());
    return agenda.first();
}

QTime forecastStart(const Forecast& f, const char* id)
{
    return f.byItem.value(QString::fromLatin1(id)).start.time();
}

QTime forecastEnd(const Forecast& f, const char* id)
{
    return f.byItem.value(QString::fromLatin1(id)).end.time();
}

} // namespace

TEST_CASE("a running item goes through normal, closing and overrun as the clock advances")
{
    ManualClock clock(at(10, 0));
    auto day = seedDay();
    apply(day, Timekeeping::start(day, QStringLiteral("sg3"), clock.now()));
    const auto& sg3 = get(day, QStringLiteral("sg3"));
    CHECK(Timekeeping::state(sg3) == RunState::Running);

    auto s = Timekeeping::status(sg3, clock.now());
    CHECK(s.allotted == 3 * 3600);
    CHECK(s.phase == TimePhase::Normal);
    clock.advance(2 * 3600 + 23 * 60); // 12:23: 37 min left of 180, more than 20 %
    s = Timekeeping::status(sg3, clock.now());
    CHECK(s.remaining == 37 * 60);
    CHECK(s.phase == TimePhase::Normal);
    clock.advance(60); // 12:24: 36 min left = exactly 20 %
    CHECK(Timekeeping::status(sg3, clock.now()).phase == TimePhase::Closing);
    clock.advance(36 * 60 - 1); // one second left
    CHECK(Timekeeping::status(sg3, clock.now()).phase == TimePhase::Closing);
    clock.advance(1);
    CHECK(Timekeeping::status(sg3, clock.now()).phase == TimePhase::Overrun);
    clock.advance(10 * 60);
    s = Timekeeping::status(sg3, clock.now());
    CHECK(s.remaining == -10 * 60);
    CHECK(s.elapsed == 190 * 60);
}

TEST_CASE("pauses do not count as time spent, and extensions add to the allotted time")
{
    auto day = seedDay();
    const QString id = QStringLiteral("sg4");
    apply(day, Timekeeping::start(day, id, at(10, 0)));
    apply(day, Timekeeping::pause(day, id, at(11, 0)));
    CHECK(Timekeeping::state(get(day, id)) == RunState::Paused);
    // While paused, the clock stands still.
    CHECK(Timekeeping::status(get(day, id), at(11, 20)).elapsed == 3600);
    CHECK_FALSE(Timekeeping::pause(day, id, at(11, 20)).ok());
    apply(day, Timekeeping::resume(day, id, at(11, 20)));
    CHECK(get(day, id).pausedSeconds == 20 * 60);
    CHECK(Timekeeping::status(get(day, id), at(12, 0)).elapsed == 100 * 60);

    apply(day, Timekeeping::extend(day, id, 10));
    apply(day, Timekeeping::extend(day, id, 5));
    CHECK(get(day, id).extensionMinutes == 15);
    CHECK(Timekeeping::status(get(day, id), at(12, 0)).allotted == 195 * 60);
    CHECK_FALSE(Timekeeping::extend(day, id, 0).ok());
    CHECK_FALSE(Timekeeping::extend(day, id, 601).ok());

    // Finishing while paused folds the pause in.
    apply(day, Timekeeping::pause(day, id, at(13, 0)));
    apply(day, Timekeeping::finish(day, id, at(13, 10)));
    const auto& done = get(day, id);
    CHECK(Timekeeping::state(done) == RunState::Finished);
    CHECK(done.actualEnd == at(13, 10));
    CHECK(done.pausedSeconds == 30 * 60);
    CHECK(Timekeeping::status(done, at(15, 0)).elapsed == (190 - 30) * 60);
    CHECK(Timekeeping::status(done, at(15, 0)).phase == TimePhase::Done);
    CHECK_FALSE(Timekeeping::extend(day, id, 5).ok());
    CHECK_FALSE(Timekeeping::start(day, id, at(15, 0)).ok());
}

TEST_CASE("each lane keeps its own clock, starting the next item ends the previous one")
{
    auto day = seedDay();
    apply(day, Timekeeping::start(day, QStringLiteral("welcome"), at(9, 50)));
    apply(day, Timekeeping::start(day, QStringLiteral("sg3"), at(10, 5)));
    apply(day, Timekeeping::start(day, QStringLiteral("sg4"), at(10, 8)));
    // Parallel lanes: both subgroups run, the welcome is still running in its lane.
    CHECK(Timekeeping::activeIn(day, QStringLiteral("SG3")) == QStringLiteral("sg3"));
    CHECK(Timekeeping::activeIn(day, QStringLiteral("SG4")) == QStringLiteral("sg4"));
    CHECK(Timekeeping::activeIn(day, QStringLiteral("Plénière")) == QStringLiteral("welcome"));

    // Starting lunch in the main lane ends the welcome there, not the subgroups.
    apply(day, Timekeeping::start(day, QStringLiteral("lunch"), at(13, 5)));
    CHECK(get(day, QStringLiteral("welcome")).actualEnd == at(13, 5));
    CHECK(Timekeeping::state(get(day, QStringLiteral("sg3"))) == RunState::Running);

    // A part of the plenary starts the plenary with it; the deepest running item wins.
    apply(day, Timekeeping::start(day, QStringLiteral("intro"), at(14, 2)));
    CHECK(get(day, QStringLiteral("plenary")).actualStart == at(14, 2));
    CHECK(get(day, QStringLiteral("lunch")).actualEnd == at(14, 2));
    CHECK(Timekeeping::activeIn(day, QStringLiteral("Plénière")) == QStringLiteral("intro"));
    // The next part ends the first, not the plenary that contains both.
    apply(day, Timekeeping::start(day, QStringLiteral("findings"), at(14, 20)));
    CHECK(get(day, QStringLiteral("intro")).actualEnd == at(14, 20));
    CHECK(Timekeeping::state(get(day, QStringLiteral("plenary"))) == RunState::Running);
    // Pausing a part stops the plenary's clock too.
    apply(day, Timekeeping::pause(day, QStringLiteral("findings"), at(15, 0)));
    CHECK(Timekeeping::state(get(day, QStringLiteral("plenary"))) == RunState::Paused);
    apply(day, Timekeeping::resume(day, QStringLiteral("findings"), at(15, 5)));
    CHECK(Timekeeping::state(get(day, QStringLiteral("plenary"))) == RunState::Running);
    // Finishing the plenary finishes its running part.
    apply(day, Timekeeping::finish(day, QStringLiteral("plenary"), at(16, 10)));
    CHECK(get(day, QStringLiteral("findings")).actualEnd == at(16, 10));
    CHECK(Timekeeping::activeIn(day, QStringLiteral("Plénière")).isEmpty());

    apply(day, Timekeeping::reset(day, QStringLiteral("plenary")));
    CHECK(Timekeeping::state(get(day, QStringLiteral("plenary"))) == RunState::NotStarted);
    CHECK(Timekeeping::state(get(day, QStringLiteral("intro"))) == RunState::NotStarted);
    CHECK_FALSE(Timekeeping::reset(day, QStringLiteral("plenary")).ok());
    CHECK_FALSE(Timekeeping::start(day, QStringLiteral("nope"), at(16, 0)).ok());
}

TEST_CASE("the plan holds when everything runs on time")
{
    const auto day = seedDay();
    const Forecast f = Schedule::forecast(day, kDay, at(9, 0));
    for (const auto& item : day) {
        INFO(item.id.toStdString());
        CHECK(f.byItem.value(item.id).start == QDateTime(kDay, item.plannedStart));
        CHECK(f.byItem.value(item.id).end == QDateTime(kDay, item.plannedEnd));
    }
    CHECK(f.dayEnd == at(16, 0));
    CHECK(f.plannedDayEnd == at(16, 0));
    CHECK(Schedule::mainTrack(day) == QStringLiteral("Plénière"));
    CHECK(Schedule::tracks(day) ==
          QStringList{QStringLiteral("Plénière"), QStringLiteral("SG3"), QStringLiteral("SG4")});
}

TEST_CASE("an overrun or extension re-plans what follows, down to the end of the day")
{
    auto day = seedDay();
    apply(day, Timekeeping::start(day, QStringLiteral("welcome"), at(9, 45)));
    apply(day, Timekeeping::start(day, QStringLiteral("sg3"), at(10, 0)));
    apply(day, Timekeeping::start(day, QStringLiteral("sg4"), at(10, 0)));
    apply(day, Timekeeping::finish(day, QStringLiteral("welcome"), at(10, 0)));

    // Subgroup 3 is given 20 more minutes: lunch waits for it, and everything after.
    apply(day, Timekeeping::extend(day, QStringLiteral("sg3"), 20));
    Forecast f = Schedule::forecast(day, kDay, at(11, 0));
    CHECK(forecastEnd(f, "sg3") == QTime(13, 20));
    CHECK(forecastEnd(f, "sg4") == QTime(13, 0)); // the other lane is not affected
    CHECK(forecastStart(f, "lunch") == QTime(13, 20));
    CHECK(forecastStart(f, "plenary") == QTime(14, 20));
    CHECK(forecastStart(f, "intro") == QTime(14, 20));
    CHECK(forecastStart(f, "questions") == QTime(15, 50));
    CHECK(f.dayEnd == at(16, 20));
    CHECK(f.startDelay(get(day, QStringLiteral("lunch")), kDay) == 20 * 60);
    CHECK(f.endDelay(get(day, QStringLiteral("sg4")), kDay) == 0);

    // Subgroup 4 overruns its time without an extension: now drives the forecast.
    f = Schedule::forecast(day, kDay, at(13, 30));
    CHECK(forecastEnd(f, "sg4") == QTime(13, 30));
    CHECK(forecastStart(f, "lunch") == QTime(13, 30));
    CHECK(f.dayEnd == at(16, 30));

    // Both finish at 13:25; lunch, not started at 13:40, starts no earlier than now.
    apply(day, Timekeeping::finish(day, QStringLiteral("sg3"), at(13, 25)));
    apply(day, Timekeeping::finish(day, QStringLiteral("sg4"), at(13, 25)));
    f = Schedule::forecast(day, kDay, at(13, 40));
    CHECK(forecastStart(f, "lunch") == QTime(13, 40));
    CHECK(forecastEnd(f, "lunch") == QTime(14, 40));
    CHECK(f.dayEnd == at(16, 40));
}

TEST_CASE("on another day than the meeting's, now does not push the plan")
{
    const auto day = seedDay();
    // Preparing the day a week before, or reading it years later: the plan as it is.
    for (const QDateTime& now : {QDateTime(kDay.addDays(-7), QTime(15, 0)),
                                 QDateTime(QDate(2026, 11, 25), QTime(21, 28))}) {
        const Forecast f = Schedule::forecast(day, kDay, now);
        CHECK(forecastStart(f, "lunch") == QTime(13, 0));
        CHECK(f.dayEnd == at(16, 0));
    }
    // An item left running in the past ends as planned, not years later.
    auto left = day;
    apply(left, Timekeeping::start(left, QStringLiteral("sg3"), at(10, 0)));
    const Forecast f = Schedule::forecast(left, kDay, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    CHECK(f.byItem.value(QStringLiteral("sg3")).end == at(13, 0));
}

TEST_CASE("slack in the plan absorbs a delay, and an early start moves nothing earlier")
{
    QList<AgendaItem> day{
        agendaItem(QStringLiteral("a"), QStringLiteral("L"), QTime(9, 0), QTime(10, 0)),
        agendaItem(QStringLiteral("b"), QStringLiteral("L"), QTime(10, 30), QTime(11, 0))};
    apply(day, Timekeeping::start(day, QStringLiteral("a"), at(9, 0)));
    apply(day, Timekeeping::extend(day, QStringLiteral("a"), 20));
    Forecast f = Schedule::forecast(day, kDay, at(9, 30));
    CHECK(forecastStart(f, "b") == QTime(10, 30)); // the 30-minute gap takes the 20 minutes
    apply(day, Timekeeping::finish(day, QStringLiteral("a"), at(9, 40)));
    f = Schedule::forecast(day, kDay, at(9, 45));
    CHECK(forecastStart(f, "b") == QTime(10, 30)); // not before its planned start
}

TEST_CASE("moves snap to five minutes, carry sub-items and never leave the day")
{
    CHECK(Schedule::snap(QTime(10, 2)) == QTime(10, 0));
    CHECK(Schedule::snap(QTime(10, 2, 30)) == QTime(10, 5));
    CHECK(Schedule::snap(QTime(10, 7, 29)) == QTime(10, 5));
    CHECK(Schedule::snap(QTime(23, 59)) == QTime(23, 55));
    CHECK(Schedule::snap(QTime(10, 7), 15) == QTime(10, 0));

    const auto day = seedDay();
    const auto moved = Schedule::moved(day, QStringLiteral("plenary"), QTime(14, 30));
    REQUIRE(moved.size() == 4);
    CHECK(moved[0].id == QStringLiteral("plenary"));
    CHECK(moved[0].plannedStart == QTime(14, 30));
    CHECK(moved[0].plannedEnd == QTime(16, 30));
    CHECK(get(moved, QStringLiteral("questions")).plannedStart == QTime(16, 0));
    CHECK(Schedule::moved(day, QStringLiteral("plenary"), QTime(23, 0)).isEmpty());
}

TEST_CASE("reordering swaps two neighbours of a lane, each keeping its duration")
{
    const auto day = seedDay();
    // Move "questions" (15:30–16:00) before "findings" (14:15–15:30).
    const auto swapped = Schedule::swapped(day, QStringLiteral("questions"), -1);
    REQUIRE(swapped.size() == 2);
    const auto& questions = get(swapped, QStringLiteral("questions"));
    const auto& findings = get(swapped, QStringLiteral("findings"));
    CHECK(questions.plannedStart == QTime(14, 15));
    CHECK(questions.plannedEnd == QTime(14, 45));
    CHECK(findings.plannedStart == QTime(14, 45));
    CHECK(findings.plannedEnd == QTime(16, 0));
    CHECK(questions.position < findings.position);
    CHECK(Schedule::swapped(day, QStringLiteral("intro"), -1).isEmpty()); // already first
    CHECK(Schedule::swapped(day, QStringLiteral("questions"), 1).isEmpty());
}

TEST_CASE("clashes are siblings of one lane that overlap, unless one allows it")
{
    auto day = seedDay();
    CHECK(Schedule::clashing(day).isEmpty());
    day[3].plannedStart = QTime(12, 30); // lunch now overlaps nothing in its lane…
    CHECK(Schedule::clashing(day).isEmpty());
    day[0].plannedEnd = QTime(13, 0); // …until the welcome runs into it
    CHECK(Schedule::clashing(day) ==
          QSet<QString>{QStringLiteral("welcome"), QStringLiteral("lunch")});
    day[3].allowOverlap = true;
    CHECK(Schedule::clashing(day).isEmpty());
}

#include "domain/Attendance.h"

TEST_CASE("attendance is counted, with who came by kind of organisation")
{
    const auto person = [](OrganisationKind kind, Attendance a) {
        Participant p;
        p.name = QStringLiteral("x");
        p.organisationKind = kind;
        p.attendance = a;
        return p;
    };
    const auto c = countAttendance({person(OrganisationKind::Ville, Attendance::Present),
                                    person(OrganisationKind::Ville, Attendance::Present),
                                    person(OrganisationKind::Ville, Attendance::Absent),
                                    person(OrganisationKind::Intercommunalite, Attendance::Excused),
                                    person(OrganisationKind::Etat, Attendance::Present),
                                    person(OrganisationKind::Etat, Attendance::Expected)});
    CHECK(c.present == 3);
    CHECK(c.excused == 1);
    CHECK(c.absent == 1);
    CHECK(c.expected == 1);
    CHECK(c.total() == 6);
    CHECK(c.presentByKind.value(OrganisationKind::Ville) == 2);
    CHECK(c.presentByKind.value(OrganisationKind::Etat) == 1);
    CHECK(c.presentByKind.value(OrganisationKind::Intercommunalite) == 0);
    CHECK(c.invitedByKind.value(OrganisationKind::Ville) == 3);
}
