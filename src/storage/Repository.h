#pragma once

#include "SqlTable.h"
#include "Workspace.h"
#include "domain/Validation.h"

#include <QObject>

namespace copil::storage {

/// Base of the repositories: one write transaction per call, validation by the domain
/// rules before any SQL, and a changed() signal once the change is committed.
/// A repository does not own the workspace, which must outlive it.
class Repository : public QObject {
    Q_OBJECT

public:
    explicit Repository(Workspace& workspace, QObject* parent = nullptr)
        : QObject(parent), m_ws(workspace)
    {
    }
    Workspace& workspace() const { return m_ws; }

signals:
    /// Something of this meeting changed in this repository's tables (committed).
    void changed(const QString& meetingId);

protected:
    template <class T>
    Status add(const sql::Table<T>& table, const QString& meetingId, const T& row,
               const domain::ValidationIssues& issues)
    {
        return run(meetingId, issues, [&] { return sql::insertRow(m_ws, table, row, meetingId); });
    }
    template <class T>
    Status change(const sql::Table<T>& table, const QString& meetingId, const T& row,
                  const domain::ValidationIssues& issues)
    {
        return run(meetingId, issues, [&] { return sql::updateRow(m_ws, table, row, meetingId); });
    }
    template <class T>
    Status drop(const sql::Table<T>& table, const QString& meetingId, const QString& id)
    {
        return run(meetingId, {}, [&] { return sql::removeRow(m_ws, table, id); });
    }
    template <class T>
    Result<QList<T>> rowsOf(const sql::Table<T>& table, const QString& where,
                            const QString& meetingId) const
    {
        return sql::selectRows(m_ws, table, where, {meetingId});
    }

    Status run(const QString& meetingId, const domain::ValidationIssues& issues,
               const std::function<Status()>& work);

    Workspace& m_ws;
};

} // namespace copil::storage
