#include "product.h"

#include "jsonwriter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject Product::toJson() const
{
    QJsonObject json { { u"id"_s, id },
                       { u"sku"_s, sku },
                       { u"name"_s, name },
                       { u"category"_s, category },
                       { u"price"_s, double(priceCents) / 100.0 } };
    json.insert(u"barcode"_s, barcode.isEmpty() ? QJsonValue() : QJsonValue(barcode));
    return json;
}

void Product::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.key("id"_L1).value(id);
    out.key("sku"_L1).value(sku);
    out.key("name"_L1).value(name);
    out.key("category"_L1).value(category);
    out.key("price"_L1).value(double(priceCents) / 100.0);
    out.key("barcode"_L1);
    if (barcode.isEmpty())
        out.null();
    else
        out.value(barcode);
    out.endObject();
}

Product Product::fromJson(const QJsonObject &json)
{
    return {
        json.value(u"id"_s).toString(),       json.value(u"sku"_s).toString(),
        json.value(u"barcode"_s).toString(),  json.value(u"name"_s).toString(),
        json.value(u"category"_s).toString(), centsFromPrice(json.value(u"price"_s).toDouble())
    };
}

qint64 Product::centsFromPrice(double price)
{
    return qint64(std::llround(price * 100.0));
}

} // namespace inventory
