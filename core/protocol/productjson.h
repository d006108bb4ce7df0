#pragma once

#include "core/domain/product.h"

#include <QJsonObject>

namespace inventory {

class JsonWriter;

// A product as API.md prints it: id, sku, name, category, price (a decimal number), barcode.
QJsonObject toJson(const Product &product);
// The same object as toJson(), written straight out (catalogue pages of 1,000 products).
void writeJson(JsonWriter &out, const Product &product);
Product productFromJson(const QJsonObject &json);

} // namespace inventory
