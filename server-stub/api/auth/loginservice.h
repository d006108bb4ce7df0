#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"
#include "server-stub/http/apiresponse.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace inventory {
class Clock;
class DbConnection;
} // namespace inventory

namespace inventory::server {

// Checks passwords off the event loop: a slow hash per attempt is the point, and it must
// not stall every other request while it runs. At most MaxPending checks wait at once; more
// are refused at once (UNAVAILABLE) rather than queued without bound. The other account work
// (tills, PINs: slow hashes too, and writes outside the commit queue) runs the same way.
class LoginService : public QObject
{
    Q_OBJECT

public:
    LoginService(QString databaseLocation, const Clock &clock, QObject *parent = nullptr);
    ~LoginService() override;

    void authenticate(const QString &userId, const QString &password,
                      std::function<void(Result<User>)> done);
    // `work` on a connection of its own on a pool thread; `done` back on this thread.
    void run(std::function<ApiResponse(DbConnection &)> work,
             std::function<void(ApiResponse)> done);

    static constexpr int MaxPending = 64;

private:
    QString m_location;
    const Clock &m_clock;
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace inventory::server
