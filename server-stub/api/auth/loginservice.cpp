#include "server-stub/api/auth/loginservice.h"

#include "core/engine/admin/userstore.h"
#include "core/storage/dbconnection.h"

#include <QPointer>

namespace inventory::server {

LoginService::LoginService(QString databaseLocation, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(2);
}

LoginService::~LoginService()
{
    m_pool.waitForDone();
}

void LoginService::authenticate(const QString &userId, const QString &password,
                                std::function<void(Result<User>)> done)
{
    if (m_pending >= MaxPending)
        return done(Error::unavailable(QStringLiteral("too many sign-ins at once; retry shortly")));
    ++m_pending;
    QPointer<LoginService> self(this);
    m_pool.start([this, self, userId, password, done = std::move(done)] {
        // A connection per attempt, closed before the task ends. One kept per pool thread in a
        // thread_local was closed while the thread exited, which QThreadPool does not wait
        // for: at shutdown it raced the process tearing down QtSql's connection registry
        // (a crash after a clean stop). Opening costs little next to the deliberately slow
        // password hash.
        Result<User> result = Error::unavailable(QStringLiteral("storage is not available"));
        if (auto connection = DbConnection::open(m_location, SchemaMigrator::Schema::Server))
            result = UserStore(*connection.value(), m_clock).authenticate(userId, password);
        else
            result = connection.error();
        QMetaObject::invokeMethod(
            self,
            [self, done, result] {
                --self->m_pending;
                done(result);
            },
            Qt::QueuedConnection);
    });
}

void LoginService::run(std::function<ApiResponse(DbConnection &)> work,
                       std::function<void(ApiResponse)> done)
{
    if (m_pending >= MaxPending)
        return done(
            ApiResponse::error(Error::unavailable(QStringLiteral("server busy; retry shortly"))));
    ++m_pending;
    QPointer<LoginService> self(this);
    m_pool.start([self, location = m_location, work = std::move(work), done = std::move(done)] {
        ApiResponse response;
        {
            // Closed before the task ends, on its own thread (see authenticate()).
            auto connection = DbConnection::open(location, SchemaMigrator::Schema::Server);
            response
                = connection ? work(*connection.value()) : ApiResponse::error(connection.error());
        }
        QMetaObject::invokeMethod(
            self,
            [self, done, response] {
                --self->m_pending;
                done(response);
            },
            Qt::QueuedConnection);
    });
}

} // namespace inventory::server
