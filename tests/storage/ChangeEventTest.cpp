#include "SampleMeeting.h"
#include "ServerSupport.h"
#include "TestSupport.h"
#include "storage/MeetingRepository.h"
#include "storage/RowStore.h"

#include <QSet>

using namespace copil::storage;
using namespace copil::domain;
using copil::test::sampleMeeting;
using copil::test::TempDir;

namespace {

// Every commit of a workspace, as its committed() signal reports them.
struct Commits {
    explicit Commits(Workspace& ws)
    {
        QObject::connect(&ws, &Workspace::committed, &ws,
                         [this](const ChangeSet& changes) { list.append(changes); });
    }
    QList<ChangeSet> list;
    // The only event of the only commit since the last take().
    ChangeEvent take()
    {
        REQUIRE(list.size() == 1);
        REQUIRE(list.first().events.size() == 1);
        const ChangeEvent e = list.first().events.first();
        list.clear();
        return e;
    }
};

QSet<QString> set(const QStringList& ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

template <class T> QStringList idsOf(const QList<T>& rows)
{
    QStringList ids;
    for (const auto& r : rows) {
        ids << r.id;
    }
    return ids;
}

} // namespace

TEST_CASE("every commit yields one change event naming the rows it touched", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto opened = Workspace::open(where.location(QStringLiteral("copil.sqlite")));
    REQUIRE(opened.ok());
    Workspace& ws = *opened.value();
    Commits commits(ws);
    const MeetingData d = sampleMeeting();
    const QString m = d.meeting.id;

    // A whole meeting: one commit, every row named as inserted.
    REQUIRE(MeetingRepository(ws).insertAll(d).ok());
    ChangeEvent e = commits.take();
    CHECK(e.meetingId == m);
    CHECK(e.of(EntityKind::Meeting).inserted == QStringList{m});
    CHECK(set(e.of(EntityKind::Note).inserted) == set(idsOf(d.notes)));
    CHECK(set(e.of(EntityKind::AgendaItem).inserted) == set(idsOf(d.agenda)));
    CHECK(e.rowCount() == 1 + d.participants.size() + d.agenda.size() + d.subgroups.size() +
                              d.questions.size() + d.priorityItems.size() + d.criteria.size() +
                              d.dotVotes.size() + d.scores.size() + d.solutions.size() +
                              d.notes.size() + d.statements.size() + d.decisions.size() +
                              d.actions.size() + d.selections.size());

    // Three people checked in within one transaction: one event, not three.
    RowStore rows(ws);
    {
        const Workspace::OriginScope origin(ws, ChangeOrigin::Edit);
        REQUIRE(ws.write([&]() -> Status {
                      for (auto p : d.participants) {
                          p.attendance = Attendance::Present;
                          if (Status s = rows.update(m, p); !s) {
                              return s;
                          }
                      }
                      return {};
                  }).ok());
    }
    e = commits.take();
    CHECK(e.origin == ChangeOrigin::Edit);
    CHECK(set(e.of(EntityKind::Participant).updated) == set(idsOf(d.participants)));
    CHECK(e.rowCount() == d.participants.size());

    // Inserted then changed in one commit is an insertion; inserted then removed, nothing.
    Note fresh{newId(),
               NoteTarget::Question,
               d.questions[0].id,
               9,
               NoteKind::Remark,
               QStringLiteral("une"),
               {},
               {},
               {}};
    REQUIRE(ws.write([&]() -> Status {
                  if (Status s = rows.insert(m, fresh); !s) {
                      return s;
                  }
                  fresh.text = QStringLiteral("une note");
                  return rows.update(m, fresh);
              }).ok());
    e = commits.take();
    CHECK(e.of(EntityKind::Note).inserted == QStringList{fresh.id});
    CHECK(e.of(EntityKind::Note).updated.isEmpty());
    const Note passing{newId(),
                       NoteTarget::Question,
                       d.questions[0].id,
                       10,
                       NoteKind::Remark,
                       QStringLiteral("passagère"),
                       {},
                       {},
                       {}};
    REQUIRE(ws.write([&]() -> Status {
                  if (Status s = rows.insert(m, passing); !s) {
                      return s;
                  }
                  return rows.remove<Note>(m, passing.id);
              }).ok());
    CHECK(commits.list.isEmpty());

    // A transaction rolled back reports nothing; a refused row reaches no SQL.
    CHECK_FALSE(ws.write([&]() -> Status {
                      if (Status s = rows.remove<Note>(m, fresh.id); !s) {
                          return s;
                      }
                      return Error{QStringLiteral("abandon")};
                  }).ok());
    CHECK(commits.list.isEmpty());
    Note empty = fresh;
    empty.targetId.clear();
    const Status refused = rows.update(m, empty);
    CHECK(refused.fault() == Fault::Invalid);
    CHECK(commits.list.isEmpty());
}

TEST_CASE("a removal names what the schema removes and empties with it", "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto opened = Workspace::open(where.location(QStringLiteral("copil.sqlite")));
    REQUIRE(opened.ok());
    Workspace& ws = *opened.value();
    const MeetingData d = sampleMeeting();
    const QString m = d.meeting.id;
    REQUIRE(MeetingRepository(ws).insertAll(d).ok());
    Commits commits(ws);
    RowStore rows(ws);
    const auto find = [&](const QString& title) {
        for (const auto& a : d.agenda) {
            if (a.title == title) {
                return a;
            }
        }
        FAIL("no item " << title.toStdString());
        return AgendaItem{};
    };
    const AgendaItem plenary = find(QStringLiteral("Plénière"));
    const AgendaItem intro = find(QStringLiteral("Introduction"));

    SECTION("an agenda item, with its sub-items, their notes, and the links to them")
    {
        auto plan = rows.removalOf<AgendaItem>(plenary.id);
        REQUIRE(plan.ok());
        REQUIRE(rows.remove<AgendaItem>(m, plenary.id).ok());
        const ChangeEvent e = commits.take();
        CHECK(set(e.of(EntityKind::AgendaItem).removed) == QSet<QString>{plenary.id, intro.id});
        CHECK(set(e.of(EntityKind::Note).removed) == set(idsOf(plan.value().removed.notes)));
        CHECK(plan.value().removed.notes.size() == 1); // the note on the introduction
        // The finding presented in the introduction and the decision taken in the plenary
        // stay, without their link.
        CHECK(set(e.of(EntityKind::Statement).updated) ==
              set(idsOf(plan.value().emptied.statements)));
        CHECK(e.of(EntityKind::Decision).updated == QStringList{d.decisions[0].id});
        CHECK(rows.rows<Statement>(m).value().size() == 2);
        for (const auto& s : rows.rows<Statement>(m).value()) {
            CHECK(s.agendaItemId.isEmpty());
        }
        // Everything else is untouched.
        CHECK(e.rowCount() == 2 + 1 + plan.value().emptied.statements.size() + 1);
        CHECK(plan.value().count() == 2); // a sub-item and a note
    }
    SECTION("a participant, with their dots, their rapporteur role, their actions' owner")
    {
        const Participant alice = d.participants[0];
        REQUIRE(alice.name == QStringLiteral("Alice Martin"));
        REQUIRE(rows.remove<Participant>(m, alice.id).ok());
        const ChangeEvent e = commits.take();
        CHECK(e.of(EntityKind::Participant).removed == QStringList{alice.id});
        QStringList dots;
        for (const auto& v : d.dotVotes) {
            if (v.participantId == alice.id) {
                dots << v.id;
            }
        }
        CHECK(e.of(EntityKind::DotVote).removed == dots);
        CHECK(e.of(EntityKind::Subgroup).updated.size() == 1);
        CHECK(e.of(EntityKind::Action).updated.size() == 1);
        CHECK(rows.rowsById<Subgroup>(e.of(EntityKind::Subgroup).updated)
                  .value()
                  .first()
                  .rapporteurId.isEmpty());
    }
    SECTION("a cause, with its dots, scores, solutions and their notes")
    {
        const PriorityItem cause = d.priorityItems[0];
        auto plan = rows.removalOf<PriorityItem>(cause.id);
        REQUIRE(plan.ok());
        REQUIRE(rows.remove<PriorityItem>(m, cause.id).ok());
        const ChangeEvent e = commits.take();
        CHECK(set(e.of(EntityKind::DotVote).removed) == set(idsOf(plan.value().removed.dotVotes)));
        CHECK(set(e.of(EntityKind::Score).removed) == set(idsOf(plan.value().removed.scores)));
        CHECK(e.of(EntityKind::Solution).removed.size() == 1);
        CHECK(e.of(EntityKind::Note).removed.size() == 2); // on the cause, on its solution
        // Put back from the plan, everything is as it was.
        REQUIRE(rows.insertAll(m, plan.value().removed).ok());
        REQUIRE(rows.updateAll(m, plan.value().emptied).ok());
        CHECK(MeetingRepository(ws).load(m).value() == d);
    }
    SECTION("a row that is not there")
    {
        const Status missing = rows.remove<Note>(m, QStringLiteral("absent"));
        CHECK(missing.fault() == Fault::Missing);
        CHECK(rows.removalOf<Note>(QStringLiteral("absent")).fault() == Fault::Missing);
        CHECK(commits.list.isEmpty());
    }
}

TEST_CASE("a meeting read earlier is brought level with storage by its change events alone",
          "[engines]")
{
    TempDir dir;
    copil::test::Workspaces where(dir);
    auto opened = Workspace::open(where.location(QStringLiteral("copil.sqlite")));
    REQUIRE(opened.ok());
    Workspace& ws = *opened.value();
    const MeetingData d = sampleMeeting();
    const QString m = d.meeting.id;
    REQUIRE(MeetingRepository(ws).insertAll(d).ok());
    RowStore rows(ws);
    MeetingData copy = MeetingRepository(ws).load(m).value();
    QObject::connect(&ws, &Workspace::committed, &ws, [&](const ChangeSet& changes) {
        for (const auto& e : changes.events) {
            REQUIRE(rows.refresh(copy, e).ok());
        }
    });

    Participant dora{newId(),
                     3,
                     QStringLiteral("Dora Blanc"),
                     {},
                     OrganisationKind::Other,
                     ParticipantRole::Member,
                     Attendance::Expected,
                     {},
                     {}};
    REQUIRE(rows.insert(m, dora).ok());
    Note n = d.notes[0];
    n.text = QStringLiteral("corrigée");
    n.position = 7; // moves in canonical order
    REQUIRE(rows.update(m, n).ok());
    REQUIRE(rows.remove<PriorityItem>(m, d.priorityItems[1].id).ok());
    REQUIRE(rows.remove<Subgroup>(m, d.subgroups[0].id).ok());
    Meeting header = d.meeting;
    header.title = QStringLiteral("Comité de pilotage n°7");
    REQUIRE(rows.update(m, header).ok());
    CHECK(copy == MeetingRepository(ws).load(m).value());
}
