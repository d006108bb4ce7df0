#pragma once

#include "core/domain/result.h"

#include <QStringList>

namespace inventory {

class DbConnection;

// Brings a database to the newest schema one numbered step at a time, each step in its
// own transaction, so an old file upgrades and a failed step leaves the previous version.
class SchemaMigrator
{
public:
    enum class Schema { Server, Client };

    SchemaMigrator(DbConnection &connection, Schema schema);

    Status migrate();
    Result<int> currentVersion();
    int latestVersion() const;

private:
    Status migrateSteps();

    DbConnection &m_connection;
    QList<QStringList> m_steps;
};

} // namespace inventory
