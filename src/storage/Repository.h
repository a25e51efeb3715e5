#pragma once

#include "RowStore.h"
#include "SqlTable.h"
#include "Workspace.h"
#include "domain/Validation.h"

#include <QObject>

namespace copil::storage {

/// Base of the repositories: one write transaction per call, validation by the domain
/// rules before any SQL, every row touched recorded for the workspace's committed()
/// event. A repository does not own the workspace, which must outlive it.
class Repository : public QObject {
    Q_OBJECT

public:
    explicit Repository(Workspace& workspace, QObject* parent = nullptr)
        : QObject(parent), m_ws(workspace), m_rows(workspace)
    {
    }
    Workspace& workspace() const { return m_ws; }

protected:
    template <class T> Status add(const QString& meetingId, const T& row)
    {
        return m_rows.insert(meetingId, row);
    }
    template <class T> Status change(const QString& meetingId, const T& row)
    {
        return m_rows.update(meetingId, row);
    }
    template <class T> Status drop(const QString& meetingId, const QString& id)
    {
        return m_rows.remove<T>(meetingId, id);
    }
    template <class T> Result<QList<T>> rowsOf(const QString& meetingId) const
    {
        return m_rows.rows<T>(meetingId);
    }

    Workspace& m_ws;
    RowStore m_rows;
};

} // namespace copil::storage
