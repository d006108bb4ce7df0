#include "stockrow.h"

#include "jsonwriter.h"
#include "timestamp.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject StockRow::toJson(bool withProductId) const
{
    QJsonObject json { { u"storeId"_s, storeId },
                       { u"quantity"_s, quantity },
                       { u"reserved"_s, reserved },
                       { u"available"_s, available() },
                       { u"version"_s, version },
                       { u"updatedAt"_s,
                         updatedAtMs > 0 ? QJsonValue(timestamp::format(updatedAtMs))
                                         : QJsonValue() } };
    if (withProductId)
        json.insert(u"productId"_s, productId);
    return json;
}

void StockRow::writeJson(JsonWriter &out, bool withProductId) const
{
    out.beginObject();
    writeFields(out, withProductId);
    out.endObject();
}

void StockRow::writeFields(JsonWriter &out, bool withProductId) const
{
    out.key("storeId"_L1).value(storeId);
    out.key("quantity"_L1).value(quantity);
    out.key("reserved"_L1).value(reserved);
    out.key("available"_L1).value(available());
    out.key("version"_L1).value(version);
    if (updatedAtMs > 0)
        out.key("updatedAt"_L1).timestamp(updatedAtMs);
    else
        out.key("updatedAt"_L1).null();
    if (withProductId)
        out.key("productId"_L1).value(productId);
}

StockRow StockRow::fromJson(const QJsonObject &json, const QString &productId,
                            const QString &storeId)
{
    StockRow row;
    row.productId
        = json.contains(u"productId"_s) ? json.value(u"productId"_s).toString() : productId;
    row.storeId = json.contains(u"storeId"_s) ? json.value(u"storeId"_s).toString() : storeId;
    row.quantity = json.value(u"quantity"_s).toInteger();
    row.reserved = json.value(u"reserved"_s).toInteger();
    row.version = json.value(u"version"_s).toInteger();
    row.updatedAtMs = timestamp::parse(json.value(u"updatedAt"_s).toString()).value_or(0);
    return row;
}

} // namespace inventory
