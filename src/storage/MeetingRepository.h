#pragma once

#include "Repository.h"
#include "domain/MeetingData.h"

#include <optional>

namespace copil::storage {

/// The meetings of the workspace, and whole meetings with everything they hold
/// (the unit of templates and archives).
class MeetingRepository : public Repository {
    Q_OBJECT

public:
    using Repository::Repository;

    /// Every meeting, by date then title.
    Result<QList<domain::Meeting>> meetings() const;
    /// The meeting with that id; an error naming the id when there is none.
    Result<domain::Meeting> meeting(const QString& id) const;
    bool contains(const QString& id) const;

    Status insert(const domain::Meeting& meeting);
    Status update(const domain::Meeting& meeting);
    /// Takes the meeting's validated minutes back to draft, the validation kept in its
    /// history as reopened at `at`: for a change made to the meeting after it was
    /// validated. Returns the validation taken back, or nothing when it was a draft.
    Result<std::optional<domain::MinutesValidation>> reopenMinutes(const QString& id,
                                                                   const QDateTime& at);
    /// Removes the meeting and everything it holds.
    Status remove(const QString& id);

    /// The whole meeting, every list in canonical order (domain::sortCanonically).
    Result<domain::MeetingData> load(const QString& id) const;
    /// Writes a whole meeting in one transaction after checking every domain rule;
    /// nothing is written when a rule is broken or the meeting id is already used.
    Status insertAll(const domain::MeetingData& data);
};

} // namespace copil::storage
