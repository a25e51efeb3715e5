#include "domain/Preparation.h"

#include "SampleMeeting.h"
#include "TestSupport.h"
#include "domain/Validation.h"

using namespace copil::domain;
using copil::test::sampleMeeting;

TEST_CASE("the next meeting carries the structure and the open actions, not the day's work")
{
    MeetingData previous = sampleMeeting();
    previous.meeting.title = QStringLiteral("Comité de pilotage n°6");
    previous.actions << ActionItem{newId(),
                                   2,
                                   QStringLiteral("Envoyer le questionnaire"),
                                   {},
                                   QStringLiteral("CGET"),
                                   {},
                                   ActionStatus::Done}
                     << ActionItem{newId(),
                                   3,
                                   QStringLiteral("Réserver la salle"),
                                   {},
                                   QStringLiteral("Odas"),
                                   {},
                                   ActionStatus::Cancelled};
    REQUIRE(!previous.notes.isEmpty());
    REQUIRE(!previous.dotVotes.isEmpty());

    const MeetingData next = Preparation::nextOf(previous, QDate(2018, 1, 17));
    CHECK(Validation::validateMeeting(next).isEmpty());
    CHECK(next.meeting.id != previous.meeting.id);
    CHECK(next.meeting.number == 7);
    CHECK(next.meeting.title == QStringLiteral("Comité de pilotage n°7"));
    CHECK(next.meeting.date == QDate(2018, 1, 17));
    CHECK(next.meeting.series == previous.meeting.series);
    CHECK(!next.meeting.minutesValidated());

    // Structure and times.
    REQUIRE(next.agenda.size() == previous.agenda.size());
    for (qsizetype i = 0; i < next.agenda.size(); ++i) {
        CHECK(next.agenda[i].title == previous.agenda[i].title);
        CHECK(next.agenda[i].plannedStart == previous.agenda[i].plannedStart);
        CHECK(!next.agenda[i].actualStart.isValid());
        CHECK(next.agenda[i].extensionMinutes == 0);
    }
    CHECK(next.subgroups.size() == previous.subgroups.size());
    CHECK(next.subgroups.first().framing == previous.subgroups.first().framing);
    CHECK(next.subgroups.first().questionBlocks == previous.subgroups.first().questionBlocks);
    CHECK(next.questions.size() == previous.questions.size());
    for (const auto& q : next.questions) {
        CHECK(q.progress == QuestionProgress::NotStarted);
    }
    CHECK(next.priorityItems.size() == previous.priorityItems.size());
    CHECK(next.criteria.size() == previous.criteria.size());

    // Nothing the day produced.
    CHECK(next.notes.isEmpty());
    CHECK(next.dotVotes.isEmpty());
    CHECK(next.scores.isEmpty());
    CHECK(next.selections.isEmpty());
    CHECK(next.solutions.isEmpty());
    CHECK(next.statements.isEmpty());
    CHECK(next.decisions.isEmpty());

    // The people, expected again, still in their subgroups.
    REQUIRE(next.participants.size() == previous.participants.size());
    for (const auto& p : next.participants) {
        CHECK(p.attendance == Attendance::Expected);
    }
    CHECK(!next.participants.first().subgroupId.isEmpty() ==
          !previous.participants.first().subgroupId.isEmpty());

    // The open actions only, each continuing the one it comes from, its owner carried.
    REQUIRE(next.actions.size() == 2);
    QStringList whats;
    for (const auto& a : next.actions) {
        whats << a.what;
        const ActionItem* from = findRow(previous.actions, a.continuesActionId);
        REQUIRE(from != nullptr);
        CHECK(from->what == a.what);
        CHECK(a.id != from->id);
        CHECK(a.status == from->status);
        if (!from->ownerParticipantId.isEmpty()) {
            const Participant* owner = findRow(next.participants, a.ownerParticipantId);
            REQUIRE(owner != nullptr);
            CHECK(owner->name == findRow(previous.participants, from->ownerParticipantId)->name);
        }
    }
    CHECK(whats == QStringList{QStringLiteral("Diffuser le compte rendu"),
                               QStringLiteral("Relire le rapport")});
    CHECK(Preparation::summary(next).contains(QStringLiteral("2 action")));
}

TEST_CASE("an action carried twice names the action it continues, not the first one")
{
    const MeetingData sixth = sampleMeeting();
    const MeetingData seventh = Preparation::nextOf(sixth, QDate(2018, 1, 17));
    const MeetingData eighth = Preparation::nextOf(seventh, QDate(2018, 4, 4), {}, 12);
    CHECK(eighth.meeting.number == 12);
    REQUIRE(eighth.actions.size() == seventh.actions.size());
    for (const auto& a : eighth.actions) {
        CHECK(findRow(seventh.actions, a.continuesActionId) != nullptr);
    }
}

TEST_CASE("a template keeps the structure, and the people only when asked")
{
    const MeetingData meeting = sampleMeeting();
    const MeetingData without = Preparation::asTemplate(meeting, false);
    CHECK(Validation::validateMeeting(without).isEmpty());
    CHECK(without.participants.isEmpty());
    CHECK(without.actions.isEmpty());
    CHECK(without.notes.isEmpty());
    for (const auto& s : without.subgroups) {
        CHECK(s.rapporteurId.isEmpty());
    }
    const MeetingData with = Preparation::asTemplate(meeting, true);
    CHECK(with.participants.size() == meeting.participants.size());

    const MeetingData made =
        Preparation::fromTemplate(without, QStringLiteral("Atelier de mars"), QDate(2018, 3, 6));
    CHECK(Validation::validateMeeting(made).isEmpty());
    CHECK(made.meeting.title == QStringLiteral("Atelier de mars"));
    CHECK(made.meeting.id != meeting.meeting.id);
    CHECK(made.agenda.size() == meeting.agenda.size());
    CHECK(made.agenda.first().id != meeting.agenda.first().id);
}

TEST_CASE("a blank meeting holds its header only, and a copy is titled as one")
{
    const MeetingData blank =
        Preparation::blank(QStringLiteral("Réunion d’équipe"), QDate(2018, 2, 1), QTime(9, 0),
                           QTime(12, 0), QStringLiteral("Lyon"));
    CHECK(Validation::validateMeeting(blank).isEmpty());
    CHECK(blank.agenda.isEmpty());
    CHECK(blank.meeting.location == QStringLiteral("Lyon"));

    const MeetingData meeting = sampleMeeting();
    const MeetingData copy = Preparation::duplicate(meeting);
    CHECK(Validation::validateMeeting(copy).isEmpty());
    CHECK(copy.meeting.title == meeting.meeting.title + QStringLiteral(" (copie)"));
    CHECK(copy.notes.size() == meeting.notes.size());
    CHECK(copy.meeting.id != meeting.meeting.id);
}

TEST_CASE("no two meetings of the list read the same")
{
    Meeting a;
    a.title = QStringLiteral("Comité de pilotage n°6");
    a.number = 6;
    a.date = QDate(2017, 10, 11);
    Meeting b = a;
    Meeting c = a;
    c.title = QStringLiteral("Comité de pilotage n°6 (2)");
    Meeting d;
    d.title = QStringLiteral("Atelier");
    d.number = 2;
    d.date = QDate(2017, 11, 2);
    const QStringList labels = Preparation::distinctLabels({a, b, c, d});
    CHECK(labels[0] == QStringLiteral("11/10/2017 – Comité de pilotage n°6"));
    CHECK(labels[3] == QStringLiteral("02/11/2017 – Atelier – n°2"));
    CHECK(QSet<QString>(labels.begin(), labels.end()).size() == 4);
}
