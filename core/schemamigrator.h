#pragma once

#include "result.h"

#include <QStringList>

namespace inventory {

class DbConnection;

// Brings a database to the newest schema one numbered step at a time, each step in its
// own transaction, so an old file upgrades and a failed step leaves the previous version.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(DbConnection &connection);

    Status migrate();
    int currentVersion();
    static int latestVersion();

private:
    QList<QStringList> steps() const;

    DbConnection &m_connection;
};

} // namespace inventory
