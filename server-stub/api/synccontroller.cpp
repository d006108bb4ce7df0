#include "server-stub/api/synccontroller.h"

#include "core/engine/counts/countstore.h"
#include "core/engine/readmodel.h"
#include "core/engine/transfers/transferstore.h"
#include "core/protocol/commandparser.h"
#include "core/protocol/json/jsonmembers.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/api/requesthelpers.h"
#include "server-stub/api/transfers/transferaccess.h"
#include "server-stub/write/groupcommitwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThreadPool>
#include <memory>

using namespace Qt::StringLiterals;

namespace inventory::server {

SyncController::SyncController(DbConnection &readConnection, const ReadModel &model,
                               GroupCommitWriter &writer)
    : m_db(readConnection)
    , m_model(model)
    , m_lookup(readConnection, model)
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

SyncController::ParsedPush SyncController::parse(const QByteArray &text)
{
    ParsedPush parsed;
    auto body = JsonMembers::parse(text);
    if (!body) {
        parsed.error = body.error();
        return parsed;
    }
    if (body->size() != 1 || !body->value(u"operations"_s).isArray()) {
        parsed.error = Error::validation(u"operations"_s, u"must be the only field, an array"_s);
        return parsed;
    }
    const QJsonArray operations = body->value(u"operations"_s).toArray();
    if (operations.size() > MaxOperations) {
        parsed.error = Error::validation(u"operations"_s, u"at most 10000 per push"_s);
        return parsed;
    }
    parsed.commands.reserve(size_t(operations.size()));
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject op = operations.at(i).toObject();
        parsed.keys << op.value(u"idempotencyKey"_s).toString();
        parsed.commands.push_back(operations.at(i).isObject()
                                      ? CommandParser::syncOperation(op, i)
                                      : Result<Command>(Error::validation(
                                          u"operations[%1]"_s.arg(i), u"must be an object"_s)));
    }
    return parsed;
}

Result<Command> SyncController::resolve(Command command, const User &user) const
{
    command.actor = user.id;
    QString storeId = command.storeId;
    if (command.kind == CommandKind::Confirm || command.kind == CommandKind::Cancel) {
        const auto reservation = m_lookup.find(command.reservationId);
        if (!reservation)
            return reservation.error();
        if (!reservation.value())
            return Error::notFound(u"reservation"_s, command.reservationId);
        storeId = reservation.value()->storeId;
    } else if (command.kind == CommandKind::Sell || command.kind == CommandKind::ReturnTicket) {
        if (auto error = requests::resolveLines(m_model, command))
            return *error;
    } else if (command.kind == CommandKind::ReceiveTransfer) {
        if (auto error = requests::resolveTransferLines(m_model, command))
            return *error;
        auto transfer = TransferStore(m_db).load(command.transferId);
        if (!transfer)
            return transfer.error();
        if (!transfer.value())
            return Error::notFound(u"transfer"_s, command.transferId);
        if (auto forbidden = checkTransferStep(user, command.kind, *transfer.value()))
            return *forbidden;
        return command;
    } else if (command.kind == CommandKind::EnterCount) {
        const auto product = m_model.product(command.productId);
        if (!product)
            return Error::notFound(u"product"_s, command.productId);
        command.productId = product->id;
        auto count = CountStore(m_db).load(command.countId, CountStore::Lines::Left);
        if (!count)
            return count.error();
        if (!count.value())
            return Error::notFound(u"count"_s, command.countId);
        storeId = count.value()->storeId;
    } else if (const auto product = m_model.product(command.productId)) {
        command.productId = product->id;
    }
    if (auto forbidden = requests::checkStoreWrite(user, storeId))
        return *forbidden;
    return command;
}

void SyncController::push(const ApiRequest &request, const Reply &reply)
{
    if (request.body.size() <= MaxBodyReadOnLoop)
        return submit(request, parse(request.body), reply);
    // The request lives until it is answered: the reply holds it.
    const ApiRequest *pending = &request;
    QThreadPool::globalInstance()->start([this, pending, reply] {
        auto parsed = std::make_shared<ParsedPush>(parse(pending->body));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, pending, reply, parsed] { submit(*pending, std::move(*parsed), reply); },
            Qt::QueuedConnection);
    });
}

void SyncController::submit(const ApiRequest &request, ParsedPush parsed, const Reply &reply)
{
    if (parsed.error)
        return reply(ApiResponse::error(*parsed.error));
    // Each operation either becomes a command or is answered at once with its error; the
    // answers are put back in the order the operations came.
    QList<Command> commands;
    QList<std::optional<CommandOutcome>> early;
    const QStringList keys = parsed.keys;
    for (Result<Command> &command : parsed.commands) {
        if (command)
            command = resolve(command.value(), *request.user);
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
