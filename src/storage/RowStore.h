#pragma once

#include "Tables.h"
#include "Workspace.h"

namespace copil::storage {

/// Calls f on every list of rows of d (participants, agenda…, not the meeting row), in
/// an order where what is referred to comes first.
template <class Data, class F> void forEachRowList(Data& d, F&& f)
{
    f(d.agenda);
    f(d.subgroups);
    f(d.participants);
    f(d.questions);
    f(d.priorityItems);
    f(d.criteria);
    f(d.dotVotes);
    f(d.scores);
    f(d.solutions);
    f(d.statements);
    f(d.notes);
    f(d.decisions);
    f(d.actions);
    f(d.selections);
}

/// What removing one row takes with it, as the schema would: the rows removed (the row
/// itself included) and, as they are before the removal, the rows that keep only an
/// emptied reference to one of them. Enough to put everything back.
struct Removal {
    domain::MeetingData removed;
    domain::MeetingData emptied;
    /// How many rows of each kind go, the row itself aside ("2 sous-points, 3 notes").
    qsizetype count() const;
};

/// Reads and writes rows of any kind of a meeting, written once for every kind: the
/// domain's rules for the row are checked before any SQL, each write runs in a
/// transaction of the workspace (joining the one under way), and every row touched,
/// including those the schema removes or updates in cascade, is recorded for the
/// workspace's committed() event. Does not own the workspace.
class RowStore {
public:
    explicit RowStore(Workspace& workspace) : m_ws(workspace) {}
    Workspace& workspace() const { return m_ws; }

    /// Every row of that kind of the meeting, in canonical order.
    template <class T> Result<QList<T>> rows(const QString& meetingId) const
    {
        return sql::selectRows(m_ws, sql::RowTraits<T>::table(),
                               sql::RowTraits<T>::ofMeeting().toString(), {meetingId});
    }
    /// The rows with these ids (those that exist), in canonical order.
    template <class T> Result<QList<T>> rowsById(const QStringList& ids) const
    {
        return sql::selectByIds(m_ws, sql::RowTraits<T>::table(), ids);
    }

    template <class T> Status insert(const QString& meetingId, const T& row)
    {
        return write<T>(row, [&] {
            if (Status s = sql::insertRow(m_ws, sql::RowTraits<T>::table(), row, meetingId); !s) {
                return s;
            }
            m_ws.record(sql::RowTraits<T>::kind, meetingId, Workspace::RowOp::Insert, row.id);
            m_ws.recordRevision(row.id, 1);
            return Status{};
        });
    }
    /// Saves the row with row's id; an error (Fault::Missing) when there is none,
    /// Fault::Conflict when someone else saved it since row was read (row.rowRevision).
    template <class T> Status update(const QString& meetingId, const T& row)
    {
        return write<T>(row, [&] {
            if (Status s = sql::updateRow(m_ws, sql::RowTraits<T>::table(), row, meetingId); !s) {
                return s;
            }
            m_ws.record(sql::RowTraits<T>::kind, meetingId, Workspace::RowOp::Update, row.id);
            return Status{};
        });
    }
    /// Removes the row and what the schema removes with it (recorded too). basedOn >= 0:
    /// only if nobody else saved the row since that revision (Fault::Conflict otherwise;
    /// 0: since this client's own last save).
    template <class T> Status remove(const QString& meetingId, const QString& id, int basedOn = -1)
    {
        return removeOf(sql::RowTraits<T>::kind, sql::RowTraits<T>::table().name, meetingId, id,
                        basedOn);
    }

    /// What removing the row would take with it (read now, nothing changed); an error
    /// (Fault::Missing) when there is no such row.
    template <class T> Result<Removal> removalOf(const QString& id) const
    {
        return removalOf(sql::RowTraits<T>::kind, id);
    }
    Result<Removal> removalOf(domain::EntityKind kind, const QString& id) const;

    /// Inserts rows of one kind through one prepared statement, in one transaction (a
    /// merged room copy brings thousands); each is checked and recorded as insert() does.
    template <class T> Status insertMany(const QString& meetingId, const QList<T>& rows)
    {
        return m_ws.write([&]() -> Status {
            sql::Inserter<T> inserter(m_ws, sql::RowTraits<T>::table());
            for (const T& row : rows) {
                const domain::ValidationIssues issues = sql::RowTraits<T>::check(row);
                if (!issues.isEmpty()) {
                    return Error{domain::Validation::summary(issues), domain::Fault::Invalid};
                }
                if (Status s = inserter.insert(row, meetingId); !s) {
                    return s;
                }
                m_ws.record(sql::RowTraits<T>::kind, meetingId, Workspace::RowOp::Insert, row.id);
                m_ws.recordRevision(row.id, 1);
            }
            return Status{};
        });
    }
    /// Inserts every row of rows (not its meeting row), in one transaction.
    Status insertAll(const QString& meetingId, const domain::MeetingData& rows);
    /// Saves every row of rows (not its meeting row) as it is there, in one transaction.
    Status updateAll(const QString& meetingId, const domain::MeetingData& rows);

    /// Removes a row of any kind by its table name (of this layer).
    Status removeOf(domain::EntityKind kind, const QString& table, const QString& meetingId,
                    const QString& id, int basedOn = -1);

    /// Brings data (the meeting as last read) up to date with what event says changed:
    /// removed rows are dropped, inserted and updated ones read again by id, each list
    /// kept in canonical order. A reset, or a change of the meeting row itself, reads
    /// the meeting row again; a reset reads everything.
    Status refresh(domain::MeetingData& data, const domain::ChangeEvent& event) const;

private:
    template <class T, class F> Status write(const T& row, F&& work)
    {
        const domain::ValidationIssues issues = sql::RowTraits<T>::check(row);
        if (!issues.isEmpty()) {
            return Error{domain::Validation::summary(issues), domain::Fault::Invalid};
        }
        return m_ws.write(work);
    }

    Workspace& m_ws;
};

} // namespace copil::storage
