#include "core/domain/user.h"

using namespace Qt::StringLiterals;

namespace inventory {

bool User::canWriteStore(const QString &storeId) const
{
    return role == Role::Admin || storeIds.contains(storeId);
}

QString User::roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Role> User::roleFromName(const QString &name)
{
    for (auto role : { Role::Clerk, Role::Manager, Role::Admin }) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace inventory
