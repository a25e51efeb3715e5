#pragma once

#include "Repository.h"
#include "domain/Note.h"

namespace copil::storage {

/// The notes of the meetings, each attached to a question, item, solution, agenda
/// item or plenary statement. A note goes when its target is removed.
class NoteRepository : public Repository {
    Q_OBJECT

public:
    using Repository::Repository;

    Result<QList<domain::Note>> notes(const QString& meetingId) const;
    /// The note with this id in this meeting: a list of one, or empty. One indexed read,
    /// for the autosave path (a meeting may hold thousands of notes).
    Result<QList<domain::Note>> note(const QString& meetingId, const QString& noteId) const;
    Status insert(const QString& meetingId, const domain::Note& note);
    Status update(const QString& meetingId, const domain::Note& note);
    Status remove(const QString& meetingId, const QString& noteId);
};

} // namespace copil::storage
