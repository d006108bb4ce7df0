#include "server-stub/api/tills/pincontroller.h"

#include "core/engine/admin/userstore.h"
#include "core/protocol/json/jsonfields.h"
#include "server-stub/api/auth/loginservice.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// Whether `by` may set `target`'s PIN: their own, any as an admin, a clerk's of a store they
// manage as a manager.
bool maySetPin(const User &by, const User &target)
{
    if (by.id == target.id || by.role == Role::Admin)
        return true;
    if (by.role != Role::Manager || target.role != Role::Clerk)
        return false;
    return std::any_of(target.storeIds.cbegin(), target.storeIds.cend(),
                       [&](const QString &store) { return by.storeIds.contains(store); });
}
} // namespace

PinController::PinController(LoginService &accounts, const Clock &clock)
    : m_accounts(accounts)
    , m_clock(clock)
{
}

void PinController::registerRoutes(Router &router)
{
    router.add(
        "PUT", u"/api/v1/users/{username}/pin"_s,
        [this](const ApiRequest &r, Reply reply) { setPin(r, reply); },
        Router::Access::Authenticated, MaxBody);
}

void PinController::setPin(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    const JsonFields fields(std::move(body).value(), { u"pin"_s });
    if (auto unknown = fields.unknownField())
        return reply(ApiResponse::error(*unknown));
    auto pin = fields.string(u"pin"_s);
    if (!pin)
        return reply(ApiResponse::error(pin.error()));
    if (!UserStore::isValidPin(pin.value()))
        return reply(ApiResponse::error(Error::validation(u"pin"_s, u"must be 4 to 8 digits"_s)));
    m_accounts.run(
        [this, username = request.param(u"username"_s), pin = pin.value(),
         by = *request.user](DbConnection &db) {
            UserStore users(db, m_clock);
            auto target = users.find(username);
            if (!target)
                return ApiResponse::error(target.error());
            if (!target.value())
                return ApiResponse::error(Error::notFound(u"user"_s, username));
            if (!maySetPin(by, *target.value()))
                return ApiResponse::error(Error(
                    ErrorCode::Forbidden,
                    u"a PIN is set by its owner, an admin, or a manager of the clerk's store"_s));
            if (Status s = users.setPin(username, pin); !s)
                return ApiResponse::error(s.error());
            return ApiResponse::json(
                200, QJsonObject { { u"username"_s, username }, { u"pinSet"_s, true } });
        },
        reply);
}

} // namespace inventory::server
