#include "Repository.h"

namespace copil::storage {

Status Repository::run(const QString& meetingId, const domain::ValidationIssues& issues,
                       const std::function<Status()>& work)
{
    if (!issues.isEmpty()) {
        return Error{domain::Validation::summary(issues)};
    }
    return m_ws.write([&]() -> Status {
        Status s = work();
        if (s) {
            m_ws.afterCommit([this, meetingId] { emit changed(meetingId); });
        }
        return s;
    });
}

} // namespace copil::storage
