#include "server-stub/api/counts/countcontroller.h"

#include "core/engine/counts/countstore.h"
#include "core/engine/readmodel.h"
#include "core/protocol/counts/countjson.h"
#include "core/protocol/counts/countparser.h"
#include "core/protocol/json/jsonfields.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/requesthelpers.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// No body stands for {}.
Result<JsonMembers> optionalBody(const ApiRequest &request)
{
    return request.body.trimmed().isEmpty() ? Result<JsonMembers>(JsonMembers())
                                            : requests::body(request);
}
} // namespace

CountController::CountController(DbConnection &readConnection, const ReadModel &model,
                                 GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_model(model)
    , m_writer(writer)
{
}

void CountController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/counts"_s,
               [this](const ApiRequest &r, Reply reply) { open(r, reply); });
    router.add("GET", u"/api/v1/counts"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("GET", u"/api/v1/counts/{countId}"_s,
               [this](const ApiRequest &r, Reply reply) { get(r, reply); });
    router.add("POST", u"/api/v1/counts/{countId}/entries"_s,
               [this](const ApiRequest &r, Reply reply) { entry(r, reply); });
    router.add("POST", u"/api/v1/counts/{countId}/review"_s,
               [this](const ApiRequest &r, Reply reply) { review(r, reply); });
    router.add(
        "POST", u"/api/v1/counts/{countId}/apply"_s,
        [this](const ApiRequest &r, Reply reply) { step(r, reply, int(CommandKind::ApplyCount)); });
    router.add("POST", u"/api/v1/counts/{countId}/cancel"_s,
               [this](const ApiRequest &r, Reply reply) {
                   step(r, reply, int(CommandKind::CancelCount));
               });
}

void CountController::open(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto parsed = CountParser::open(std::move(body).value());
    if (!parsed)
        return reply(ApiResponse::error(parsed.error()));
    Command command = parsed.value();
    if (!m_model.hasStore(command.storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, command.storeId)));
    if (auto forbidden = requests::checkStoreManage(*request.user, command.storeId))
        return reply(ApiResponse::error(*forbidden));
    // A SKU or a barcode names its product, as everywhere else.
    for (QString &id : command.productIds) {
        const auto product = m_model.product(id);
        if (!product)
            return reply(ApiResponse::error(Error::notFound(u"product"_s, id)));
        id = product->id;
    }
    requests::submit(m_writer, command, request, reply);
}

void CountController::list(const ApiRequest &request, const Reply &reply)
{
    auto paging = requests::paging(request, 200);
    if (!paging)
        return reply(ApiResponse::error(paging.error()));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    std::optional<CountStatus> status;
    if (request.hasQuery(u"status"_s)) {
        status = CountSession::statusFrom(request.queryValue(u"status"_s));
        if (!status)
            return reply(ApiResponse::error(
                Error::validation(u"status"_s, u"must be OPEN, APPLIED or CANCELLED"_s)));
    }
    auto page = CountStore(m_db).list(store.value(), status, paging->page, paging->limit,
                                      m_model.lastSeq());
    if (!page)
        return reply(ApiResponse::error(page.error()));
    JsonWriter out(512 + 384 * page->counts.size());
    out.beginObject();
    out.key("counts"_L1).beginArray();
    for (const CountSession &count : page->counts)
        writeCount(out, count, SnapshotField::Hidden);
    out.endArray();
    out.key("page"_L1).value(qint64(paging->page));
    out.key("limit"_L1).value(qint64(paging->limit));
    out.key("total"_L1).value(page->total);
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

void CountController::get(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"countId"_s);
    auto count = CountStore(m_db).load(id);
    if (!count)
        return reply(ApiResponse::error(count.error()));
    if (!count.value())
        return reply(ApiResponse::error(Error::notFound(u"count"_s, id)));
    const bool manager = !requests::checkStoreManage(*request.user, count.value()->storeId);
    const bool blind = count.value()->visibility == CountVisibility::Blind;
    JsonWriter out(512 + 96 * count.value()->lines.size());
    writeCount(out, *count.value(),
               blind && !manager ? SnapshotField::Hidden : SnapshotField::Shown);
    reply(ApiResponse::json(200, out.take()));
}

void CountController::entry(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"countId"_s);
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto parsed = CountParser::entry(id, std::move(body).value());
    if (!parsed)
        return reply(ApiResponse::error(parsed.error()));
    Command command = parsed.value();
    const auto product = m_model.product(command.productId);
    if (!product)
        return reply(ApiResponse::error(Error::notFound(u"product"_s, command.productId)));
    command.productId = product->id;
    auto count = CountStore(m_db).load(id, CountStore::Lines::Left);
    if (!count)
        return reply(ApiResponse::error(count.error()));
    if (!count.value())
        return reply(ApiResponse::error(Error::notFound(u"count"_s, id)));
    if (auto forbidden = requests::checkStoreWrite(*request.user, count.value()->storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, command, request, reply);
}

void CountController::review(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"countId"_s);
    auto body = optionalBody(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    const JsonFields fields(std::move(body).value(), { u"minUnits"_s, u"percent"_s });
    if (auto unknown = fields.unknownField())
        return reply(ApiResponse::error(*unknown));
    const auto units = fields.integer(u"minUnits"_s);
    const auto percent = fields.integer(u"percent"_s);
    if (!units)
        return reply(ApiResponse::error(units.error()));
    if (!percent)
        return reply(ApiResponse::error(percent.error()));
    const qint64 minUnits = units.value().value_or(DefaultRecountUnits);
    const qint64 minPercent = percent.value().value_or(DefaultRecountPercent);
    if (minUnits < 1 || minUnits > 1'000'000)
        return reply(ApiResponse::error(
            Error::validation(u"minUnits"_s, u"must be between 1 and 1000000"_s)));
    if (minPercent < 0 || minPercent > 1000)
        return reply(
            ApiResponse::error(Error::validation(u"percent"_s, u"must be between 0 and 1000"_s)));
    CountStore store(m_db);
    auto count = store.load(id, CountStore::Lines::Left);
    if (!count)
        return reply(ApiResponse::error(count.error()));
    if (!count.value())
        return reply(ApiResponse::error(Error::notFound(u"count"_s, id)));
    if (auto forbidden = requests::checkStoreManage(*request.user, count.value()->storeId))
        return reply(ApiResponse::error(*forbidden));
    auto lines = store.review(*count.value());
    if (!lines)
        return reply(ApiResponse::error(lines.error()));
    CountSession::markRecounts(lines.value(), minUnits, minPercent);
    JsonWriter out(512 + 128 * lines->size());
    writeReview(out, *count.value(), lines.value());
    reply(ApiResponse::json(200, out.take()));
}

void CountController::step(const ApiRequest &request, const Reply &reply, int kind)
{
    const QString id = request.param(u"countId"_s);
    auto body = optionalBody(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = CountParser::step(CommandKind(kind), id, std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    auto count = CountStore(m_db).load(id, CountStore::Lines::Left);
    if (!count)
        return reply(ApiResponse::error(count.error()));
    if (!count.value())
        return reply(ApiResponse::error(Error::notFound(u"count"_s, id)));
    if (auto forbidden = requests::checkStoreManage(*request.user, count.value()->storeId))
        return reply(ApiResponse::error(*forbidden));
    requests::submit(m_writer, command.value(), request, reply);
}

} // namespace inventory::server
