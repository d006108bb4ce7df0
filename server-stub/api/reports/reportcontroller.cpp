#include "server-stub/api/reports/reportcontroller.h"

#include "core/engine/readmodel.h"
#include "core/engine/reports/shrinkreport.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/reports/dayreportbody.h"
#include "server-stub/api/requesthelpers.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace inventory::server {

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
    QDateTime start(date, QTime(0, 0));
    if (request.hasQuery(u"utcOffset"_s)) {
        static const QRegularExpression offsetPattern(u"^([+-])(\\d{2}):(\\d{2})$"_s);
        const QRegularExpressionMatch m = offsetPattern.match(request.queryValue(u"utcOffset"_s));
        const int minutes = m.hasMatch() ? m.captured(2).toInt() * 60 + m.captured(3).toInt() : -1;
        if (minutes < 0 || minutes > 14 * 60)
            return reply(ApiResponse::error(
                Error::validation(u"utcOffset"_s, u"must be +HH:MM or -HH:MM"_s)));
        start = QDateTime(date, QTime(0, 0),
                          QTimeZone((m.captured(1) == u"-"_s ? -minutes : minutes) * 60));
    }
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

} // namespace inventory::server
