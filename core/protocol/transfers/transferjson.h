#pragma once

#include "core/domain/transfers/transfer.h"
#include "core/protocol/json/jsonwriter.h"

#include <QJsonObject>

namespace inventory {

// A transfer as the API answers it: {"transferId","fromStoreId","toStoreId","status","note",
// "requestedBy","requestedAt","shippedBy","shippedAt","updatedAt","lines":[{"productId",
// "requested","shipped","received","damaged","lost","outstanding"}],"eventSeq"}.
void writeTransfer(JsonWriter &out, const Transfer &transfer);
// The same object read back (clients).
Transfer transferFromJson(const QJsonObject &json);

} // namespace inventory
