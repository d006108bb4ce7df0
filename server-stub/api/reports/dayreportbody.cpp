#include "server-stub/api/reports/dayreportbody.h"

#include "core/protocol/csv/csvwriter.h"
#include "core/protocol/json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
void writeGroup(JsonWriter &out, const DayReport::Group &g, QLatin1StringView keyName,
                QLatin1StringView countName)
{
    out.beginObject();
    if (!keyName.isEmpty())
        out.key(keyName).value(g.key);
    out.key(countName).value(g.count);
    out.key("units"_L1).value(g.units);
    out.key("value"_L1).fixedPoint(g.valueCents, 2);
    out.endObject();
}

void writeGroups(JsonWriter &out, QLatin1StringView name, const QList<DayReport::Group> &groups,
                 QLatin1StringView keyName, QLatin1StringView countName)
{
    out.key(name).beginArray();
    for (const DayReport::Group &g : groups)
        writeGroup(out, g, keyName, countName);
    out.endArray();
}

QString money(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}
} // namespace

QByteArray DayReportBody::json(const DayReport::Day &day, const QString &date)
{
    JsonWriter out(2048);
    out.beginObject();
    out.key("storeId"_L1).value(day.storeId);
    out.key("date"_L1).value(date);
    out.key("from"_L1).timestamp(day.fromMs);
    out.key("to"_L1).timestamp(day.toMs);
    out.key("sales"_L1);
    writeGroup(out, day.sales, {}, "tickets"_L1);
    out.key("returns"_L1);
    writeGroup(out, day.returns, {}, "returns"_L1);
    writeGroups(out, "salesByCategory"_L1, day.salesByCategory, "category"_L1, "tickets"_L1);
    writeGroups(out, "salesBySeller"_L1, day.salesBySeller, "seller"_L1, "tickets"_L1);
    writeGroups(out, "returnsByCategory"_L1, day.returnsByCategory, "category"_L1, "returns"_L1);
    writeGroups(out, "returnsBySeller"_L1, day.returnsBySeller, "seller"_L1, "returns"_L1);
    out.key("adjustments"_L1).beginArray();
    for (const DayReport::Adjustment &a : day.adjustments) {
        out.beginObject();
        out.key("reason"_L1).value(a.reason);
        out.key("unitsIn"_L1).value(a.unitsIn);
        out.key("unitsOut"_L1).value(a.unitsOut);
        out.endObject();
    }
    out.endArray();
    out.key("transfersOut"_L1).beginObject();
    out.key("transfers"_L1).value(day.transfersOut.count);
    out.key("units"_L1).value(day.transfersOut.units);
    out.endObject();
    out.key("transfersIn"_L1).beginObject();
    out.key("units"_L1).value(day.transfersIn.units);
    out.endObject();
    out.key("openDiscrepancies"_L1).beginObject();
    out.key("count"_L1).value(day.openDiscrepancies.count);
    out.key("unitsShort"_L1).value(day.openDiscrepancies.units);
    out.endObject();
    out.key("offlineTickets"_L1).beginObject();
    out.key("tickets"_L1).value(day.offlineTickets.count);
    out.key("value"_L1).fixedPoint(day.offlineTickets.valueCents, 2);
    out.endObject();
    out.endObject();
    return out.take();
}

QByteArray DayReportBody::csv(const DayReport::Day &day, const QString &date)
{
    CsvWriter csv;
    csv.addRow({ u"store"_s, u"date"_s, u"section"_s, u"key"_s, u"count"_s, u"units"_s, u"value"_s,
                 u"units_in"_s, u"units_out"_s });
    const auto group = [&](const QString &section, const DayReport::Group &g) {
        csv.addRow({ day.storeId,
                     date,
                     section,
                     g.key,
                     QString::number(g.count),
                     QString::number(g.units),
                     money(g.valueCents),
                     {},
                     {} });
    };
    group(u"sales"_s, day.sales);
    group(u"returns"_s, day.returns);
    for (const auto &g : day.salesByCategory)
        group(u"sales_by_category"_s, g);
    for (const auto &g : day.salesBySeller)
        group(u"sales_by_seller"_s, g);
    for (const auto &g : day.returnsByCategory)
        group(u"returns_by_category"_s, g);
    for (const auto &g : day.returnsBySeller)
        group(u"returns_by_seller"_s, g);
    for (const DayReport::Adjustment &a : day.adjustments)
        csv.addRow({ day.storeId,
                     date,
                     u"adjustment"_s,
                     a.reason,
                     {},
                     {},
                     {},
                     QString::number(a.unitsIn),
                     QString::number(a.unitsOut) });
    group(u"transfers_out"_s, day.transfersOut);
    group(u"transfers_in"_s, day.transfersIn);
    group(u"open_discrepancies"_s, day.openDiscrepancies);
    group(u"offline_tickets"_s, day.offlineTickets);
    return csv.bytes();
}

} // namespace inventory::server
