#pragma once

#include "core/domain/stock/stockrow.h"

#include <QJsonObject>

namespace inventory {

class JsonWriter;

// Whether a stock row's JSON names its product (lists across products) or not (a product's
// rows by store).
enum class ProductIdField { Omitted, Included };

// The row as API.md prints it: storeId, quantity, reserved, available, version, incoming,
// min, target, updatedAt.
QJsonObject toJson(const StockRow &row, ProductIdField productId = ProductIdField::Omitted);
// The same object as toJson, written straight into a response being built.
void writeJson(JsonWriter &out, const StockRow &row,
               ProductIdField productId = ProductIdField::Omitted);
// Its members only, into an object the caller has begun (to add more of its own).
void writeStockRowFields(JsonWriter &out, const StockRow &row,
                         ProductIdField productId = ProductIdField::Omitted);
// The row's counts, levels and time (quantity ... target, updatedAt), without its
// ids: an event's data, whose event names the store and product itself.
void writeStockRowCounts(JsonWriter &out, const StockRow &row);
// Opens an event's data with the row the change left (its storeId is the event's) and who
// made it (and at which enrolled till, when at one); the caller adds the rest and closes it.
void beginStockEventData(JsonWriter &out, const StockRow &row, const QString &actor,
                         const QString &device = {});
void writeStockCounts(JsonWriter &out, const StockCell &cell);
// productId and storeId stand in for the fields when the JSON has none (event data).
StockRow stockRowFromJson(const QJsonObject &json, const QString &productId = {},
                          const QString &storeId = {});

} // namespace inventory
