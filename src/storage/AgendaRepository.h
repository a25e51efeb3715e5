#pragma once

#include "Repository.h"
#include "domain/AgendaItem.h"

namespace copil::storage {

/// The agenda items of the meetings, sub-items included.
class AgendaRepository : public Repository {
    Q_OBJECT

public:
    using Repository::Repository;

    /// All items of a meeting, parents before their children, siblings by position.
    Result<QList<domain::AgendaItem>> items(const QString& meetingId) const;
    Status insert(const QString& meetingId, const domain::AgendaItem& item);
    Status update(const QString& meetingId, const domain::AgendaItem& item);
    /// Removes the item, its sub-items and the notes attached to them.
    Status remove(const QString& meetingId, const QString& itemId);
};

} // namespace copil::storage
