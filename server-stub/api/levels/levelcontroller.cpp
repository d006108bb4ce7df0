#include "server-stub/api/levels/levelcontroller.h"

#include "core/engine/levels/replenishmentplanner.h"
#include "core/engine/readmodel.h"
#include "core/engine/transfers/transferstore.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/levels/levelcsv.h"
#include "server-stub/api/requesthelpers.h"
#include "server-stub/write/groupcommitwriter.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
bool wantsCsv(const ApiRequest &request)
{
    return request.header("accept").contains("text/csv");
}
} // namespace

LevelController::LevelController(DbConnection &readConnection, const ReadModel &model,
                                 GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_model(model)
    , m_writer(writer)
{
}

void LevelController::registerRoutes(Router &router)
{
    router.add("PUT", u"/api/v1/stores/{storeId}/levels/{productId}"_s,
               [this](const ApiRequest &r, Reply reply) { set(r, reply); });
    router.add("GET", u"/api/v1/stores/{storeId}/levels"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add(
        "POST", u"/api/v1/stores/{storeId}/levels"_s,
        [this](const ApiRequest &r, Reply reply) { import(r, reply); },
        Router::Access::Authenticated, MaxImportBytes);
    router.add("GET", u"/api/v1/stores/{storeId}/replenishment"_s,
               [this](const ApiRequest &r, Reply reply) { replenishment(r, reply); });
}

void LevelController::set(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.param(u"storeId"_s);
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    const auto product = m_model.product(request.param(u"productId"_s));
    if (!product)
        return reply(
            ApiResponse::error(Error::notFound(u"product"_s, request.param(u"productId"_s))));
    if (auto forbidden = requests::checkStoreManage(*request.user, storeId))
        return reply(ApiResponse::error(*forbidden));
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    auto command = CommandParser::setLevels(storeId, product->id, std::move(body).value());
    if (!command)
        return reply(ApiResponse::error(command.error()));
    requests::submit(m_writer, command.value(), request, reply);
}

void LevelController::list(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.param(u"storeId"_s);
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    if (wantsCsv(request)) {
        // Every product, so that a manager fills in levels for a whole category at once.
        QList<LevelCsv::Line> lines;
        for (const Product &p : m_model.products()) {
            const QList<StockRow> rows = m_model.availability(p.id, storeId);
            const StockRow row = rows.value(0);
            lines.append({ storeId, p.id, p.sku, p.name, row.minLevel, row.targetLevel });
        }
        ApiResponse response = ApiResponse::json(200, LevelCsv::write(lines));
        response.contentType = "text/csv; charset=utf-8";
        return reply(response);
    }
    JsonWriter out;
    out.beginObject();
    out.key("storeId"_L1).value(storeId);
    out.key("levels"_L1).beginArray();
    for (const StockRow &row : m_model.storeRows(storeId)) {
        if (row.minLevel == 0 && row.targetLevel == 0)
            continue;
        out.beginObject();
        out.key("productId"_L1).value(row.productId);
        out.key("min"_L1).value(row.minLevel);
        out.key("target"_L1).value(row.targetLevel);
        out.key("available"_L1).value(row.available());
        out.key("low"_L1).raw(row.isLow() ? "true" : "false");
        out.endObject();
    }
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

void LevelController::import(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.param(u"storeId"_s);
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    if (auto forbidden = requests::checkStoreManage(*request.user, storeId))
        return reply(ApiResponse::error(*forbidden));
    auto commands = LevelCsv::parse(
        QString::fromUtf8(request.body), storeId,
        [this](const QString &code) -> std::optional<QString> {
            const auto product = m_model.product(code);
            return product ? std::optional<QString>(product->id) : std::nullopt;
        },
        [this](const QString &store) { return m_model.hasStore(store); });
    if (!commands)
        return reply(ApiResponse::error(commands.error()));
    QList<Command> list = std::move(commands).value();
    for (Command &command : list)
        command.actor = request.user->id;
    const qsizetype count = list.size();
    // Every line was checked above, and setting levels has no precondition that can fail
    // once product and store exist (neither is ever deleted): sent as one request they are one
    // transaction, so the file is applied whole or, when the storage fails, not at all.
    m_writer.submit(std::move(list),
                    [reply, storeId, count](const QList<CommandOutcome> &outcomes) {
                        for (const CommandOutcome &outcome : outcomes) {
                            if (!outcome.ok())
                                return reply(ApiResponse::error(*outcome.error));
                        }
                        JsonWriter out;
                        out.beginObject();
                        out.key("storeId"_L1).value(storeId);
                        out.key("imported"_L1).value(qint64(count));
                        out.endObject();
                        reply(ApiResponse::json(200, out.take()));
                    });
}

void LevelController::replenishment(const ApiRequest &request, const Reply &reply)
{
    const QString storeId = request.param(u"storeId"_s);
    if (!m_model.hasStore(storeId))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId)));
    auto requested = TransferStore(m_db).requestedTo(storeId, m_model.lastSeq());
    if (!requested)
        return reply(ApiResponse::error(requested.error()));
    JsonWriter out;
    out.beginObject();
    out.key("storeId"_L1).value(storeId);
    out.key("lines"_L1).beginArray();
    for (const ReplenishmentPlanner::Line &line :
         ReplenishmentPlanner(m_model).plan(storeId, requested.value())) {
        out.beginObject();
        out.key("productId"_L1).value(line.row.productId);
        out.key("available"_L1).value(line.row.available());
        out.key("incoming"_L1).value(line.row.incoming);
        out.key("requested"_L1).value(line.requested);
        out.key("min"_L1).value(line.row.minLevel);
        out.key("target"_L1).value(line.row.targetLevel);
        out.key("need"_L1).value(line.need);
        if (!line.sourceStoreId.isEmpty()) {
            out.key("sourceStoreId"_L1).value(line.sourceStoreId);
            out.key("sourceSurplus"_L1).value(line.sourceSurplus);
        }
        out.endObject();
    }
    out.endArray();
    out.endObject();
    reply(ApiResponse::json(200, out.take()));
}

} // namespace inventory::server
