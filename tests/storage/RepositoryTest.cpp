#include "SampleMeeting.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "storage/AgendaRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/NoteRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PlenaryRepository.h"
#include "storage/SubgroupRepository.h"

using namespace copil::storage;
using namespace copil::domain;
using copil::test::sampleMeeting;
using copil::test::TempDir;

namespace {

std::unique_ptr<Workspace> openWs(const QString& path)
{
    auto ws = Workspace::open(path);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

// Counts the commits of a workspace that touched a kind of row of one meeting.
struct ChangeCounter {
    ChangeCounter(Workspace& ws, const QString& meetingId, QList<copil::domain::EntityKind> kinds)
    {
        QObject::connect(&ws, &Workspace::committed, &ws,
                         [this, meetingId, kinds](const copil::domain::ChangeSet& changes) {
                             for (const auto& e : changes.events) {
                                 bool touched = false;
                                 for (auto kind : kinds) {
                                     touched =
                                         touched || (e.meetingId == meetingId && e.touches(kind));
                                 }
                                 count += touched ? 1 : 0;
                             }
                         });
    }
    int count = 0;
};

} // namespace

TEST_CASE("a whole meeting survives storage and a restart unchanged", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString path = where.location(QStringLiteral("ws.sqlite"));
    const MeetingData original = sampleMeeting();
    {
        auto ws = openWs(path);
        MeetingRepository meetings(*ws);
        ChangeCounter changes(*ws, original.meeting.id, {copil::domain::EntityKind::Meeting});
        const Status s = meetings.insertAll(original);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        CHECK(changes.count == 1);
        auto loaded = meetings.load(original.meeting.id);
        REQUIRE(loaded.ok());
        CHECK(loaded.value() == original);
    }
    auto ws = openWs(path);
    auto loaded = MeetingRepository(*ws).load(original.meeting.id);
    REQUIRE(loaded.ok());
    const MeetingData& d = loaded.value();
    // Field by field for a readable failure, then the whole.
    CHECK(d.meeting == original.meeting);
    CHECK(d.participants == original.participants);
    CHECK(d.agenda == original.agenda);
    CHECK(d.subgroups == original.subgroups);
    CHECK(d.questions == original.questions);
    CHECK(d.priorityItems == original.priorityItems);
    CHECK(d.criteria == original.criteria);
    CHECK(d.dotVotes == original.dotVotes);
    CHECK(d.scores == original.scores);
    CHECK(d.solutions == original.solutions);
    CHECK(d.notes == original.notes);
    CHECK(d.statements == original.statements);
    CHECK(d.decisions == original.decisions);
    CHECK(d.actions == original.actions);
    CHECK(d == original);
    CHECK(d.agenda[0].actualStart.toMSecsSinceEpoch() ==
          original.agenda[0].actualStart.toMSecsSinceEpoch());
}

TEST_CASE("an invalid meeting is not written at all", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto ws = openWs(where.location(QStringLiteral("ws.sqlite")));
    MeetingRepository meetings(*ws);
    MeetingData bad = sampleMeeting();
    bad.scores[0].score = 9;
    const Status s = meetings.insertAll(bad);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("scores[0].score")));
    auto list = meetings.meetings();
    REQUIRE(list.ok());
    CHECK(list.value().isEmpty());
}

TEST_CASE("a meeting id already in the workspace is refused", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto ws = openWs(where.location(QStringLiteral("ws.sqlite")));
    MeetingRepository meetings(*ws);
    const MeetingData d = sampleMeeting();
    REQUIRE(meetings.insertAll(d).ok());
    const Status again = meetings.insertAll(d);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("déjà")));
    CHECK(meetings.meetings().value().size() == 1);
}

TEST_CASE("meetings are listed, updated and removed with everything they hold", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto ws = openWs(where.location(QStringLiteral("ws.sqlite")));
    MeetingRepository meetings(*ws);
    MeetingData first = sampleMeeting();
    MeetingData second = sampleMeeting();
    second.meeting.date = QDate(2017, 6, 21);
    second.meeting.number = 5;
    REQUIRE(meetings.insertAll(first).ok());
    REQUIRE(meetings.insertAll(second).ok());
    auto list = meetings.meetings();
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 2);
    CHECK(list.value()[0].number == 5); // by date

    first.meeting.location = QStringLiteral("Lyon");
    REQUIRE(meetings.update(first.meeting).ok());
    CHECK(meetings.meeting(first.meeting.id).value().location == QStringLiteral("Lyon"));

    REQUIRE(meetings.remove(first.meeting.id).ok());
    CHECK_FALSE(meetings.contains(first.meeting.id));
    CHECK(AgendaRepository(*ws).items(first.meeting.id).value().isEmpty());
    CHECK(NoteRepository(*ws).notes(first.meeting.id).value().isEmpty());
    CHECK(SubgroupRepository(*ws).dotVotes(first.meeting.id).value().isEmpty());
    // The other meeting is intact.
    CHECK(meetings.load(second.meeting.id).value() == second);
    auto integrity = ws->checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity.value().isEmpty());
    const Status missing = meetings.update(first.meeting);
    CHECK_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("introuvable")));
}

TEST_CASE("agenda items: insert, update, remove with sub-items, signals after commit", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto ws = openWs(where.location(QStringLiteral("ws.sqlite")));
    const MeetingData d = sampleMeeting();
    REQUIRE(MeetingRepository(*ws).insertAll(d).ok());
    AgendaRepository agenda(*ws);
    ChangeCounter changes(*ws, d.meeting.id, {copil::domain::EntityKind::AgendaItem});

    AgendaItem lunch{newId(),
                     {},
                     9,
                     QStringLiteral("Déjeuner"),
                     AgendaItemKind::Break,
                     QTime(13, 0),
                     QTime(14, 0),
                     {},
                     {},
                     QStringLiteral("Plénière"),
                     {},
                     {},
                     {},
                     false,
                     {},
                     0,
                     0};
    REQUIRE(agenda.insert(d.meeting.id, lunch).ok());
    CHECK(changes.count == 1);
    lunch.plannedEnd = QTime(14, 15);
    lunch.actualStart = QDateTime(QDate(2017, 10, 11), QTime(13, 5), Qt::UTC);
    REQUIRE(agenda.update(d.meeting.id, lunch).ok());
    CHECK(changes.count == 2);
    auto items = agenda.items(d.meeting.id);
    REQUIRE(items.ok());
    const auto stored = std::find_if(items.value().begin(), items.value().end(),
                                     [&](const AgendaItem& a) { return a.id == lunch.id; });
    REQUIRE(stored != items.value().end());
    CHECK(*stored == lunch);

    // Validation from the domain, before any SQL: nothing changes, no signal.
    AgendaItem backwards = lunch;
    backwards.plannedEnd = QTime(12, 0);
    const Status refused = agenda.update(d.meeting.id, backwards);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("plannedEnd")));
    CHECK(changes.count == 2);

    // Removing the plenary removes its sub-item and the notes on it.
    const auto plenary = std::find_if(d.agenda.begin(), d.agenda.end(), [](const AgendaItem& a) {
        return a.kind == AgendaItemKind::Plenary;
    });
    REQUIRE(agenda.remove(d.meeting.id, plenary->id).ok());
    CHECK(changes.count == 3);
    for (const auto& a : agenda.items(d.meeting.id).value()) {
        CHECK(a.parentId != plenary->id);
    }
    for (const auto& n : NoteRepository(*ws).notes(d.meeting.id).value()) {
        CHECK(n.targetType != NoteTarget::AgendaItem);
    }
    // Decisions taken in that item stay, without their agenda item.
    const auto decisions = PlenaryRepository(*ws).decisions(d.meeting.id).value();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].agendaItemId.isEmpty());
    CHECK_FALSE(agenda.remove(d.meeting.id, plenary->id).ok());
}

TEST_CASE("participants: round trip, and removing one keeps the subgroup and actions", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto ws = openWs(where.location(QStringLiteral("ws.sqlite")));
    const MeetingData d = sampleMeeting();
    REQUIRE(MeetingRepository(*ws).insertAll(d).ok());
    ParticipantRepository participants(*ws);
    Participant p = d.participants[1];
    p.attendance = Attendance::Present;
    p.subgroupId.clear();
    REQUIRE(participants.update(d.meeting.id, p).ok());
    CHECK(participants.participants(d.meeting.id).value()[1] == p);
    // Updating through another meeting's id finds nothing.
    CHECK_FALSE(participants.update(QStringLiteral("other"), p).ok());

    const Participant& rapporteur = d.participants[0];
    REQUIRE(participants.remove(d.meeting.id, rapporteur.id).ok());
    SubgroupRepository subgroups(*ws);
    for (const auto& s : subgroups.subgroups(d.meeting.id).value()) {
        CHECK(s.rapporteurId != rapporteur.id);
    }
    for (const auto& v : subgroups.dotVotes(d.meeting.id).value()) {
        CHECK(v.participantId != rapporteur.id);
    }
    const auto actions = PlenaryRepository(*ws).actions(d.meeting.id).value();
    REQUIRE(actions.size() == 2);
    CHECK(actions[0].ownerParticipantId.isEmpty());
    CHECK(actions[0].what == QStringLiteral("Diffuser le compte rendu"));
    Participant nameless = p;
    nameless.id = newId();
    nameless.name.clear();
    CHECK_FALSE(participants.insert(d.meeting.id, nameless).ok());
}

TEST_CASE("subgroups: questions, items, criteria, votes, scores and solutions", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto ws = openWs(where.location(QStringLiteral("ws.sqlite")));
    const MeetingData d = sampleMeeting();
    REQUIRE(MeetingRepository(*ws).insertAll(d).ok());
    SubgroupRepository repo(*ws);
    using K = copil::domain::EntityKind;
    ChangeCounter changes(*ws, d.meeting.id,
                          {K::Subgroup, K::Question, K::PriorityItem, K::Criterion, K::DotVote,
                           K::Score, K::Solution, K::Selection});
    const QString m = d.meeting.id;
    const QString s4 = d.priorityItems[0].subgroupId;

    PriorityItem cause{newId(), s4, 2, QStringLiteral("Changements trop rapides")};
    REQUIRE(repo.insert(m, cause).ok());
    CriterionScore score{newId(), cause.id, d.criteria[0].id, 4};
    REQUIRE(repo.insert(m, score).ok());
    DotVote tally{newId(), cause.id, {}, 5};
    REQUIRE(repo.insert(m, tally).ok());
    Solution sol{newId(),
                 cause.id,
                 0,
                 QStringLiteral("Stabiliser les équipes"),
                 {CarrierKind::Etat},
                 {},
                 2,
                 3,
                 {},
                 false};
    REQUIRE(repo.insert(m, sol).ok());
    GuidingQuestion q{newId(), d.questions[0].subgroupId,       3,
                      0,       QStringLiteral("Et les CIAS ?"), QuestionProgress::NotStarted};
    REQUIRE(repo.insert(m, q).ok());
    Criterion c{newId(), s4, 5, QStringLiteral("Coût"), 0.5};
    REQUIRE(repo.insert(m, c).ok());
    CHECK(changes.count == 6);

    score.score = 2;
    REQUIRE(repo.update(m, score).ok());
    q.progress = QuestionProgress::Done;
    REQUIRE(repo.update(m, q).ok());
    sol.retained = true;
    REQUIRE(repo.update(m, sol).ok());
    CHECK(repo.scores(m).value().contains(score));
    CHECK(repo.questions(m).value().contains(q));
    CHECK(repo.solutions(m).value().contains(sol));
    CHECK(repo.dotVotes(m).value().contains(tally));
    CHECK(repo.criteria(m).value().contains(c));

    // Out-of-range score: refused by the domain rule, the stored score is unchanged.
    CriterionScore bad = score;
    bad.score = 7;
    CHECK_FALSE(repo.update(m, bad).ok());
    CHECK(repo.scores(m).value().contains(score));

    // Removing the item removes its votes, scores, solutions and their notes.
    REQUIRE(repo.removePriorityItem(m, d.priorityItems[0].id).ok());
    for (const auto& v : repo.dotVotes(m).value()) {
        CHECK(v.itemId != d.priorityItems[0].id);
    }
    for (const auto& s : repo.scores(m).value()) {
        CHECK(s.itemId != d.priorityItems[0].id);
    }
    CHECK_FALSE(repo.solutions(m).value().contains(d.solutions[0]));
    for (const auto& n : NoteRepository(*ws).notes(m).value()) {
        CHECK(n.targetId != d.solutions[0].id);
        CHECK(n.targetId != d.priorityItems[0].id);
    }

    // Removing a subgroup keeps its members in the meeting, without a subgroup.
    REQUIRE(repo.removeSubgroup(m, s4).ok());
    CHECK(repo.priorityItems(m).value().isEmpty());
    CHECK(repo.criteria(m).value().isEmpty());
    const auto people = ParticipantRepository(*ws).participants(m).value();
    CHECK(people.size() == 3);
    for (const auto& p : people) {
        CHECK(p.subgroupId != s4);
    }
    auto integrity = ws->checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(integrity.value().isEmpty());
}

TEST_CASE("notes and plenary items round trip through their repositories", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString path = where.location(QStringLiteral("ws.sqlite"));
    const MeetingData d = sampleMeeting();
    const QString m = d.meeting.id;
    Note note{newId(),
              NoteTarget::Question,
              d.questions[1].id,
              3,
              NoteKind::OpenQuestion,
              QStringLiteral("Quel rôle pour le CIAS ?"),
              QStringLiteral("Bruno"),
              QDateTime(QDate(2017, 10, 11), QTime(11, 12, 13), Qt::UTC),
              {}};
    Statement reco{newId(),
                   StatementKind::Recommendation,
                   {},
                   5,
                   QStringLiteral("Co-construire"),
                   QStringLiteral("Réserves de l’État"),
                   StatementStatus::Dropped};
    Decision decision{newId(), {}, 4, QStringLiteral("Prochain comité en mars"), {}};
    ActionItem action{newId(),
                      7,
                      QStringLiteral("Envoyer le rapport"),
                      {},
                      QStringLiteral("Odas"),
                      QDate(2017, 12, 31),
                      ActionStatus::Done};
    {
        auto ws = openWs(path);
        REQUIRE(MeetingRepository(*ws).insertAll(d).ok());
        NoteRepository notes(*ws);
        PlenaryRepository plenary(*ws);
        using K = copil::domain::EntityKind;
        ChangeCounter noteChanges(*ws, m, {K::Note});
        ChangeCounter plenaryChanges(*ws, m, {K::Statement, K::Decision, K::Action});
        REQUIRE(notes.insert(m, note).ok());
        note.text += QStringLiteral(" (précisé)");
        note.updatedAt = note.createdAt.addSecs(30);
        REQUIRE(notes.update(m, note).ok());
        // One note by its id (the autosave path), nothing for an unknown id.
        CHECK(notes.note(m, note.id).value() == QList<Note>{note});
        CHECK(notes.note(m, QStringLiteral("absent")).value().isEmpty());
        CHECK(notes.note(QStringLiteral("another meeting"), note.id).value().isEmpty());
        REQUIRE(plenary.insert(m, reco).ok());
        REQUIRE(plenary.insert(m, decision).ok());
        REQUIRE(plenary.insert(m, action).ok());
        reco.status = StatementStatus::Kept;
        REQUIRE(plenary.update(m, reco).ok());
        REQUIRE(plenary.removeDecision(m, d.decisions[0].id).ok());
        REQUIRE(plenary.removeStatement(m, d.statements[0].id).ok());
        // The note on the removed finding goes with it: that commit names it too.
        CHECK(noteChanges.count == 3);
        CHECK(plenaryChanges.count == 6);
        CHECK_FALSE(
            notes
                .insert(
                    m, Note{newId(), NoteTarget::Question, {}, 0, NoteKind::Remark, {}, {}, {}, {}})
                .ok());
    }
    auto ws = openWs(path);
    NoteRepository notes(*ws);
    PlenaryRepository plenary(*ws);
    CHECK(notes.notes(m).value().contains(note));
    // The note on the removed finding went with it.
    for (const auto& n : notes.notes(m).value()) {
        CHECK(n.targetId != d.statements[0].id);
    }
    CHECK(plenary.statements(m).value() == QList<Statement>{d.statements[1], reco});
    CHECK(plenary.decisions(m).value() == QList<Decision>{decision});
    CHECK(plenary.actions(m).value().contains(action));
    REQUIRE(plenary.removeAction(m, action.id).ok());
    CHECK_FALSE(plenary.actions(m).value().contains(action));
    REQUIRE(notes.remove(m, note.id).ok());
    CHECK_FALSE(notes.notes(m).value().contains(note));
}

TEST_CASE("participants: the civility is stored and read back after a reopen", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    const QString location = where.location(QStringLiteral("civility.sqlite"));
    const MeetingData d = sampleMeeting();
    Participant p = d.participants[1];
    {
        auto ws = openWs(location);
        REQUIRE(MeetingRepository(*ws).insertAll(d).ok());
        ParticipantRepository participants(*ws);
        CHECK(participants.participants(d.meeting.id).value()[1].civility ==
              d.participants[1].civility);
        p.civility = Civility::Madame;
        REQUIRE(participants.update(d.meeting.id, p).ok());
        Participant other = d.participants[0];
        other.civility = Civility::Monsieur;
        REQUIRE(participants.update(d.meeting.id, other).ok());
    }
    auto ws = openWs(location);
    const auto people = ParticipantRepository(*ws).participants(d.meeting.id).value();
    CHECK(people[1].civility == Civility::Madame);
    CHECK(people[0].civility == Civility::Monsieur);
}
