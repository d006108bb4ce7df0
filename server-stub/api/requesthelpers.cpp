#include "server-stub/api/requesthelpers.h"

#include "core/domain/timestamp.h"
#include "core/engine/readmodel.h"
#include "core/protocol/json/jsonfields.h"
#include "server-stub/write/groupcommitwriter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace inventory::server::requests {

namespace {
Result<int> positiveQuery(const ApiRequest &request, const QString &name, int fallback, int max)
{
    if (!request.hasQuery(name))
        return fallback;
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    if (!ok || value < 1 || value > max)
        return Error::validation(name, u"must be a whole number from 1 to %1"_s.arg(max));
    return value;
}
} // namespace

Result<Paging> paging(const ApiRequest &request, int maxLimit, int defaultLimit)
{
    auto page = positiveQuery(request, u"page"_s, 1, 1'000'000);
    if (!page)
        return page.error();
    auto limit = positiveQuery(request, u"limit"_s, defaultLimit, maxLimit);
    if (!limit)
        return limit.error();
    return Paging { page.value(), limit.value() };
}

Result<QString> storeFilter(const ApiRequest &request, const ReadModel &model)
{
    const QString storeId = request.queryValue(u"storeId"_s);
    if (!storeId.isEmpty() && !model.hasStore(storeId))
        return Error::notFound(u"store"_s, storeId);
    return storeId;
}

Result<TimeRange> timeRange(const ApiRequest &request)
{
    TimeRange range;
    for (auto [name, at] : { std::pair { u"from"_s, &range.fromMs }, { u"to"_s, &range.toMs } }) {
        if (!request.hasQuery(name))
            continue;
        const auto parsed = timestamp::parse(request.queryValue(name));
        if (!parsed)
            return Error::validation(name, u"must be an RFC 3339 time"_s);
        *at = *parsed;
    }
    return range;
}

std::optional<Error> checkStoreWrite(const User &user, const QString &storeId)
{
    if (user.canWriteStore(storeId))
        return std::nullopt;
    return Error(ErrorCode::Forbidden,
                 u"user '%1' may not change stock of store '%2'"_s.arg(user.id, storeId),
                 { { u"storeId"_s, storeId } });
}

std::optional<Error> checkStoreManage(const User &user, const QString &storeId)
{
    if (user.role == Role::Admin || (user.role == Role::Manager && user.canWriteStore(storeId)))
        return std::nullopt;
    return Error(ErrorCode::Forbidden,
                 u"only an admin or a manager of store '%1' may do this"_s.arg(storeId),
                 { { u"storeId"_s, storeId } });
}

void submit(GroupCommitWriter &writer, Command command, const ApiRequest &request,
            const Reply &reply)
{
    if (request.hasHeader("idempotency-key")) {
        const QString key = QString::fromUtf8(request.header("idempotency-key"));
        if (key.isEmpty() || key.size() > Command::MaxKeyLength) {
            reply(ApiResponse::error(
                Error::validation(u"Idempotency-Key"_s, u"must be 1..128 characters"_s)));
            return;
        }
        command.idempotencyKey = key;
    }
    command.actor = request.user ? request.user->id : QString();
    if (request.user && command.device.isEmpty())
        command.device = request.user->deviceId;
    writer.submit(
        { command },
        [reply](const QList<CommandOutcome> &outcomes) {
            reply(ApiResponse::fromOutcome(outcomes.constFirst()));
        },
        GroupCommitWriter::Replies::Encoded);
}

Result<JsonMembers> body(const ApiRequest &request)
{
    if (request.parsedBody)
        return *request.parsedBody;
    return JsonMembers::parse(request.body);
}

namespace {
template<typename Line>
std::optional<Error> resolveProducts(const ReadModel &model, QList<Line> &lines)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        const auto product = model.product(line.productId);
        if (!product)
            return Error::notFound(u"product"_s, line.productId);
        line.productId = product->id;
        if (seen.contains(line.productId))
            return Error::validation(u"lines[%1].productId"_s.arg(i), u"appears more than once"_s);
        seen.insert(line.productId);
    }
    return std::nullopt;
}
} // namespace

std::optional<Error> resolveLines(const ReadModel &model, Command &command)
{
    return resolveProducts(model, command.lines);
}

std::optional<Error> resolveTransferLines(const ReadModel &model, Command &command)
{
    return resolveProducts(model, command.transferLines);
}

} // namespace inventory::server::requests
