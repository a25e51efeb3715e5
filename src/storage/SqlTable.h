#pragma once

// Generic row mapping between domain structs and tables: each table is described once
// as a list of columns, and insert/update/remove/select are written once for all.
// Table and column names are constants of this layer, never user text.

#include "Workspace.h"
#include "domain/Clock.h"
#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <functional>

namespace copil::storage::sql {

template <class T> struct Column {
    QString name;
    std::function<QVariant(const T&)> get;
    std::function<void(T&, const QVariant&)> set;
};

/// A table whose first column is the id; ownerColumn (e.g. meeting_id) is a column not
/// held by the struct, filled from the caller's meeting id.
template <class T> struct Table {
    QString name;
    QString ownerColumn;
    QString orderBy;
    QList<Column<T>> columns;
};

inline QVariant nonNullText(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QString listToJson(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList listFromJson(const QVariant& v)
{
    QStringList out;
    for (const auto& e : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        out << e.toString();
    }
    return out;
}

template <class T> Column<T> text(const char* name, QString T::*m)
{
    return {QLatin1StringView(name), [m](const T& t) { return nonNullText(t.*m); },
            [m](T& t, const QVariant& v) { t.*m = v.toString(); }};
}

/// An optional reference: empty string in the struct, NULL in the table.
template <class T> Column<T> reference(const char* name, QString T::*m)
{
    return {QLatin1StringView(name),
            [m](const T& t) {
                return (t.*m).isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t.*m);
            },
            [m](T& t, const QVariant& v) { t.*m = v.isNull() ? QString() : v.toString(); }};
}

template <class T> Column<T> integer(const char* name, int T::*m)
{
    return {QLatin1StringView(name), [m](const T& t) { return QVariant(t.*m); },
            [m](T& t, const QVariant& v) { t.*m = v.toInt(); }};
}

/// A boolean: bound as the dialect wants it (Dialect::bindable), read from 0/1 or a
/// BOOLEAN.
template <class T> Column<T> boolean(const char* name, bool T::*m)
{
    return {QLatin1StringView(name), [m](const T& t) { return QVariant(bool(t.*m)); },
            [m](T& t, const QVariant& v) { t.*m = v.toBool(); }};
}

template <class T> Column<T> real(const char* name, double T::*m)
{
    return {QLatin1StringView(name), [m](const T& t) { return QVariant(t.*m); },
            [m](T& t, const QVariant& v) { t.*m = v.toDouble(); }};
}

template <class T> Column<T> time(const char* name, QTime T::*m)
{
    return {QLatin1StringView(name),
            [m](const T& t) { return QVariant((t.*m).toString(u"HH:mm")); },
            [m](T& t, const QVariant& v) { t.*m = QTime::fromString(v.toString(), u"HH:mm"); }};
}

template <class T> Column<T> date(const char* name, QDate T::*m)
{
    return {QLatin1StringView(name),
            [m](const T& t) {
                return (t.*m).isValid() ? QVariant((t.*m).toString(Qt::ISODate))
                                        : QVariant(QMetaType::fromType<QString>());
            },
            [m](T& t, const QVariant& v) { t.*m = QDate::fromString(v.toString(), Qt::ISODate); }};
}

template <class T> Column<T> dateTime(const char* name, QDateTime T::*m)
{
    return {QLatin1StringView(name),
            [m](const T& t) {
                return (t.*m).isValid() ? QVariant(domain::isoMoment(t.*m))
                                        : QVariant(QMetaType::fromType<QString>());
            },
            [m](T& t, const QVariant& v) {
                t.*m = v.isNull() ? QDateTime()
                                  : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            }};
}

template <class T> Column<T> list(const char* name, QStringList T::*m)
{
    return {QLatin1StringView(name), [m](const T& t) { return QVariant(listToJson(t.*m)); },
            [m](T& t, const QVariant& v) { t.*m = listFromJson(v); }};
}

template <class T, class E> Column<T> enumeration(const char* name, E T::*m)
{
    return {QLatin1StringView(name), [m](const T& t) { return QVariant(domain::toKey(t.*m)); },
            [m](T& t, const QVariant& v) {
                // An unknown key (a hand-edited file) falls back to the default value.
                t.*m = domain::fromKey<E>(v.toString()).value_or(E{});
            }};
}

/// Every table also has row_revision (not a column of the description): how many times
/// the row was saved, read into the struct's rowRevision.
inline constexpr QStringView kRevisionColumn = u"row_revision";

template <class T> QString columnList(const Table<T>& table)
{
    QStringList names;
    for (const auto& c : table.columns) {
        names << c.name;
    }
    names << kRevisionColumn.toString();
    return names.join(u", ");
}

/// Inserts rows of one table through one prepared statement (prepared once, bound per
/// row): the whole-meeting import writes thousands of rows this way.
template <class T> class Inserter {
public:
    Inserter(const Workspace& ws, const Table<T>& table)
        : m_ws(ws), m_table(table), m_query(ws.database())
    {
        QStringList names;
        for (const auto& c : table.columns) {
            names << c.name;
        }
        if (!table.ownerColumn.isEmpty()) {
            names << table.ownerColumn;
        }
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        m_prepared = m_query.prepare(u"INSERT INTO " + table.name + u" (" + names.join(u", ") +
                                     u") VALUES (" + marks.join(u", ") + u")");
    }

    /// ownerValue fills table.ownerColumn when the table has one.
    Status insert(const T& row, const QString& ownerValue = {})
    {
        if (m_prepared) {
            int i = 0;
            for (const auto& c : m_table.columns) {
                m_query.bindValue(i++, m_ws.dialect().bindable(c.get(row)));
            }
            if (!m_table.ownerColumn.isEmpty()) {
                m_query.bindValue(i, ownerValue);
            }
        }
        if (!m_prepared || !m_query.exec()) {
            return m_ws.sqlError(Workspace::tr("ajout dans %1").arg(m_table.name),
                                 m_query.lastError());
        }
        return {};
    }

private:
    const Workspace& m_ws;
    const Table<T>& m_table;
    QSqlQuery m_query;
    bool m_prepared = false;
};

template <class T>
Status insertRow(const Workspace& ws, const Table<T>& table, const T& row,
                 const QString& ownerValue = {})
{
    return Inserter<T>(ws, table).insert(row, ownerValue);
}

/// Which stored revisions a save or a removal may replace: the one it was based on and
/// the last one this client saved itself (newer saves that are all its own are no
/// conflict). A row never read from the workspace (revision 0) is saved as it is.
inline QString revisionCondition(const Workspace& ws, const QString& id, int basedOn,
                                 QVariantList& binds)
{
    if (basedOn <= 0 && ws.ownRevision(id) <= 0) {
        return {};
    }
    binds << basedOn << ws.ownRevision(id);
    return u" AND " + kRevisionColumn.toString() + u" IN (?, ?)";
}

/// The error for a save or removal that wrote nothing: Fault::Missing when the row is
/// gone, Fault::Conflict when someone else saved it (its revision named), Fault::Denied
/// when it is there unchanged but the server's row-level security kept it from this role.
inline Error staleRowError(const Workspace& ws, const QString& table, const QString& id,
                           int basedOn)
{
    QSqlQuery q(ws.database());
    q.prepare(u"SELECT " + kRevisionColumn.toString() + u" FROM " + table + u" WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec()) {
        return ws.sqlError(Workspace::tr("lecture de %1").arg(table), q.lastError());
    }
    if (!q.next()) {
        return Error{Workspace::tr("%1 : élément %2 introuvable dans %3").arg(ws.path(), id, table),
                     domain::Fault::Missing};
    }
    const int stored = q.value(0).toInt();
    const int own = ws.ownRevision(id);
    const bool revisionMatched =
        basedOn < 0 || (basedOn == 0 && own <= 0) || stored == basedOn || stored == own;
    if (revisionMatched && ws.dialect().engine() == Dialect::Engine::Postgres) {
        // The row is there, at a revision the save could replace, yet nothing was written:
        // the server's row-level security hid it from this role (docs/server.md, « Roles »).
        return Error{Workspace::tr("%1 : %2.").arg(ws.displayName(), Dialect::rowSecurityRefusal()),
                     domain::Fault::Denied};
    }
    return Error{Workspace::tr("Quelqu’un d’autre a enregistré cet élément entre-temps (%1 %2, "
                               "version %3 ; la vôtre partait de la version %4).")
                     .arg(table, id)
                     .arg(stored)
                     .arg(basedOn),
                 domain::Fault::Conflict};
}

/// Updates the row with row's id (and owner, when the table has one), if its stored
/// revision is the one row was read from (or this client's own last save): its revision
/// goes up by one. Fault::Missing when no such row exists, Fault::Conflict when someone
/// else saved it since.
template <class T>
Status updateRow(Workspace& ws, const Table<T>& table, const T& row, const QString& ownerValue = {})
{
    QStringList sets;
    for (qsizetype i = 1; i < table.columns.size(); ++i) {
        sets << table.columns[i].name + u" = ?";
    }
    sets << kRevisionColumn.toString() + u" = " + kRevisionColumn.toString() + u" + 1";
    const QString id = table.columns[0].get(row).toString();
    QVariantList binds;
    for (qsizetype i = 1; i < table.columns.size(); ++i) {
        binds << ws.dialect().bindable(table.columns[i].get(row));
    }
    binds << id;
    QString sql = u"UPDATE " + table.name + u" SET " + sets.join(u", ") + u" WHERE " +
                  table.columns[0].name + u" = ?";
    if (!table.ownerColumn.isEmpty()) {
        sql += u" AND " + table.ownerColumn + u" = ?";
        binds << ownerValue;
    }
    sql += revisionCondition(ws, id, row.rowRevision.value, binds);
    sql += u" RETURNING " + kRevisionColumn.toString();
    QSqlQuery q(ws.database());
    q.prepare(sql);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return ws.sqlError(Workspace::tr("modification dans %1").arg(table.name), q.lastError());
    }
    if (!q.next()) {
        return staleRowError(ws, table.name, id, row.rowRevision.value);
    }
    ws.recordRevision(id, q.value(0).toInt());
    return {};
}

/// Deletes the row with that id from table (a name of this layer); an error when there
/// is no such row. basedOn >= 0: only if its stored revision is that one or this client's
/// own last save (Fault::Conflict otherwise).
inline Status removeById(const Workspace& ws, const QString& table, const QString& id,
                         int basedOn = -1)
{
    QVariantList binds{id};
    QString sql = u"DELETE FROM " + table + u" WHERE id = ?";
    if (basedOn >= 0) {
        sql += revisionCondition(ws, id, basedOn, binds);
    }
    QSqlQuery q(ws.database());
    q.prepare(sql);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return ws.sqlError(Workspace::tr("suppression dans %1").arg(table), q.lastError());
    }
    if (q.numRowsAffected() != 1) {
        return staleRowError(ws, table, id, basedOn);
    }
    return {};
}

template <class T> Status removeRow(const Workspace& ws, const Table<T>& table, const QString& id)
{
    return removeById(ws, table.name, id);
}

/// Rows matching where (SQL of this layer with ? placeholders), in the table's order.
template <class T>
Result<QList<T>> selectRows(const Workspace& ws, const Table<T>& table, const QString& where,
                            const QVariantList& binds)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + columnList(table) + u" FROM " + table.name + u" WHERE " + where +
              u" ORDER BY " + table.orderBy);
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return ws.sqlError(Workspace::tr("lecture de %1").arg(table.name), q.lastError());
    }
    QList<T> rows;
    while (q.next()) {
        T row;
        for (int i = 0; i < table.columns.size(); ++i) {
            table.columns[i].set(row, q.value(i));
        }
        row.rowRevision.value = q.value(int(table.columns.size())).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

/// The rows with these ids, in the table's order; ids without a row are left out.
template <class T>
Result<QList<T>> selectByIds(const Workspace& ws, const Table<T>& table, const QStringList& ids)
{
    QList<T> rows;
    // SQLite takes at most 999 bound values in one statement in older builds.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList part = ids.mid(from, 500);
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        QVariantList binds;
        for (const QString& id : part) {
            binds << id;
        }
        auto found = selectRows(ws, table,
                                table.columns[0].name + u" IN (" + marks.join(u", ") + u")", binds);
        if (!found) {
            return found.failure();
        }
        rows += found.value();
    }
    return rows;
}

} // namespace copil::storage::sql
