#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class Clock;
class JwtCodec;
} // namespace inventory

namespace inventory::server {

class LoginService;

// POST /api/v1/auth/login
class AuthController
{
public:
    AuthController(LoginService &logins, const JwtCodec &jwt, const Clock &clock,
                   qint64 tokenTtlSeconds);
    void registerRoutes(Router &router);

private:
    void login(const ApiRequest &request, const Reply &reply);

    LoginService &m_logins;
    const JwtCodec &m_jwt;
    const Clock &m_clock;
    qint64 m_tokenTtlSeconds;
};

} // namespace inventory::server
