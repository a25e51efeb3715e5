#include "MeetingRepository.h"

#include "Tables.h"

#include <QSqlQuery>

namespace copil::storage {

using namespace domain;

Result<QList<Meeting>> MeetingRepository::meetings() const
{
    return sql::selectRows(m_ws, sql::meetingTable(), QStringLiteral("1 = 1"), {});
}

Result<Meeting> MeetingRepository::meeting(const QString& id) const
{
    auto rows = sql::selectRows(m_ws, sql::meetingTable(), QStringLiteral("id = ?"), {id});
    if (!rows) {
        return Error{rows.error()};
    }
    if (rows.value().isEmpty()) {
        return Error{tr("Aucune réunion d’identifiant %1 dans %2.").arg(id, m_ws.path())};
    }
    return rows.value().first();
}

bool MeetingRepository::contains(const QString& id) const
{
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT 1 FROM meeting WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

Status MeetingRepository::insert(const Meeting& meeting)
{
    return run(meeting.id, Validation::checkMeeting(meeting, QStringLiteral("meeting")),
               [&] { return sql::insertRow(m_ws, sql::meetingTable(), meeting); });
}

Status MeetingRepository::update(const Meeting& meeting)
{
    return run(meeting.id, Validation::checkMeeting(meeting, QStringLiteral("meeting")),
               [&] { return sql::updateRow(m_ws, sql::meetingTable(), meeting); });
}

Status MeetingRepository::remove(const QString& id)
{
    return drop(sql::meetingTable(), id, id);
}

Result<MeetingData> MeetingRepository::load(const QString& id) const
{
    auto header = meeting(id);
    if (!header) {
        return Error{header.error()};
    }
    MeetingData d;
    d.meeting = header.value();
    QString failure;
    const auto fetch = [&](auto& list, const auto& table, QStringView where) {
        if (!failure.isEmpty()) {
            return;
        }
        auto rows = sql::selectRows(m_ws, table, where.toString(), {id});
        if (rows) {
            list = std::move(rows).value();
        } else {
            failure = rows.error();
        }
    };
    fetch(d.participants, sql::participantTable(), sql::kOfMeeting);
    fetch(d.agenda, sql::agendaTable(), sql::kOfMeeting);
    fetch(d.subgroups, sql::subgroupTable(), sql::kOfMeeting);
    fetch(d.questions, sql::questionTable(), sql::kOfMeetingSubgroups);
    fetch(d.priorityItems, sql::priorityItemTable(), sql::kOfMeetingSubgroups);
    fetch(d.criteria, sql::criterionTable(), sql::kOfMeetingSubgroups);
    fetch(d.dotVotes, sql::dotVoteTable(), sql::kOfMeetingItems);
    fetch(d.scores, sql::scoreTable(), sql::kOfMeetingItems);
    fetch(d.solutions, sql::solutionTable(), sql::kOfMeetingItems);
    fetch(d.notes, sql::noteTable(), sql::kOfMeeting);
    fetch(d.statements, sql::statementTable(), sql::kOfMeeting);
    fetch(d.decisions, sql::decisionTable(), sql::kOfMeeting);
    fetch(d.actions, sql::actionTable(), sql::kOfMeeting);
    fetch(d.selections, sql::selectionTable(), sql::kOfMeetingSubgroups);
    if (!failure.isEmpty()) {
        return Error{failure};
    }
    return d;
}

Status MeetingRepository::insertAll(const MeetingData& d)
{
    const ValidationIssues issues = Validation::validateMeeting(d);
    if (!issues.isEmpty()) {
        return Error{Validation::summary(issues)};
    }
    if (contains(d.meeting.id)) {
        return Error{tr("La réunion %1 (« %2 ») est déjà dans cet espace de travail.")
                         .arg(d.meeting.id, d.meeting.title)};
    }
    const QString& m = d.meeting.id;
    return run(m, {}, [&]() -> Status {
        Status s = sql::insertRow(m_ws, sql::meetingTable(), d.meeting);
        const auto all = [&](const auto& list, const auto& table) {
            if (!s || list.isEmpty()) {
                return;
            }
            sql::Inserter inserter(m_ws, table);
            for (const auto& row : list) {
                s = inserter.insert(row, m);
                if (!s) {
                    return;
                }
            }
        };
        all(d.agenda, sql::agendaTable());
        all(d.subgroups, sql::subgroupTable());
        all(d.participants, sql::participantTable());
        all(d.questions, sql::questionTable());
        all(d.priorityItems, sql::priorityItemTable());
        all(d.criteria, sql::criterionTable());
        all(d.dotVotes, sql::dotVoteTable());
        all(d.scores, sql::scoreTable());
        all(d.solutions, sql::solutionTable());
        all(d.statements, sql::statementTable());
        all(d.notes, sql::noteTable());
        all(d.decisions, sql::decisionTable());
        all(d.actions, sql::actionTable());
        all(d.selections, sql::selectionTable());
        return s;
    });
}

} // namespace copil::storage
