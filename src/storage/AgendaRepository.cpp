#include "AgendaRepository.h"

#include "Tables.h"

namespace copil::storage {

using domain::Validation;

Result<QList<domain::AgendaItem>> AgendaRepository::items(const QString& meetingId) const
{
    return rowsOf<domain::AgendaItem>(meetingId);
}

Status AgendaRepository::insert(const QString& meetingId, const domain::AgendaItem& item)
{
    return add(meetingId, item);
}

Status AgendaRepository::update(const QString& meetingId, const domain::AgendaItem& item)
{
    return change(meetingId, item);
}

Status AgendaRepository::remove(const QString& meetingId, const QString& itemId)
{
    return drop<domain::AgendaItem>(meetingId, itemId);
}

} // namespace copil::storage
