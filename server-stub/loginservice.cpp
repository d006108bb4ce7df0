#include "loginservice.h"

#include "dbconnection.h"
#include "userstore.h"

#include <QPointer>
#include <memory>

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
    QPointer<LoginService> self(this);
    m_pool.start([this, self, userId, password, done = std::move(done)] {
        // One connection per pool thread, opened on first use and closed with the thread.
        thread_local std::unique_ptr<DbConnection> connection;
        Result<User> result = Error::unavailable(QStringLiteral("storage is not available"));
        if (!connection) {
            auto opened = DbConnection::open(m_location);
            if (opened)
                connection = std::move(opened).value();
            else
                result = opened.error();
        }
        if (connection)
            result = UserStore(*connection, m_clock).authenticate(userId, password);
        QMetaObject::invokeMethod(
            self, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace inventory::server
