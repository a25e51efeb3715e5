#pragma once

#include "Repository.h"
#include "domain/Plenary.h"

namespace copil::storage {

/// What the plenary produces: findings and recommendations with their debate and
/// status, decisions, and the action items of the meeting.
class PlenaryRepository : public Repository {
    Q_OBJECT

public:
    using Repository::Repository;

    Result<QList<domain::Statement>> statements(const QString& meetingId) const;
    Result<QList<domain::Decision>> decisions(const QString& meetingId) const;
    Result<QList<domain::ActionItem>> actions(const QString& meetingId) const;

    Status insert(const QString& meetingId, const domain::Statement& statement);
    Status insert(const QString& meetingId, const domain::Decision& decision);
    Status insert(const QString& meetingId, const domain::ActionItem& action);
    Status update(const QString& meetingId, const domain::Statement& statement);
    Status update(const QString& meetingId, const domain::Decision& decision);
    Status update(const QString& meetingId, const domain::ActionItem& action);
    Status removeStatement(const QString& meetingId, const QString& id);
    Status removeDecision(const QString& meetingId, const QString& id);
    Status removeAction(const QString& meetingId, const QString& id);
};

} // namespace copil::storage
