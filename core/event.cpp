#include "event.h"

#include "jsonwriter.h"
#include "timestamp.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject Event::dataObject() const
{
    return encodedData.isEmpty() ? data : QJsonDocument::fromJson(encodedData).object();
}

bool operator==(const Event &a, const Event &b)
{
    return a.seq == b.seq && a.type == b.type && a.atMs == b.atMs && a.storeId == b.storeId
        && a.productId == b.productId && a.dataObject() == b.dataObject();
}

QJsonObject Event::toJson() const
{
    return { { u"seq"_s, seq },
             { u"type"_s, type },
             { u"at"_s, timestamp::format(atMs) },
             { u"storeId"_s, storeId.isEmpty() ? QJsonValue() : QJsonValue(storeId) },
             { u"productId"_s, productId.isEmpty() ? QJsonValue() : QJsonValue(productId) },
             { u"data"_s, dataObject() } };
}

QByteArray Event::toJsonText() const
{
    JsonWriter out(256 + encodedData.size());
    out.beginObject();
    out.key("seq"_L1).value(seq);
    out.key("type"_L1).value(type);
    out.key("at"_L1).timestamp(atMs);
    if (storeId.isEmpty())
        out.key("storeId"_L1).null();
    else
        out.key("storeId"_L1).value(storeId);
    if (productId.isEmpty())
        out.key("productId"_L1).null();
    else
        out.key("productId"_L1).value(productId);
    out.key("data"_L1).raw(
        encodedData.isEmpty() ? QJsonDocument(data).toJson(QJsonDocument::Compact) : encodedData);
    out.endObject();
    return out.bytes();
}

Event Event::fromJson(const QJsonObject &json)
{
    return { json.value(u"seq"_s).toInteger(),
             json.value(u"type"_s).toString(),
             timestamp::parse(json.value(u"at"_s).toString()).value_or(0),
             json.value(u"storeId"_s).toString(),
             json.value(u"productId"_s).toString(),
             json.value(u"data"_s).toObject() };
}

} // namespace inventory
