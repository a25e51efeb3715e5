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
        return rows.failure();
    }
    if (rows.value().isEmpty()) {
        return Error{tr("Aucune réunion d’identifiant %1 dans %2.").arg(id, m_ws.path()),
                     Fault::Missing};
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
    return add(meeting.id, meeting);
}

Status MeetingRepository::update(const Meeting& meeting)
{
    return change(meeting.id, meeting);
}

Result<std::optional<MinutesValidation>> MeetingRepository::reopenMinutes(const QString& id,
                                                                          const QDateTime& at)
{
    std::optional<MinutesValidation> reopened;
    const Status s = m_ws.write([&]() -> Status {
        auto stored = meeting(id);
        if (!stored) {
            return stored.failure();
        }
        Meeting draft = stored.value();
        if (!draft.minutesValidated()) {
            return {};
        }
        draft.minutesHistory.append({draft.minutesValidatedBy, draft.minutesValidatedAt, at});
        draft.minutesValidatedBy.clear();
        draft.minutesValidatedAt = {};
        reopened = draft.minutesHistory.last();
        return update(draft);
    });
    if (!s) {
        return s.failure();
    }
    return reopened;
}

Status MeetingRepository::remove(const QString& id)
{
    return drop<Meeting>(id, id);
}

Result<MeetingData> MeetingRepository::load(const QString& id) const
{
    auto header = meeting(id);
    if (!header) {
        return header.failure();
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
        return Error{Validation::summary(issues), Fault::Invalid};
    }
    if (contains(d.meeting.id)) {
        return Error{tr("La réunion %1 (« %2 ») est déjà dans cet espace de travail.")
                         .arg(d.meeting.id, d.meeting.title)};
    }
    const QString& m = d.meeting.id;
    return m_ws.write([&]() -> Status {
        Status s = sql::insertRow(m_ws, sql::meetingTable(), d.meeting);
        if (s) {
            m_ws.record(EntityKind::Meeting, m, Workspace::RowOp::Insert, m);
        }
        const auto all = [&](const auto& list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            if (!s || list.isEmpty()) {
                return;
            }
            sql::Inserter inserter(m_ws, sql::RowTraits<T>::table());
            for (const auto& row : list) {
                s = inserter.insert(row, m);
                if (!s) {
                    return;
                }
                m_ws.record(sql::RowTraits<T>::kind, m, Workspace::RowOp::Insert, row.id);
            }
        };
        all(d.agenda);
        all(d.subgroups);
        all(d.participants);
        all(d.questions);
        all(d.priorityItems);
        all(d.criteria);
        all(d.dotVotes);
        all(d.scores);
        all(d.solutions);
        all(d.statements);
        all(d.notes);
        all(d.decisions);
        all(d.actions);
        all(d.selections);
        return s;
    });
}

} // namespace copil::storage
