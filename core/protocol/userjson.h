#pragma once

#include "core/domain/user.h"

#include <QJsonObject>

namespace inventory {

// {"id","role","storeIds"}: the user of a login reply and of a cached session.
QJsonObject toJson(const User &user);
// An unknown role reads as a clerk: the role with the fewest rights.
User userFromJson(const QJsonObject &json);

} // namespace inventory
