#include "core/protocol/stockrowjson.h"

#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject toJson(const StockRow &row, ProductIdField productId)
{
    QJsonObject json { { u"storeId"_s, row.storeId },
                       { u"quantity"_s, row.quantity },
                       { u"reserved"_s, row.reserved },
                       { u"available"_s, row.available() },
                       { u"version"_s, row.version },
                       { u"incoming"_s, row.incoming },
                       { u"min"_s, row.minLevel },
                       { u"target"_s, row.targetLevel },
                       { u"updatedAt"_s,
                         row.updatedAtMs > 0 ? QJsonValue(timestamp::format(row.updatedAtMs))
                                             : QJsonValue() } };
    if (productId == ProductIdField::Included)
        json.insert(u"productId"_s, row.productId);
    return json;
}

void writeJson(JsonWriter &out, const StockRow &row, ProductIdField productId)
{
    out.beginObject();
    writeStockRowFields(out, row, productId);
    out.endObject();
}

void writeStockRowFields(JsonWriter &out, const StockRow &row, ProductIdField productId)
{
    out.key("storeId"_L1).value(row.storeId);
    writeStockRowCounts(out, row);
    if (productId == ProductIdField::Included)
        out.key("productId"_L1).value(row.productId);
}

void writeStockRowCounts(JsonWriter &out, const StockRow &row)
{
    writeStockCounts(out, row.cell());
}

void beginStockEventData(JsonWriter &out, const StockRow &row, const QString &actor,
                         const QString &device)
{
    out.beginObject();
    writeStockRowCounts(out, row);
    out.key("actor"_L1).value(actor);
    if (!device.isEmpty())
        out.key("device"_L1).value(device);
}

void writeStockCounts(JsonWriter &out, const StockCell &cell)
{
    out.key("quantity"_L1).value(cell.quantity);
    out.key("reserved"_L1).value(cell.reserved);
    out.key("available"_L1).value(cell.available());
    out.key("version"_L1).value(cell.version);
    out.key("incoming"_L1).value(cell.incoming);
    out.key("min"_L1).value(cell.minLevel);
    out.key("target"_L1).value(cell.targetLevel);
    if (cell.updatedAtMs > 0)
        out.key("updatedAt"_L1).timestamp(cell.updatedAtMs);
    else
        out.key("updatedAt"_L1).null();
}

StockRow stockRowFromJson(const QJsonObject &json, const QString &productId, const QString &storeId)
{
    StockRow row;
    row.productId
        = json.contains(u"productId"_s) ? json.value(u"productId"_s).toString() : productId;
    row.storeId = json.contains(u"storeId"_s) ? json.value(u"storeId"_s).toString() : storeId;
    row.quantity = json.value(u"quantity"_s).toInteger();
    row.reserved = json.value(u"reserved"_s).toInteger();
    row.version = json.value(u"version"_s).toInteger();
    row.incoming = json.value(u"incoming"_s).toInteger();
    row.minLevel = json.value(u"min"_s).toInteger();
    row.targetLevel = json.value(u"target"_s).toInteger();
    row.updatedAtMs = timestamp::parse(json.value(u"updatedAt"_s).toString()).value_or(0);
    return row;
}

} // namespace inventory
