#include "stockrow.h"

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

StockRow StockRow::fromJson(const QJsonObject &json, const QString &productId)
{
    StockRow row;
    row.productId
        = json.contains(u"productId"_s) ? json.value(u"productId"_s).toString() : productId;
    row.storeId = json.value(u"storeId"_s).toString();
    row.quantity = json.value(u"quantity"_s).toInteger();
    row.reserved = json.value(u"reserved"_s).toInteger();
    row.version = json.value(u"version"_s).toInteger();
    row.updatedAtMs = timestamp::parse(json.value(u"updatedAt"_s).toString()).value_or(0);
    return row;
}

} // namespace inventory
