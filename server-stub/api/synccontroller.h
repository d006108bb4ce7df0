#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "server-stub/http/router.h"

namespace inventory {
class ReadModel;
}

namespace inventory::server {

class GroupCommitWriter;

// POST /api/v1/sync/push: a terminal's queued operations, applied in order, each exactly
// once per idempotency key, in one group commit.
class SyncController
{
public:
    SyncController(const ReadModel &model, GroupCommitWriter &writer);
    void registerRoutes(Router &router);

    static constexpr int MaxOperations = 10'000;

private:
    void push(const ApiRequest &request, const Reply &reply);
    // The command for one operation, or the error that answers it without running it.
    Result<Command> prepare(const QJsonObject &operation, int index, const User &user) const;

    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
