#pragma once

#include "core/domain/error.h"

#include <QJsonObject>
#include <optional>

namespace inventory {

// {"error":{"code","message","details"}}
QJsonObject toJson(const Error &error);
// nullopt when the body carries no error of a known code.
std::optional<Error> errorFromJson(const QJsonObject &body);

} // namespace inventory
