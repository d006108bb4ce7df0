#include "server-stub/api/operationscontroller.h"

#include "core/engine/readmodel.h"
#include "server-stub/metrics.h"
#include "server-stub/write/groupcommitwriter.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace inventory::server {

OperationsController::OperationsController(const ReadModel &model, GroupCommitWriter &writer,
                                           std::function<bool()> storageReadable,
                                           const Metrics &metrics)
    : m_model(model)
    , m_writer(writer)
    , m_storageReadable(std::move(storageReadable))
    , m_metrics(metrics)
{
    m_uptime.start();
}

void OperationsController::registerRoutes(Router &router, bool withApi)
{
    router.add(
        "GET", u"/health"_s, [this](const ApiRequest &r, Reply reply) { health(r, reply); },
        Router::Access::Monitoring);
    router.add(
        "GET", u"/metrics"_s, [this](const ApiRequest &r, Reply reply) { metrics(r, reply); },
        Router::Access::Monitoring);
    if (withApi)
        router.add(
            "GET", u"/api/v1/openapi.json"_s,
            [this](const ApiRequest &r, Reply reply) { openApi(r, reply); },
            Router::Access::Public);
}

void OperationsController::health(const ApiRequest &, const Reply &reply)
{
    const bool readable = m_storageReadable();
    const bool ok = readable && m_writer.healthy();
    reply(ApiResponse::json(ok ? 200 : 503,
                            { { u"status"_s, ok ? u"ok"_s : u"degraded"_s },
                              { u"db"_s, ok ? u"ok"_s : u"unavailable"_s },
                              { u"lastSeq"_s, m_model.lastSeq() },
                              { u"uptimeSeconds"_s, m_uptime.elapsed() / 1000 },
                              { u"version"_s, QStringLiteral(INVENTORY_VERSION) } }));
}

void OperationsController::metrics(const ApiRequest &, const Reply &reply)
{
    ApiResponse response {
        200, m_metrics.exposition(), "text/plain; version=0.0.4; charset=utf-8", {}
    };
    reply(response);
}

void OperationsController::openApi(const ApiRequest &, const Reply &reply)
{
    QFile file(u":/server/openapi.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return reply(ApiResponse::error(Error::unavailable(u"the OpenAPI document is missing"_s)));
    QByteArray document = file.readAll();
    document.replace("@VERSION@", INVENTORY_VERSION);
    reply({ 200, document, "application/json", {} });
}

} // namespace inventory::server
