#pragma once

#include "core/domain/discrepancy.h"

#include <QJsonObject>

namespace inventory {

class JsonWriter;

// A discrepancy as API.md "Stock discrepancies" shows it.
void writeJson(JsonWriter &out, const Discrepancy &discrepancy);
Discrepancy discrepancyFromJson(const QJsonObject &json);

} // namespace inventory
