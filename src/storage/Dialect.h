#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace copil::storage {

/// What differs between the two engines a workspace can live in, and nothing else: the
/// rest of this layer (tables, rows, repositories, change events) is written once for
/// both. After the driver classes of KMyMoney and KDb. SQLite is the embedded default
/// (one file, one laptop); PostgreSQL holds a workspace shared by several people.
class Dialect {
public:
    enum class Engine { Sqlite, Postgres };
    virtual ~Dialect() = default;

    virtual Engine engine() const = 0;
    /// The Qt SQL driver ("QSQLITE", "QPSQL").
    virtual QString driver() const = 0;
    /// The engine's name for messages ("SQLite", "PostgreSQL").
    virtual QString name() const = 0;

    /// The statement that opens a write transaction: SQLite takes the file's write lock
    /// at once (BEGIN IMMEDIATE), so a transaction never fails half-way on a lock;
    /// PostgreSQL locks rows as they are written.
    virtual QString beginWrite() const = 0;
    /// Folders of migration scripts in the resources, most specific first: a version
    /// found in the first is taken from there, otherwise from the next (portable SQL).
    virtual QStringList migrationFolders() const = 0;
    /// The schema version of an open workspace (0 for an empty database), read from
    /// PRAGMA user_version or from the meta table.
    virtual domain::Result<int> schemaVersion(const QSqlDatabase& db) const = 0;
    /// Statements recording the schema version (in the migration's transaction).
    virtual QStringList setSchemaVersion(int version) const = 0;
    /// Statements run first in each migration's transaction (PostgreSQL: a lock, so two
    /// clients opening a new database at once do not both build it).
    virtual QStringList beforeMigration(bool fresh) const = 0;
    /// Statements run last in the transaction of every migration (PostgreSQL: the change
    /// notification triggers on every table).
    virtual QStringList afterMigration() const = 0;

    /// A value as the driver must bind it (a boolean is 0/1 in SQLite, BOOLEAN in
    /// PostgreSQL).
    virtual QVariant bindable(const QVariant& value) const = 0;
    /// "INSERT … ON CONFLICT (key) DO UPDATE SET …" for table with these columns, one ?
    /// per column in that order. Both engines take the same form today (SQLite since 3.24).
    QString upsert(const QString& table, const QStringList& columns, const QString& key) const;
    /// A condition true when column contains the pattern bound to its one ?, ignoring the
    /// case of ASCII letters at least (LIKE in SQLite, ILIKE in PostgreSQL); the pattern
    /// is made by likePattern(). Callers check the rows found with QString::contains,
    /// which also folds accented letters.
    virtual QString containsInsensitive(const QString& column) const = 0;
    /// The pattern for containsInsensitive: % around, wildcards escaped, and every letter
    /// outside ASCII replaced by _ (any one character), so that « Élus » finds « élus »
    /// in either engine whatever its locale.
    static QString likePattern(const QString& text);
    /// Why the server's row-level security refused a save (migration 0013): said to the
    /// rapporteur who typed into another subgroup, or to a role not listed as a member.
    static QString rowSecurityRefusal();

    /// What a driver error means for the person and for retrying: fills cause with words
    /// a person can act on (empty when the engine's own words say it best).
    virtual domain::Fault classify(const QSqlError& error, QString* cause) const = 0;

    static std::unique_ptr<Dialect> sqlite();
    static std::unique_ptr<Dialect> postgres();
};

/// Name of the channel on which PostgreSQL announces every committed row change (lower
/// case: Qt quotes channel names, and PostgreSQL folds unquoted ones to lower case).
inline constexpr QStringView kChangeChannel = u"copil_changes";

} // namespace copil::storage
