#pragma once

#include <QString>
#include <QStringList>

namespace inventory {

// Everything that differs between SQLite and PostgreSQL lives here, and only here.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    QString driverName() const;
    // Takes the write lock up front so two writers never deadlock upgrading a read lock.
    QString beginWrite() const;
    // Statements run on every new connection (pragmas, session settings).
    QStringList sessionSetup() const;
    QString readSchemaVersion() const;
    QString writeSchemaVersion(int version) const;
    // Run before COMMIT of a transaction that appended events: tells other server
    // instances to read the log (empty where there is only one writer).
    QString notifyEvents() const;
    static constexpr auto EventChannel = "inventory_events";
    // Serializes schema migrations of several instances starting at once (empty: none needed).
    QString lockMigrations() const;
    QString unlockMigrations() const;
    // SQL type for a 64-bit integer column.
    QString bigint() const;

private:
    Kind m_kind;
};

} // namespace inventory
