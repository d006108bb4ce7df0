#pragma once

#include "server-stub/api/auth/loginthrottle.h"
#include "server-stub/http/router.h"

namespace inventory {
class Clock;
class JwtCodec;
} // namespace inventory

namespace inventory::server {

class LoginService;

// POST /api/v1/auth/login, throttled per user name and per client address (LoginThrottle).
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

    LoginService &m_logins;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    qint64 m_tokenTtlSeconds;
    LoginThrottle m_throttle;
};

} // namespace inventory::server
