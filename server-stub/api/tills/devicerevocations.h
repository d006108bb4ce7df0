#pragma once

#include "core/domain/result.h"

#include <QSet>
#include <QString>

namespace inventory {
class DbConnection;
}

namespace inventory::server {

// The tills revoked so far, held in memory so that every request with a till's token is
// checked without a query: the instance that revokes adds at once, and every instance
// reloads the list from the database (ServerApp, every second) to learn of the others'.
class DeviceRevocations
{
public:
    Status load(DbConnection &connection);
    void add(const QString &deviceId) { m_revoked.insert(deviceId); }
    bool isRevoked(const QString &deviceId) const { return m_revoked.contains(deviceId); }

private:
    QSet<QString> m_revoked;
};

} // namespace inventory::server
