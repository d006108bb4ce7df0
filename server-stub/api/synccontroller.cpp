#include "server-stub/api/synccontroller.h"

#include "core/engine/readmodel.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/requesthelpers.h"
#include "server-stub/write/groupcommitwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::server {

SyncController::SyncController(const ReadModel &model, GroupCommitWriter &writer)
    : m_model(model)
    , m_writer(writer)
{
}

void SyncController::registerRoutes(Router &router)
{
    router.add(
        "POST", u"/api/v1/sync/push"_s,
        [this](const ApiRequest &r, Reply reply) { push(r, reply); }, Router::Access::Authenticated,
        8 << 20);
}

Result<Command> SyncController::prepare(const QJsonObject &operation, int index,
                                        const User &user) const
{
    auto parsed = CommandParser::syncOperation(operation, index);
    if (!parsed)
        return parsed.error();
    Command command = parsed.value();
    command.actor = user.id;
    QString storeId = command.storeId;
    if (command.kind == CommandKind::Confirm || command.kind == CommandKind::Cancel) {
        const auto reservation = m_model.reservation(command.reservationId);
        if (!reservation)
            return Error::notFound(u"reservation"_s, command.reservationId);
        storeId = reservation->storeId;
    } else if (const auto product = m_model.product(command.productId)) {
        command.productId = product->id;
    }
    if (auto forbidden = requests::checkStoreWrite(user, storeId))
        return *forbidden;
    return command;
}

void SyncController::push(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    if (body->size() != 1 || !body->value(u"operations"_s).isArray())
        return reply(ApiResponse::error(
            Error::validation(u"operations"_s, u"must be the only field, an array"_s)));
    const QJsonArray operations = body->value(u"operations"_s).toArray();
    if (operations.size() > MaxOperations)
        return reply(
            ApiResponse::error(Error::validation(u"operations"_s, u"at most 10000 per push"_s)));

    // Each operation either becomes a command or is answered at once with its error; the
    // answers are put back in the order the operations came.
    QList<Command> commands;
    QList<std::optional<CommandOutcome>> early;
    QStringList keys;
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject op = operations.at(i).toObject();
        keys << op.value(u"idempotencyKey"_s).toString();
        auto command = operations.at(i).isObject()
            ? prepare(op, i, *request.user)
            : Result<Command>(
                Error::validation(u"operations[%1]"_s.arg(i), u"must be an object"_s));
        if (command) {
            commands << command.value();
            early << std::nullopt;
        } else {
            early << CommandOutcome::failure(command.error());
        }
    }
    const ReadModel &model = m_model;
    // Written as text, with each body as the writer already encoded it: a QJsonArray of
    // QJsonObjects was most of the event loop's time per pushed operation.
    m_writer.submit(
        commands,
        [reply, early, keys, &model](const QList<CommandOutcome> &outcomes) {
            JsonWriter out(64 + 320 * early.size());
            out.beginObject();
            out.key("results"_L1).beginArray();
            qsizetype next = 0;
            for (qsizetype i = 0; i < early.size(); ++i) {
                const CommandOutcome &o = early.at(i) ? *early.at(i) : outcomes.at(next++);
                out.beginObject();
                out.key("idempotencyKey"_L1).value(keys.at(i));
                out.key("status"_L1).value(qint64(o.status));
                out.key("body"_L1).raw(o.body.text());
                out.endObject();
            }
            out.endArray();
            out.key("lastSeq"_L1).value(model.lastSeq());
            out.endObject();
            reply(ApiResponse::json(200, out.bytes()));
        },
        GroupCommitWriter::Replies::Encoded);
}

} // namespace inventory::server
