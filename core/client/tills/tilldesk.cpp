#include "core/client/tills/tilldesk.h"

#include "core/client/clientlog.h"
#include "core/client/clientsession.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tillcredentials.h"

using namespace Qt::StringLiterals;

namespace inventory {

TillDesk::TillDesk(ClientSession &session)
    : m_session(session)
{
}

Result<std::optional<TillDesk::Credentials>> TillDesk::credentials()
{
    return TillCredentials::read(m_session.cache());
}

void TillDesk::enrol(const QString &deviceId, const QString &storeId, const QString &name,
                     std::function<void(Result<QJsonObject>)> done)
{
    const QJsonObject body { { u"deviceId"_s, deviceId },
                             { u"storeId"_s, storeId },
                             { u"name"_s, name } };
    m_session.api().send(
        "POST", u"/api/v1/devices"_s, body, {},
        [&session = m_session, done](const ApiReply &reply) {
            if (!reply.ok())
                return done(reply.failure());
            QJsonObject till = reply.body;
            const QString secret = till.take(u"deviceSecret"_s).toString();
            if (secret.isEmpty())
                return done(Error::unavailable(tr("the server did not answer the till's secret")));
            const TillCredentials credentials { till.value(u"deviceId"_s).toString(), secret,
                                                till.value(u"storeId"_s).toString() };
            Status saved = credentials.save(session.cache());
            if (!saved)
                return done(saved.error());
            done(till);
        });
}

void TillDesk::unlock(const QString &username, const QString &pin,
                      std::function<void(Result<User>)> done)
{
    auto till = credentials();
    if (!till)
        return done(till.error());
    if (!till.value())
        return done(Error(ErrorCode::InvalidState,
                          tr("this till is not enrolled: a manager enrols it first")));
    const QJsonObject body { { u"deviceId"_s, till.value()->deviceId },
                             { u"deviceSecret"_s, till.value()->secret },
                             { u"username"_s, username },
                             { u"pin"_s, pin } };
    m_session.api().send("POST", u"/api/v1/auth/pin"_s, body, {},
                         [&session = m_session, done](const ApiReply &reply) {
                             if (!reply.ok())
                                 return done(reply.failure());
                             done(session.adopt(reply.body));
                             // The server answers: the staff kept for unlocking offline are
                             // brought up to date too.
                             StaffRoster(session).refresh([](Result<int> fetched) {
                                 if (!fetched)
                                     qCWarning(lcClient) << "the till's staff were not fetched:"
                                                         << fetched.error().message();
                             });
                         });
}

} // namespace inventory
