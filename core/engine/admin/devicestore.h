#pragma once

#include "core/domain/device.h"
#include "core/domain/result.h"

#include <QStringList>

namespace inventory {

class Clock;
class DbConnection;

// Enrolled tills and their secrets. A secret is 256 random bits, so a plain SHA-256 of it is
// as good as a slow hash (nothing to guess) and lets a till sign in without a costly check.
class DeviceStore
{
public:
    DeviceStore(DbConnection &connection, const Clock &clock);

    // The new till and its secret, which is shown this once and never stored.
    struct Enrolled
    {
        Device device;
        QString secret;
    };
    Result<Enrolled> enrol(const QString &deviceId, const QString &storeId, const QString &name,
                           const QString &enrolledBy);
    // Every till of the given stores (all when empty), by store and id.
    Result<QList<Device>> list(const QStringList &storeIds = {});
    Result<std::optional<Device>> find(const QString &deviceId);
    // Revoking twice keeps the first time.
    Result<Device> revoke(const QString &deviceId);
    Result<QStringList> revokedIds();
    // The till, if it exists, is not revoked and `secret` is its secret; UNAUTHENTICATED if not.
    Result<Device> authenticate(const QString &deviceId, const QString &secret);

    static constexpr qsizetype MaxNameLength = 64;

private:
    DbConnection &m_connection;
    const Clock &m_clock;
};

} // namespace inventory
