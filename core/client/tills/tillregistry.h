#pragma once

#include "core/domain/device.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace inventory {

class ClientSession;

// The enrolled tills of a manager's stores (an admin's: every store), listed and revoked
// through the server (GET and DELETE /api/v1/devices). The answers may come after this object
// is gone: it keeps nothing but the session.
class TillRegistry
{
    Q_DECLARE_TR_FUNCTIONS(TillRegistry)

public:
    explicit TillRegistry(ClientSession &session);

    void list(std::function<void(Result<QList<Device>>)> done);
    // Its tokens stop working at once and its queue is refused; revoking twice answers the same.
    void revoke(const QString &deviceId, std::function<void(Result<Device>)> done);

    static Device fromJson(const QJsonObject &json);

private:
    ClientSession &m_session;
};

} // namespace inventory
