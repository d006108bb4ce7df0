#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"

#include <QSet>
#include <QString>
#include <optional>

namespace inventory {
class DbConnection;
}

namespace inventory::server {

// The tills revoked and the accounts disabled so far, held in memory so that every request
// with a token is checked without a query: the instance that revokes adds at once, and every
// instance reloads both from the database (ServerApp, every second) to learn of the others'.
class AccessRevocations
{
public:
    Status load(DbConnection &connection);
    void add(const QString &deviceId) { m_revoked.insert(deviceId); }
    bool isRevoked(const QString &deviceId) const { return m_revoked.contains(deviceId); }
    bool isDisabled(const QString &userId) const { return m_disabled.contains(userId); }
    // UNAUTHENTICATED when the token's till was revoked or its person disabled since it was
    // issued; details name the till (`revoked`) or the account (`disabled`).
    std::optional<Error> check(const User &user) const;

private:
    QSet<QString> m_revoked;
    QSet<QString> m_disabled;
};

} // namespace inventory::server
