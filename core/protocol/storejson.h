#pragma once

#include "core/domain/store.h"

#include <QJsonObject>

namespace inventory {

// {"id","name","city"}
QJsonObject toJson(const Store &store);
Store storeFromJson(const QJsonObject &json);

} // namespace inventory
