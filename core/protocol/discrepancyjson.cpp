#include "core/protocol/discrepancyjson.h"

#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory {

void writeJson(JsonWriter &out, const Discrepancy &d)
{
    out.beginObject();
    out.key("discrepancyId"_L1).value(d.id);
    out.key("productId"_L1).value(d.productId);
    out.key("storeId"_L1).value(d.storeId);
    out.key("shortBy"_L1).value(d.shortBy);
    out.key("unrecorded"_L1).value(d.unrecorded);
    out.key("ticketId"_L1);
    if (d.ticketId.isEmpty())
        out.null();
    else
        out.value(d.ticketId);
    out.key("reservationsAtRisk"_L1).beginArray();
    for (const QString &id : d.reservationsAtRisk)
        out.value(id);
    out.endArray();
    out.key("actor"_L1).value(d.actor);
    out.key("status"_L1).value(d.open ? "open"_L1 : "resolved"_L1);
    out.key("createdAt"_L1).timestamp(d.createdAtMs);
    out.key("eventSeq"_L1).value(d.eventSeq);
    if (!d.open) {
        out.key("resolution"_L1).value(d.resolution);
        out.key("note"_L1).value(d.note);
        out.key("resolvedBy"_L1).value(d.resolvedBy);
        out.key("resolvedAt"_L1).timestamp(d.resolvedAtMs);
    }
    out.endObject();
}

Discrepancy discrepancyFromJson(const QJsonObject &json)
{
    Discrepancy d;
    d.id = json.value(u"discrepancyId"_s).toString();
    d.productId = json.value(u"productId"_s).toString();
    d.storeId = json.value(u"storeId"_s).toString();
    d.shortBy = json.value(u"shortBy"_s).toInteger();
    d.unrecorded = json.value(u"unrecorded"_s).toInteger();
    d.ticketId = json.value(u"ticketId"_s).toString();
    for (const QJsonValue &id : json.value(u"reservationsAtRisk"_s).toArray())
        d.reservationsAtRisk << id.toString();
    d.actor = json.value(u"actor"_s).toString();
    d.open = json.value(u"status"_s).toString() != u"resolved"_s;
    d.createdAtMs = timestamp::parse(json.value(u"createdAt"_s).toString()).value_or(0);
    d.eventSeq = json.value(u"eventSeq"_s).toInteger();
    d.resolution = json.value(u"resolution"_s).toString();
    d.note = json.value(u"note"_s).toString();
    d.resolvedBy = json.value(u"resolvedBy"_s).toString();
    d.resolvedAtMs = timestamp::parse(json.value(u"resolvedAt"_s).toString()).value_or(0);
    return d;
}

} // namespace inventory
