#include "core/client/tills/tilldesk.h"

#include "core/client/clientlog.h"
#include "core/client/clientsession.h"
#include "core/client/tills/staffroster.h"

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const QString kDeviceId = u"till.deviceId"_s;
const QString kSecret = u"till.secret"_s;
const QString kStoreId = u"till.storeId"_s;
} // namespace

TillDesk::TillDesk(ClientSession &session)
    : m_session(session)
{
}

Result<std::optional<TillDesk::Credentials>> TillDesk::credentials()
{
    Credentials c;
    for (auto [key, value] : { std::pair { &kDeviceId, &c.deviceId },
                               { &kSecret, &c.secret },
                               { &kStoreId, &c.storeId } }) {
        auto read = m_session.cache().meta(*key);
        if (!read)
            return read.error();
        *value = read.value();
    }
    if (c.deviceId.isEmpty() || c.secret.isEmpty())
        return std::optional<Credentials>();
    return std::optional<Credentials>(c);
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
            Status saved = session.cache().transaction([&]() -> Status {
                for (const auto &[key, value] :
                     { std::pair { kDeviceId, till.value(u"deviceId"_s).toString() },
                       { kSecret, secret },
                       { kStoreId, till.value(u"storeId"_s).toString() } }) {
                    if (Status s = session.cache().setMeta(key, value); !s)
                        return s;
                }
                return {};
            });
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
