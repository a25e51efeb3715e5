#include "PlenaryRepository.h"

#include "Tables.h"

namespace copil::storage {

using namespace domain;

Result<QList<Statement>> PlenaryRepository::statements(const QString& meetingId) const
{
    return rowsOf<Statement>(meetingId);
}
Result<QList<Decision>> PlenaryRepository::decisions(const QString& meetingId) const
{
    return rowsOf<Decision>(meetingId);
}
Result<QList<ActionItem>> PlenaryRepository::actions(const QString& meetingId) const
{
    return rowsOf<ActionItem>(meetingId);
}

Status PlenaryRepository::insert(const QString& m, const Statement& x)
{
    return add(m, x);
}
Status PlenaryRepository::insert(const QString& m, const Decision& x)
{
    return add(m, x);
}
Status PlenaryRepository::insert(const QString& m, const ActionItem& x)
{
    return add(m, x);
}
Status PlenaryRepository::update(const QString& m, const Statement& x)
{
    return change(m, x);
}
Status PlenaryRepository::update(const QString& m, const Decision& x)
{
    return change(m, x);
}
Status PlenaryRepository::update(const QString& m, const ActionItem& x)
{
    return change(m, x);
}
Status PlenaryRepository::removeStatement(const QString& m, const QString& id)
{
    return drop<Statement>(m, id);
}
Status PlenaryRepository::removeDecision(const QString& m, const QString& id)
{
    return drop<Decision>(m, id);
}
Status PlenaryRepository::removeAction(const QString& m, const QString& id)
{
    return drop<ActionItem>(m, id);
}

} // namespace copil::storage
