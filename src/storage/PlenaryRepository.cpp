#include "PlenaryRepository.h"

#include "Tables.h"

namespace copil::storage {

using namespace domain;

Result<QList<Statement>> PlenaryRepository::statements(const QString& meetingId) const
{
    return rowsOf(sql::statementTable(), sql::kOfMeeting.toString(), meetingId);
}
Result<QList<Decision>> PlenaryRepository::decisions(const QString& meetingId) const
{
    return rowsOf(sql::decisionTable(), sql::kOfMeeting.toString(), meetingId);
}
Result<QList<ActionItem>> PlenaryRepository::actions(const QString& meetingId) const
{
    return rowsOf(sql::actionTable(), sql::kOfMeeting.toString(), meetingId);
}

Status PlenaryRepository::insert(const QString& m, const Statement& x)
{
    return add(sql::statementTable(), m, x,
               Validation::checkStatement(x, QStringLiteral("statement")));
}
Status PlenaryRepository::insert(const QString& m, const Decision& x)
{
    return add(sql::decisionTable(), m, x,
               Validation::checkDecision(x, QStringLiteral("decision")));
}
Status PlenaryRepository::insert(const QString& m, const ActionItem& x)
{
    return add(sql::actionTable(), m, x, Validation::checkAction(x, QStringLiteral("action")));
}
Status PlenaryRepository::update(const QString& m, const Statement& x)
{
    return change(sql::statementTable(), m, x,
                  Validation::checkStatement(x, QStringLiteral("statement")));
}
Status PlenaryRepository::update(const QString& m, const Decision& x)
{
    return change(sql::decisionTable(), m, x,
                  Validation::checkDecision(x, QStringLiteral("decision")));
}
Status PlenaryRepository::update(const QString& m, const ActionItem& x)
{
    return change(sql::actionTable(), m, x, Validation::checkAction(x, QStringLiteral("action")));
}
Status PlenaryRepository::removeStatement(const QString& m, const QString& id)
{
    return drop(sql::statementTable(), m, id);
}
Status PlenaryRepository::removeDecision(const QString& m, const QString& id)
{
    return drop(sql::decisionTable(), m, id);
}
Status PlenaryRepository::removeAction(const QString& m, const QString& id)
{
    return drop(sql::actionTable(), m, id);
}

} // namespace copil::storage
