#pragma once

#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace copil::test {

/// Runs SQL on a database file directly, bypassing Copil (to build old or odd files).
inline void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// What `PRAGMA name` answers on db (a setting such as "max_page_count = 10" answers too).
inline QString pragmaValue(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"PRAGMA " + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace copil::test
