#include "server-stub/api/reports/reportcontroller.h"

#include "core/domain/timestamp.h"
#include "core/engine/readmodel.h"
#include "core/engine/reports/productsales.h"
#include "core/engine/reports/salesseries.h"
#include "core/engine/reports/shrinkreport.h"
#include "core/engine/tickets/ticketstore.h"
#include "core/protocol/csv/csvwriter.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/reports/dayreportbody.h"
#include "server-stub/api/requesthelpers.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// ?utcOffset=+HH:MM|-HH:MM: the store's offset from UTC in seconds; nullopt when not given (the
// server's own time zone then).
Result<std::optional<int>> offsetSeconds(const ApiRequest &request)
{
    if (!request.hasQuery(u"utcOffset"_s))
        return std::optional<int>();
    static const QRegularExpression pattern(u"^([+-])(\\d{2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(request.queryValue(u"utcOffset"_s));
    const int minutes = m.hasMatch() ? m.captured(2).toInt() * 60 + m.captured(3).toInt() : -1;
    if (minutes < 0 || minutes > 14 * 60)
        return Error::validation(u"utcOffset"_s, u"must be +HH:MM or -HH:MM"_s);
    return std::optional<int>((m.captured(1) == u"-"_s ? -minutes : minutes) * 60);
}
} // namespace

ReportController::ReportController(DbConnection &readConnection, const ReadModel &model)
    : m_db(readConnection)
    , m_model(model)
{
}

void ReportController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/reports/shrink"_s,
               [this](const ApiRequest &r, Reply reply) { shrink(r, reply); });
    router.add("GET", u"/api/v1/reports/day"_s,
               [this](const ApiRequest &r, Reply reply) { day(r, reply); });
    router.add("GET", u"/api/v1/reports/sales"_s,
               [this](const ApiRequest &r, Reply reply) { sales(r, reply); });
    router.add("GET", u"/api/v1/reports/stock-value"_s,
               [this](const ApiRequest &r, Reply reply) { stockValue(r, reply); });
    router.add("GET", u"/api/v1/reports/products"_s,
               [this](const ApiRequest &r, Reply reply) { products(r, reply); });
}

void ReportController::shrink(const ApiRequest &request, const Reply &reply)
{
    if (request.user->role == Role::Clerk)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"the shrink report is for managers and admins"_s)));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    const QString &storeId = store.value();
    auto range = requests::timeRange(request);
    if (!range)
        return reply(ApiResponse::error(range.error()));
    auto rows = ShrinkReport(m_db).rows(storeId, range->fromMs, range->toMs, m_model.lastSeq());
    if (!rows)
        return reply(ApiResponse::error(rows.error()));
    JsonWriter out(256 + 96 * rows->size());
    out.beginObject();
    out.key("rows"_L1).beginArray();
    for (const ShrinkReport::Row &row : rows.value()) {
        out.beginObject();
        out.key("storeId"_L1).value(row.storeId);
        out.key("month"_L1).value(row.month);
        out.key("reason"_L1).value(row.reason);
        out.key("units"_L1).value(row.units);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

void ReportController::day(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.queryValue(u"storeId"_s);
    if (storeId.isEmpty())
        return reply(ApiResponse::error(Error::validation(u"storeId"_s, u"is required"_s)));
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    if (auto forbidden = requests::checkStoreManage(*request.user, storeId))
        return reply(ApiResponse::error(*forbidden));
    // The day as the store lives it: from its midnight, at the offset the till gives (the
    // server's own time zone when it gives none).
    const QString dateText = request.hasQuery(u"date"_s)
        ? request.queryValue(u"date"_s)
        : QDate::currentDate().toString(Qt::ISODate);
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        return reply(ApiResponse::error(Error::validation(u"date"_s, u"must be YYYY-MM-DD"_s)));
    auto offset = offsetSeconds(request);
    if (!offset)
        return reply(ApiResponse::error(offset.error()));
    const QDateTime start = offset.value()
        ? QDateTime(date, QTime(0, 0), QTimeZone(*offset.value()))
        : QDateTime(date, QTime(0, 0));
    const qint64 fromMs = start.toMSecsSinceEpoch();
    const qint64 toMs = start.addDays(1).toMSecsSinceEpoch();
    auto day = DayReport(m_db).day(storeId, fromMs, toMs);
    if (!day)
        return reply(ApiResponse::error(day.error()));
    if (request.header("accept").contains("text/csv")) {
        ApiResponse response = ApiResponse::json(200, DayReportBody::csv(day.value(), dateText));
        response.contentType = "text/csv; charset=utf-8";
        return reply(response);
    }
    reply(ApiResponse::json(200, DayReportBody::json(day.value(), dateText)));
}

void ReportController::sales(const ApiRequest &request, const Reply &reply)
{
    const QString bucketName
        = request.hasQuery(u"bucket"_s) ? request.queryValue(u"bucket"_s) : u"day"_s;
    if (bucketName != u"day"_s && bucketName != u"hour"_s)
        return reply(ApiResponse::error(Error::validation(u"bucket"_s, u"must be day or hour"_s)));
    const auto bucket
        = bucketName == u"day"_s ? SalesSeries::Bucket::Day : SalesSeries::Bucket::Hour;
    const qint64 size = bucket == SalesSeries::Bucket::Day ? 86'400'000 : 3'600'000;
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    QStringList stores;
    if (!store.value().isEmpty()) {
        stores << store.value();
    } else {
        for (const Store &s : m_model.stores()) {
            if (!requests::checkStoreManage(*request.user, s.id))
                stores << s.id;
        }
        stores.sort();
    }
    for (const QString &id : std::as_const(stores)) {
        if (auto forbidden = requests::checkStoreManage(*request.user, id))
            return reply(ApiResponse::error(*forbidden));
    }
    if (stores.isEmpty())
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"sales series are for managers and admins"_s)));
    auto range = requests::timeRange(request);
    if (!range)
        return reply(ApiResponse::error(range.error()));
    auto offset = offsetSeconds(request);
    if (!offset)
        return reply(ApiResponse::error(offset.error()));
    const qint64 offsetMs
        = qint64(offset.value().value_or(QDateTime::currentDateTime().offsetFromUtc())) * 1000;
    const qint64 toMs
        = request.hasQuery(u"to"_s) ? range->toMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = request.hasQuery(u"from"_s)
        ? range->fromMs
        : toMs - (bucket == SalesSeries::Bucket::Day ? 14 : 24) * size;
    if (toMs <= fromMs || (toMs - fromMs) / size > SalesSeries::MaxBuckets)
        return reply(ApiResponse::error(Error::validation(
            u"from"_s, u"from must be before to, and at most 744 buckets apart"_s)));
    const bool csv = request.header("accept").contains("text/csv");
    CsvWriter table;
    table.addRow({ u"store"_s, u"at"_s, u"tickets"_s, u"units"_s, u"value"_s });
    JsonWriter out(1024);
    out.beginObject();
    out.key("bucket"_L1).value(bucketName);
    out.key("from"_L1).timestamp(fromMs);
    out.key("to"_L1).timestamp(toMs);
    out.key("series"_L1).beginArray();
    for (const QString &id : std::as_const(stores)) {
        auto points = SalesSeries(m_db).points(id, fromMs, toMs, bucket, offsetMs);
        if (!points)
            return reply(ApiResponse::error(points.error()));
        out.beginObject();
        out.key("storeId"_L1).value(id);
        out.key("points"_L1).beginArray();
        for (const SalesSeries::Point &p : points.value()) {
            out.beginObject();
            out.key("at"_L1).timestamp(p.startMs);
            out.key("tickets"_L1).value(p.tickets);
            out.key("units"_L1).value(p.units);
            out.key("value"_L1).fixedPoint(p.valueCents, 2);
            out.endObject();
            table.addRow({ id, timestamp::format(p.startMs), QString::number(p.tickets),
                           QString::number(p.units),
                           QString::number(double(p.valueCents) / 100.0, 'f', 2) });
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.endObject();
    if (csv) {
        ApiResponse response = ApiResponse::json(200, table.bytes());
        response.contentType = "text/csv; charset=utf-8";
        return reply(response);
    }
    reply(ApiResponse::json(200, out.take()));
}

void ReportController::stockValue(const ApiRequest &request, const Reply &reply)
{
    if (request.user->role == Role::Clerk)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"stock value is for managers and admins"_s)));
    QList<Store> stores = m_model.stores();
    std::sort(stores.begin(), stores.end(),
              [](const Store &a, const Store &b) { return a.id < b.id; });
    QHash<QString, qint64> price;
    for (const Product &p : m_model.products())
        price.insert(p.id, p.priceCents);
    JsonWriter out(256 + 96 * stores.size());
    out.beginObject();
    out.key("stores"_L1).beginArray();
    for (const Store &store : std::as_const(stores)) {
        qint64 units = 0;
        qint64 cents = 0;
        for (const StockRow &row : m_model.storeRows(store.id)) {
            units += row.quantity;
            cents += row.quantity * price.value(row.productId);
        }
        out.beginObject();
        out.key("storeId"_L1).value(store.id);
        out.key("name"_L1).value(store.name);
        out.key("units"_L1).value(units);
        out.key("value"_L1).fixedPoint(cents, 2);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

void ReportController::products(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.queryValue(u"storeId"_s);
    if (storeId.isEmpty())
        return reply(ApiResponse::error(Error::validation(u"storeId"_s, u"is required"_s)));
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    if (auto forbidden = requests::checkStoreManage(*request.user, storeId))
        return reply(ApiResponse::error(*forbidden));
    bool ok = true;
    const int days = request.hasQuery(u"days"_s) ? request.queryValue(u"days"_s).toInt(&ok) : 30;
    const int limit = request.hasQuery(u"limit"_s) ? request.queryValue(u"limit"_s).toInt(&ok) : 10;
    if (!ok || days < 1 || days > 366 || limit < 1 || limit > 200)
        return reply(ApiResponse::error(
            Error::validation(u"days"_s, u"days must be 1..366 and limit 1..200"_s)));
    // "The last N days": today (UTC) and the N − 1 before it, whole days of the rollup.
    const qint64 today
        = QDateTime::currentMSecsSinceEpoch() / TicketStore::DayMs * TicketStore::DayMs;
    auto sold = ProductSales(m_db).lines(storeId, today - qint64(days - 1) * TicketStore::DayMs);
    if (!sold)
        return reply(ApiResponse::error(sold.error()));
    QSet<QString> seller;
    for (const ProductSales::Line &l : sold.value())
        seller.insert(l.productId);
    JsonWriter out(1024);
    out.beginObject();
    out.key("storeId"_L1).value(storeId);
    out.key("days"_L1).value(qint64(days));
    out.key("top"_L1).beginArray();
    for (const ProductSales::Line &l : sold.value().mid(0, limit)) {
        out.beginObject();
        out.key("productId"_L1).value(l.productId);
        out.key("units"_L1).value(l.units);
        out.key("value"_L1).fixedPoint(l.valueCents, 2);
        out.endObject();
    }
    out.endArray();
    // In stock here and not sold in those days: what a manager might move or mark down.
    QList<StockRow> unsold;
    for (const StockRow &row : m_model.storeRows(storeId)) {
        if (row.quantity > 0 && !seller.contains(row.productId))
            unsold << row;
    }
    std::sort(unsold.begin(), unsold.end(), [](const StockRow &a, const StockRow &b) {
        return a.quantity != b.quantity ? a.quantity > b.quantity : a.productId < b.productId;
    });
    out.key("unsold"_L1).beginArray();
    for (const StockRow &row : unsold.mid(0, limit)) {
        out.beginObject();
        out.key("productId"_L1).value(row.productId);
        out.key("quantity"_L1).value(row.quantity);
        out.endObject();
    }
    out.endArray();
    out.key("unsoldTotal"_L1).value(qint64(unsold.size()));
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

} // namespace inventory::server
