#pragma once

#include "core/storage/sqldialect.h"

#include <QString>

class QSqlDatabase;

namespace inventory {

// Where a database is, as the user gave it: a SQLite file's path or a PostgreSQL URL
// (postgresql://user:password@host:port/name).
class DatabaseLocation
{
public:
    explicit DatabaseLocation(QString location);

    SqlDialect dialect() const;
    // As logs and errors may show it: a URL's password replaced by ***.
    QString redacted() const;
    // Points a QtSql connection of dialect()'s driver at it, with the options it needs.
    void configure(QSqlDatabase &db) const;

private:
    QString m_location;
};

} // namespace inventory
