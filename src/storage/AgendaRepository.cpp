#include "AgendaRepository.h"

#include "Tables.h"

namespace copil::storage {

using domain::Validation;

Result<QList<domain::AgendaItem>> AgendaRepository::items(const QString& meetingId) const
{
    return rowsOf(sql::agendaTable(), sql::kOfMeeting.toString(), meetingId);
}

Status AgendaRepository::insert(const QString& meetingId, const domain::AgendaItem& item)
{
    return add(sql::agendaTable(), meetingId, item,
               Validation::checkAgendaItem(item, QStringLiteral("agenda")));
}

Status AgendaRepository::update(const QString& meetingId, const domain::AgendaItem& item)
{
    return change(sql::agendaTable(), meetingId, item,
                  Validation::checkAgendaItem(item, QStringLiteral("agenda")));
}

Status AgendaRepository::remove(const QString& meetingId, const QString& itemId)
{
    return drop(sql::agendaTable(), meetingId, itemId);
}

} // namespace copil::storage
