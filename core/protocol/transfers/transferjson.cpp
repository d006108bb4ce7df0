#include "core/protocol/transfers/transferjson.h"

#include "core/domain/timestamp.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
void writeTime(JsonWriter &out, QLatin1StringView key, qint64 ms)
{
    out.key(key);
    if (ms > 0)
        out.timestamp(ms);
    else
        out.null();
}
} // namespace

void writeTransfer(JsonWriter &out, const Transfer &transfer)
{
    out.beginObject();
    out.key("transferId"_L1).value(transfer.id);
    out.key("fromStoreId"_L1).value(transfer.fromStoreId);
    out.key("toStoreId"_L1).value(transfer.toStoreId);
    out.key("status"_L1).value(Transfer::statusName(transfer.status));
    out.key("note"_L1).value(transfer.note);
    out.key("requestedBy"_L1).value(transfer.requestedBy);
    writeTime(out, "requestedAt"_L1, transfer.requestedAtMs);
    out.key("shippedBy"_L1).value(transfer.shippedBy);
    writeTime(out, "shippedAt"_L1, transfer.shippedAtMs);
    writeTime(out, "updatedAt"_L1, transfer.updatedAtMs);
    out.key("lines"_L1).beginArray();
    for (const TransferLine &line : transfer.lines) {
        out.beginObject();
        out.key("productId"_L1).value(line.productId);
        out.key("requested"_L1).value(line.requested);
        out.key("shipped"_L1).value(line.shipped);
        out.key("received"_L1).value(line.received);
        out.key("damaged"_L1).value(line.damaged);
        out.key("lost"_L1).value(line.lost);
        out.key("outstanding"_L1).value(line.outstanding());
        out.endObject();
    }
    out.endArray();
    out.key("eventSeq"_L1).value(transfer.eventSeq);
    out.endObject();
}

Transfer transferFromJson(const QJsonObject &json)
{
    Transfer t;
    t.id = json.value(u"transferId"_s).toString();
    t.fromStoreId = json.value(u"fromStoreId"_s).toString();
    t.toStoreId = json.value(u"toStoreId"_s).toString();
    t.status = Transfer::statusFrom(json.value(u"status"_s).toString())
                   .value_or(TransferStatus::Requested);
    t.note = json.value(u"note"_s).toString();
    t.requestedBy = json.value(u"requestedBy"_s).toString();
    t.shippedBy = json.value(u"shippedBy"_s).toString();
    t.requestedAtMs = timestamp::parse(json.value(u"requestedAt"_s).toString()).value_or(0);
    t.shippedAtMs = timestamp::parse(json.value(u"shippedAt"_s).toString()).value_or(0);
    t.updatedAtMs = timestamp::parse(json.value(u"updatedAt"_s).toString()).value_or(0);
    const QJsonArray lines = json.value(u"lines"_s).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject l = value.toObject();
        t.lines.append({ l.value(u"productId"_s).toString(), l.value(u"requested"_s).toInteger(),
                         l.value(u"shipped"_s).toInteger(), l.value(u"received"_s).toInteger(),
                         l.value(u"damaged"_s).toInteger(), l.value(u"lost"_s).toInteger() });
    }
    t.eventSeq = json.value(u"eventSeq"_s).toInteger();
    return t;
}

} // namespace inventory
