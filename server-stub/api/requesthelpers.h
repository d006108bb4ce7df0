#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/protocol/json/jsonmembers.h"
#include "server-stub/http/apirequest.h"
#include "server-stub/http/apiresponse.h"

#include <limits>

namespace inventory {
class ReadModel;
}

namespace inventory::server {

class GroupCommitWriter;

// Pieces several controllers share.
namespace requests {

struct Paging
{
    int page = 1;
    int limit = 50;
};

// ?page=&limit= with 1 <= limit <= maxLimit.
Result<Paging> paging(const ApiRequest &request, int maxLimit, int defaultLimit = 50);
struct TimeRange
{
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
};
// ?storeId=: empty for every store, else a store that exists (NOT_FOUND otherwise).
Result<QString> storeFilter(const ApiRequest &request, const ReadModel &model);
// ?from=&to= as RFC 3339 times, [from, to); either may be left out.
Result<TimeRange> timeRange(const ApiRequest &request);
// FORBIDDEN unless the user may write in that store.
std::optional<Error> checkStoreWrite(const User &user, const QString &storeId);
// FORBIDDEN unless the user is an admin or a manager of that store.
std::optional<Error> checkStoreManage(const User &user, const QString &storeId);
// Takes the Idempotency-Key header and the user as actor, queues the command, and replies
// with its outcome once committed.
void submit(GroupCommitWriter &writer, Command command, const ApiRequest &request,
            const Reply &reply);
Result<JsonMembers> body(const ApiRequest &request);
// A ticket's or return's lines with each product as its id (a SKU or barcode is accepted);
// NOT_FOUND for an unknown one; two lines of one product are refused.
std::optional<Error> resolveLines(const ReadModel &model, Command &command);
// The same for a transfer's lines.
std::optional<Error> resolveTransferLines(const ReadModel &model, Command &command);

} // namespace requests
} // namespace inventory::server
