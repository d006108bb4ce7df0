#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "server-stub/api/reservationlookup.h"
#include "server-stub/http/router.h"

#include <optional>
#include <vector>

namespace inventory {
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// POST /api/v1/sync/push: a terminal's queued operations, applied in order, each exactly
// once per idempotency key, in one group commit.
class SyncController
{
public:
    SyncController(DbConnection &readConnection, const ReadModel &model, GroupCommitWriter &writer);
    void registerRoutes(Router &router);

    static constexpr int MaxOperations = 10'000;

    // A body larger than this is read on a worker thread, so that the event loop never holds
    // every other request behind the parsing of a push of up to 8 MiB.
    static constexpr qsizetype MaxBodyReadOnLoop = 64 * 1024;

private:
    // What a push's body says, read without the read model (so on any thread): each
    // operation's command, or the error that answers it, with its idempotency key.
    struct ParsedPush
    {
        std::optional<Error> error; // the body as a whole is refused
        std::vector<Result<Command>> commands;
        QStringList keys;
    };
    static ParsedPush parse(const QByteArray &body);

    void push(const ApiRequest &request, const Reply &reply);
    // On the event loop: the read model's part of each command, then the writer.
    void submit(const ApiRequest &request, ParsedPush parsed, const Reply &reply);
    // What the read model adds to a parsed command (the reservation's store, the product's
    // id for a SKU or barcode), then the user's right to write there.
    Result<Command> resolve(Command command, const User &user) const;

    DbConnection &m_db;
    const ReadModel &m_model;
    ReservationLookup m_lookup;
    GroupCommitWriter &m_writer;
};

} // namespace inventory::server
