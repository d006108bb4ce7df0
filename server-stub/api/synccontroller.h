#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "server-stub/api/reservationlookup.h"
#include "server-stub/http/router.h"

#include <QHash>
#include <functional>
#include <optional>
#include <vector>

namespace inventory {
class Clock;
class DbConnection;
class ReadModel;
} // namespace inventory

namespace inventory {
struct Device;
}

namespace inventory::server {

class GroupCommitWriter;

// POST /api/v1/sync/push: a terminal's queued operations, applied in order, each exactly
// once per idempotency key, in one group commit. POST /api/v1/devices/{id}/push: an enrolled
// till's queue on the till's secret instead of a person's token, each operation made by the
// `actor` it names (API.md "Terminals and staff": the secret vouches for staff of its store,
// for what they did while their account was enabled, after any length of outage).
class SyncController
{
public:
    SyncController(DbConnection &readConnection, const ReadModel &model, GroupCommitWriter &writer,
                   const Clock &clock);
    void registerRoutes(Router &router);

    static constexpr int MaxOperations = 10'000;

    // A body larger than this is read on a worker thread, so that the event loop never holds
    // every other request behind the parsing of a push of up to 8 MiB.
    static constexpr qsizetype MaxBodyReadOnLoop = 64 * 1024;

private:
    // What a push's body says, read without the read model (so on any thread): each
    // operation's command, or the error that answers it, with its idempotency key.
    enum class Source { Session, Till };
    struct ParsedPush
    {
        std::optional<Error> error; // the body as a whole is refused
        std::vector<Result<Command>> commands;
        QStringList keys;
        // Each operation's `actor` and `deviceId` (empty when absent), and its clientTime.
        QStringList actors;
        QStringList deviceIds;
        QList<std::optional<qint64>> clientTimesMs;
        QString deviceSecret; // Source::Till
    };
    static ParsedPush parse(const QByteArray &body, Source source);

    void push(const ApiRequest &request, const Reply &reply, Source source);
    void route(const ApiRequest &request, ParsedPush parsed, const Reply &reply, Source source);
    void submitForSession(const ApiRequest &request, ParsedPush parsed, const Reply &reply);
    void submitForTill(const ApiRequest &request, ParsedPush parsed, const Reply &reply);
    // The person a till's operation names, as the till vouches for them: staff of its store
    // whose account was enabled when the operation was made.
    Result<User> tillActor(const QHash<QString, std::optional<User>> &staff, const Device &till,
                           const ParsedPush &parsed, qsizetype index) const;
    // On the event loop: the read model's part of each command (resolveOne), then the writer.
    using Resolver = std::function<Result<Command>(Command, qsizetype)>;
    void submit(ParsedPush &parsed, const Resolver &resolveOne, const Reply &reply);
    // What the read model adds to a parsed command (the reservation's store, the product's
    // id for a SKU or barcode), then the user's right to write there.
    Result<Command> resolve(Command command, const User &user) const;

    DbConnection &m_db;
    const ReadModel &m_model;
    ReservationLookup m_lookup;
    GroupCommitWriter &m_writer;
    const Clock &m_clock;
};

} // namespace inventory::server
