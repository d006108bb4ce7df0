#include "core/protocol/productjson.h"

#include "core/protocol/json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject toJson(const Product &product)
{
    QJsonObject json { { u"id"_s, product.id },
                       { u"sku"_s, product.sku },
                       { u"name"_s, product.name },
                       { u"category"_s, product.category },
                       { u"price"_s, double(product.priceCents) / 100.0 } };
    json.insert(u"barcode"_s,
                product.barcode.isEmpty() ? QJsonValue() : QJsonValue(product.barcode));
    return json;
}

void writeJson(JsonWriter &out, const Product &product)
{
    out.beginObject();
    out.key("id"_L1).value(product.id);
    out.key("sku"_L1).value(product.sku);
    out.key("name"_L1).value(product.name);
    out.key("category"_L1).value(product.category);
    out.key("price"_L1).value(double(product.priceCents) / 100.0);
    out.key("barcode"_L1);
    if (product.barcode.isEmpty())
        out.null();
    else
        out.value(product.barcode);
    out.endObject();
}

Product productFromJson(const QJsonObject &json)
{
    return { json.value(u"id"_s).toString(),
             json.value(u"sku"_s).toString(),
             json.value(u"barcode"_s).toString(),
             json.value(u"name"_s).toString(),
             json.value(u"category"_s).toString(),
             Product::centsFromPrice(json.value(u"price"_s).toDouble()) };
}

} // namespace inventory
