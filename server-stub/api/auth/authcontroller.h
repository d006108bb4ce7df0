#pragma once

#include "core/security/loginthrottle.h"
#include "server-stub/http/router.h"

namespace inventory {
class Clock;
class JwtCodec;
} // namespace inventory

namespace inventory::server {

class LoginService;

// POST /api/v1/auth/login, throttled per user name and per client address (LoginThrottle);
// POST /api/v1/auth/pin, a till's credentials and a person's PIN, throttled per user name and
// per till. A PIN's token names its till, and is refused once the till is revoked.
class AuthController
{
public:
    AuthController(LoginService &logins, const JwtCodec &jwt, const Clock &clock,
                   qint64 tokenTtlSeconds);
    void registerRoutes(Router &router);

    // A login body holds a user name and a password: nothing needs more.
    static constexpr qsizetype MaxBody = 4096;

private:
    void login(const ApiRequest &request, const Reply &reply);
    void pinLogin(const ApiRequest &request, const Reply &reply);
    ApiResponse signedIn(User user) const;
    static ApiResponse throttled(qint64 waitSeconds, const QString &what);

    LoginService &m_logins;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    qint64 m_tokenTtlSeconds;
    LoginThrottle m_throttle;
    LoginThrottle m_pinThrottle;
};

} // namespace inventory::server
