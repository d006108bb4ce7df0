#include "server-stub/api/auth/accessrevocations.h"

#include "core/domain/clock.h"
#include "core/engine/admin/devicestore.h"
#include "core/engine/admin/userstore.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

Status AccessRevocations::load(DbConnection &connection)
{
    SystemClock clock;
    auto ids = DeviceStore(connection, clock).revokedIds();
    if (!ids)
        return ids.error();
    // Revocation is for good: what this instance knows stays, what others did is added.
    for (const QString &id : std::as_const(ids.value()))
        m_revoked.insert(id);
    // An account may be enabled again, so the disabled ones are the database's list as is.
    auto disabled = UserStore(connection, clock).disabledIds();
    if (!disabled)
        return disabled.error();
    m_disabled = QSet<QString>(disabled->cbegin(), disabled->cend());
    return {};
}

std::optional<Error> AccessRevocations::check(const User &user) const
{
    if (!user.deviceId.isEmpty() && isRevoked(user.deviceId))
        return Error(ErrorCode::Unauthenticated,
                     u"till '%1' has been revoked; enrol it again"_s.arg(user.deviceId),
                     { { u"deviceId"_s, user.deviceId }, { u"revoked"_s, true } });
    if (isDisabled(user.id))
        return Error(ErrorCode::Unauthenticated,
                     u"the account '%1' has been disabled"_s.arg(user.id),
                     { { u"username"_s, user.id }, { u"disabled"_s, true } });
    return std::nullopt;
}

} // namespace inventory::server
