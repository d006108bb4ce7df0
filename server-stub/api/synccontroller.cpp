#include "server-stub/api/synccontroller.h"

#include "core/domain/clock.h"
#include "core/domain/timestamp.h"
#include "core/engine/admin/devicestore.h"
#include "core/engine/admin/userstore.h"
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
                               GroupCommitWriter &writer, const Clock &clock)
    : m_db(readConnection)
    , m_model(model)
    , m_lookup(readConnection, model)
    , m_writer(writer)
    , m_clock(clock)
{
}

void SyncController::registerRoutes(Router &router)
{
    router.add(
        "POST", u"/api/v1/sync/push"_s,
        [this](const ApiRequest &r, Reply reply) { push(r, reply, Source::Session); },
        Router::Access::Authenticated, 8 << 20);
    router.add(
        "POST", u"/api/v1/devices/{id}/push"_s,
        [this](const ApiRequest &r, Reply reply) { push(r, reply, Source::Till); },
        Router::Access::Public, 8 << 20);
}

SyncController::ParsedPush SyncController::parse(const QByteArray &text, Source source)
{
    ParsedPush parsed;
    auto body = JsonMembers::parse(text);
    if (!body) {
        parsed.error = body.error();
        return parsed;
    }
    if (source == Source::Till) {
        const QJsonValue secret = body->value(u"deviceSecret"_s);
        if (body->size() != 2 || !secret.isString() || secret.toString().isEmpty()) {
            parsed.error = Error::validation(
                u"deviceSecret"_s, u"the till's secret and the operations are the only fields"_s);
            return parsed;
        }
        parsed.deviceSecret = secret.toString();
    } else if (body->size() != 1) {
        parsed.error = Error::validation(u"operations"_s, u"must be the only field, an array"_s);
        return parsed;
    }
    if (!body->value(u"operations"_s).isArray()) {
        parsed.error = Error::validation(u"operations"_s, u"must be an array"_s);
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
        parsed.actors << op.value(u"actor"_s).toString();
        parsed.deviceIds << op.value(u"deviceId"_s).toString();
        parsed.clientTimesMs << timestamp::parse(op.value(u"clientTime"_s).toString());
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

void SyncController::push(const ApiRequest &request, const Reply &reply, Source source)
{
    if (request.body.size() <= MaxBodyReadOnLoop)
        return route(request, parse(request.body, source), reply, source);
    // The request lives until it is answered: the reply holds it.
    const ApiRequest *pending = &request;
    QThreadPool::globalInstance()->start([this, pending, reply, source] {
        auto parsed = std::make_shared<ParsedPush>(parse(pending->body, source));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, pending, reply, parsed, source] {
                route(*pending, std::move(*parsed), reply, source);
            },
            Qt::QueuedConnection);
    });
}

void SyncController::route(const ApiRequest &request, ParsedPush parsed, const Reply &reply,
                           Source source)
{
    if (parsed.error)
        return reply(ApiResponse::error(*parsed.error));
    if (source == Source::Till)
        submitForTill(request, std::move(parsed), reply);
    else
        submitForSession(request, std::move(parsed), reply);
}

void SyncController::submitForSession(const ApiRequest &request, ParsedPush parsed,
                                      const Reply &reply)
{
    const User &user = *request.user;
    const QStringList &actors = parsed.actors;
    const QStringList &deviceIds = parsed.deviceIds;
    submit(
        parsed,
        [&](Command command, qsizetype i) -> Result<Command> {
            // Another person's operations come on the till's secret, not on this token.
            if (!actors.at(i).isEmpty() && actors.at(i) != user.id)
                return Error(ErrorCode::Forbidden,
                             u"operations[%1] was made by '%2'; a till pushes its staff's"
                             " operations on its secret (POST /api/v1/devices/{id}/push)"_s.arg(i)
                                 .arg(actors.at(i)));
            if (!deviceIds.at(i).isEmpty() && deviceIds.at(i) != user.deviceId)
                return Error(ErrorCode::Forbidden,
                             u"operations[%1] names till '%2', not this token's"_s.arg(i).arg(
                                 deviceIds.at(i)));
            command.device = user.deviceId;
            return resolve(command, user);
        },
        reply);
}

void SyncController::submitForTill(const ApiRequest &request, ParsedPush parsed, const Reply &reply)
{
    auto till
        = DeviceStore(m_db, m_clock).authenticate(request.param(u"id"_s), parsed.deviceSecret);
    if (!till)
        return reply(ApiResponse::error(till.error()));
    // Each person the operations name, read once.
    QHash<QString, std::optional<User>> staff;
    UserStore users(m_db, m_clock);
    for (const QString &actor : std::as_const(parsed.actors)) {
        if (actor.isEmpty() || staff.contains(actor))
            continue;
        auto found = users.find(actor);
        if (!found)
            return reply(ApiResponse::error(found.error()));
        staff.insert(actor, found.value());
    }
    const Device device = till.value();
    submit(
        parsed,
        [&](Command command, qsizetype i) -> Result<Command> {
            auto actor = tillActor(staff, device, parsed, i);
            if (!actor)
                return actor.error();
            command.device = device.id;
            return resolve(command, actor.value());
        },
        reply);
}

Result<User> SyncController::tillActor(const QHash<QString, std::optional<User>> &staff,
                                       const Device &till, const ParsedPush &parsed,
                                       qsizetype index) const
{
    const QString prefix = u"operations[%1]"_s.arg(index);
    const QString &actor = parsed.actors.at(index);
    if (actor.isEmpty())
        return Error::validation(prefix + u".actor"_s,
                                 u"a till's operation names the person who made it"_s);
    if (!parsed.deviceIds.at(index).isEmpty() && parsed.deviceIds.at(index) != till.id)
        return Error::validation(prefix + u".deviceId"_s, u"must be this till's id"_s);
    const std::optional<User> user = staff.value(actor);
    if (!user || !user->canWriteStore(till.storeId))
        return Error(
            ErrorCode::Forbidden,
            u"'%1' is not staff of %2, the store of till '%3'"_s.arg(actor, till.storeId, till.id),
            { { u"actor"_s, actor } });
    // The till's clock says when; it is the till's word, as the secret is.
    const qint64 madeAtMs = parsed.clientTimesMs.at(index).value_or(m_clock.nowMs());
    if (user->disabledAtMs && *user->disabledAtMs <= madeAtMs)
        return Error(
            ErrorCode::Forbidden,
            u"the account '%1' was disabled before this operation was made"_s.arg(actor),
            { { u"actor"_s, actor }, { u"disabledAt"_s, timestamp::format(*user->disabledAtMs) } });
    User acting = *user;
    acting.deviceId = till.id;
    return acting;
}

void SyncController::submit(ParsedPush &parsed, const Resolver &resolveOne, const Reply &reply)
{
    // Each operation either becomes a command or is answered at once with its error; the
    // answers are put back in the order the operations came.
    QList<Command> commands;
    QList<std::optional<CommandOutcome>> early;
    const QStringList keys = parsed.keys;
    for (qsizetype i = 0; i < qsizetype(parsed.commands.size()); ++i) {
        Result<Command> &command = parsed.commands[size_t(i)];
        if (command)
            command = resolveOne(command.value(), i);
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
