#include "NoteRepository.h"

#include "Tables.h"

namespace copil::storage {

using domain::Validation;

Result<QList<domain::Note>> NoteRepository::notes(const QString& meetingId) const
{
    return rowsOf<domain::Note>(meetingId);
}

Result<QList<domain::Note>> NoteRepository::note(const QString& meetingId,
                                                 const QString& noteId) const
{
    return sql::selectRows(m_ws, sql::noteTable(), QStringLiteral("meeting_id = ? AND id = ?"),
                           {meetingId, noteId});
}

Status NoteRepository::insert(const QString& meetingId, const domain::Note& note)
{
    return add(meetingId, note);
}

Status NoteRepository::update(const QString& meetingId, const domain::Note& note)
{
    return change(meetingId, note);
}

Status NoteRepository::remove(const QString& meetingId, const QString& noteId)
{
    return drop<domain::Note>(meetingId, noteId);
}

} // namespace copil::storage
