#include "core/protocol/userjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject toJson(const User &user)
{
    return { { u"id"_s, user.id },
             { u"role"_s, User::roleName(user.role) },
             { u"storeIds"_s, QJsonArray::fromStringList(user.storeIds) } };
}

User userFromJson(const QJsonObject &json)
{
    User user { json.value(u"id"_s).toString(),
                User::roleFromName(json.value(u"role"_s).toString()).value_or(Role::Clerk),
                {} };
    for (const QJsonValue &s : json.value(u"storeIds"_s).toArray())
        user.storeIds << s.toString();
    return user;
}

} // namespace inventory
