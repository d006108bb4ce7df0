#include "server-stub/api/auth/authcontroller.h"

#include "core/domain/clock.h"
#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonfields.h"
#include "core/protocol/jwtcodec.h"
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
    if (const auto wait = m_throttle.retryAfterSeconds(name, address, m_clock.nowMs())) {
        ApiResponse response = ApiResponse::error(
            Error(ErrorCode::RateLimited, u"too many failed sign-ins; retry in %1 s"_s.arg(*wait),
                  { { u"retryAfterSeconds"_s, *wait } }));
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(*wait)));
        return reply(response);
    }
    m_logins.authenticate(name, password.value(), [this, reply, name, address](Result<User> user) {
        if (!user) {
            if (user.error().code() == ErrorCode::Unauthenticated)
                m_throttle.failed(name, address, m_clock.nowMs());
            return reply(ApiResponse::error(user.error()));
        }
        m_throttle.succeeded(name);
        const qint64 now = m_clock.nowMs();
        const qint64 expires = now + m_tokenTtlSeconds * 1000;
        reply(ApiResponse::json(
            200,
            { { u"token"_s, QString::fromLatin1(m_jwt.sign(user.value(), now, expires)) },
              { u"expiresAt"_s, timestamp::format(expires / 1000 * 1000) },
              { u"user"_s, toJson(*user) } }));
    });
}

} // namespace inventory::server
