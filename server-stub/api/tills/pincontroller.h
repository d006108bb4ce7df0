#pragma once

#include "server-stub/http/router.h"

namespace inventory {
class Clock;
}

namespace inventory::server {

class LoginService;

// PUT /api/v1/users/{username}/pin: the PIN that unlocks a till (API.md "Terminals and
// staff"), set by its owner, by an admin, or by a manager for a clerk of a store they manage.
class PinController
{
public:
    PinController(LoginService &accounts, const Clock &clock);
    void registerRoutes(Router &router);

    static constexpr qsizetype MaxBody = 1024;

private:
    void setPin(const ApiRequest &request, const Reply &reply);

    LoginService &m_accounts;
    const Clock &m_clock;
};

} // namespace inventory::server
