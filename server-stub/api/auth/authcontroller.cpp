#include "server-stub/api/auth/authcontroller.h"

#include "core/domain/clock.h"
#include "core/domain/timestamp.h"
#include "core/engine/admin/devicestore.h"
#include "core/engine/admin/userstore.h"
#include "core/protocol/auth/jwtcodec.h"
#include "core/protocol/json/jsonfields.h"
#include "core/protocol/userjson.h"
#include "server-stub/api/auth/loginservice.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

AuthController::AuthController(LoginService &logins, const JwtCodec &jwt, const Clock &clock,
                               qint64 tokenTtlSeconds)
    : m_logins(logins)
    , m_jwt(jwt)
    , m_clock(clock)
    , m_tokenTtlSeconds(tokenTtlSeconds)
{
}

void AuthController::registerRoutes(Router &router)
{
    router.add(
        "POST", u"/api/v1/auth/login"_s,
        [this](const ApiRequest &r, Reply reply) { login(r, reply); }, Router::Access::Public,
        MaxBody);
    router.add(
        "POST", u"/api/v1/auth/pin"_s,
        [this](const ApiRequest &r, Reply reply) { pinLogin(r, reply); }, Router::Access::Public,
        MaxBody);
}

ApiResponse AuthController::throttled(qint64 waitSeconds, const QString &what)
{
    ApiResponse response = ApiResponse::error(Error(
        ErrorCode::RateLimited, u"too many failed %1; retry in %2 s"_s.arg(what).arg(waitSeconds),
        { { u"retryAfterSeconds"_s, waitSeconds } }));
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(waitSeconds)));
    return response;
}

ApiResponse AuthController::signedIn(User user) const
{
    const qint64 now = m_clock.nowMs();
    const qint64 expires = now + m_tokenTtlSeconds * 1000;
    QJsonObject body { { u"token"_s, QString::fromLatin1(m_jwt.sign(user, now, expires)) },
                       { u"expiresAt"_s, timestamp::format(expires / 1000 * 1000) },
                       { u"user"_s, toJson(user) } };
    if (!user.deviceId.isEmpty())
        body.insert(u"deviceId"_s, user.deviceId);
    return ApiResponse::json(200, body);
}

void AuthController::login(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    const JsonFields fields(std::move(body).value(), { u"username"_s, u"password"_s });
    if (auto unknown = fields.unknownField())
        return reply(ApiResponse::error(*unknown));
    auto username = fields.string(u"username"_s);
    auto password = fields.string(u"password"_s);
    if (!username)
        return reply(ApiResponse::error(username.error()));
    if (!password)
        return reply(ApiResponse::error(password.error()));
    if (username->size() > 64 || password->size() > 1024)
        return reply(ApiResponse::error(
            Error(ErrorCode::Unauthenticated, u"wrong user name or password"_s)));

    const QString name = username.value();
    const QString address = request.remote;
    if (const auto wait = m_throttle.retryAfterSeconds(name, address, m_clock.nowMs()))
        return reply(throttled(*wait, u"sign-ins"_s));
    m_logins.authenticate(name, password.value(), [this, reply, name, address](Result<User> user) {
        if (!user) {
            if (user.error().code() == ErrorCode::Unauthenticated)
                m_throttle.failed(name, address, m_clock.nowMs());
            return reply(ApiResponse::error(user.error()));
        }
        m_throttle.succeeded(name);
        reply(signedIn(user.value()));
    });
}

void AuthController::pinLogin(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    const JsonFields fields(std::move(body).value(),
                            { u"deviceId"_s, u"deviceSecret"_s, u"username"_s, u"pin"_s });
    if (auto unknown = fields.unknownField())
        return reply(ApiResponse::error(*unknown));
    auto deviceId = fields.string(u"deviceId"_s);
    auto secret = fields.string(u"deviceSecret"_s);
    auto username = fields.string(u"username"_s);
    auto pin = fields.string(u"pin"_s);
    for (const auto *field : { &deviceId, &secret, &username, &pin }) {
        if (!*field)
            return reply(ApiResponse::error(field->error()));
    }
    if (deviceId->size() > 64 || secret->size() > 256 || username->size() > 64 || pin->size() > 64)
        return reply(ApiResponse::error(
            Error(ErrorCode::Unauthenticated, u"wrong till credentials, user or PIN"_s)));
    const QString name = username.value();
    const QString till = deviceId.value();
    if (const auto wait = m_pinThrottle.retryAfterSeconds(name, till, m_clock.nowMs()))
        return reply(throttled(*wait, u"PINs"_s));
    m_logins.run(
        [this, till, secret = secret.value(), name, pin = pin.value()](DbConnection &db) {
            auto device = DeviceStore(db, m_clock).authenticate(till, secret);
            if (!device)
                return ApiResponse::error(device.error());
            auto user = UserStore(db, m_clock).authenticatePin(name, pin);
            if (!user)
                return ApiResponse::error(user.error());
            if (!user->canWriteStore(device->storeId))
                return ApiResponse::error(
                    Error(ErrorCode::Unauthenticated,
                          u"%1 does not work at store %2"_s.arg(name, device->storeId)));
            User signedInUser = user.value();
            signedInUser.deviceId = till;
            return signedIn(signedInUser);
        },
        [this, reply, name, till](ApiResponse response) {
            if (response.status == 401)
                m_pinThrottle.failed(name, till, m_clock.nowMs());
            else if (response.status == 200)
                m_pinThrottle.succeededFrom(name, till);
            reply(response);
        });
}

} // namespace inventory::server
