#pragma once

#include "server-stub/http/router.h"

#include <QElapsedTimer>
#include <functional>

namespace inventory {
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;
class Metrics;

// GET /health, GET /metrics, GET /api/v1/openapi.json: unauthenticated.
class OperationsController
{
public:
    OperationsController(const ReadModel &model, GroupCommitWriter &writer,
                         std::function<bool()> storageReadable, const Metrics &metrics);
    void registerRoutes(Router &router, bool withApi = true);

private:
    void health(const ApiRequest &request, const Reply &reply);
    void metrics(const ApiRequest &request, const Reply &reply);
    void openApi(const ApiRequest &request, const Reply &reply);

    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
    std::function<bool()> m_storageReadable;
    const Metrics &m_metrics;
    QElapsedTimer m_uptime;
};

} // namespace inventory::server
