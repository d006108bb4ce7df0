#include "core/protocol/commandparser.h"

#include "core/domain/timestamp.h"
#include "core/protocol/counts/countparser.h"
#include "core/protocol/json/jsonfields.h"
#include "core/protocol/json/parsesteps.h"
#include "core/protocol/tickets/ticketparser.h"
#include "core/protocol/transfers/transferparser.h"

using namespace Qt::StringLiterals;

namespace inventory {

using parsing::validated;

Result<Command> CommandParser::stock(const QString &productId, JsonMembers body,
                                     const QString &prefix)
{
    const JsonFields fields(std::move(body),
                            { u"storeId"_s, u"operation"_s, u"quantity"_s, u"reason"_s, u"note"_s,
                              u"expectedVersion"_s, u"productId"_s, u"offline"_s },
                            prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(storeId, fields.string(u"storeId"_s));
    TAKE(operation, fields.string(u"operation"_s));
    TAKE(quantity, fields.requiredInteger(u"quantity"_s));
    TAKE(givenReason, fields.string(u"reason"_s, false));
    TAKE(note, fields.string(u"note"_s, false));
    TAKE(expectedVersion, fields.integer(u"expectedVersion"_s));
    TAKE(offline, fields.boolean(u"offline"_s));

    // Tills before reason codes sent "receipt" for goods received; their queues still may.
    const QString reason = givenReason == u"receipt"_s ? u"received"_s : givenReason;
    const QString field = prefix.isEmpty() ? u"quantity"_s : prefix + u".quantity"_s;
    Command command;
    if (operation == u"add"_s || operation == u"subtract"_s) {
        if (quantity < 1 || quantity > Command::MaxDelta)
            return Error::validation(field, u"must be between 1 and 1000000"_s);
        if (expectedVersion)
            return Error::validation(prefix.isEmpty() ? u"expectedVersion"_s
                                                      : prefix + u".expectedVersion"_s,
                                     u"only a set takes an expectedVersion"_s);
        command = Command::adjust(productId, storeId, operation == u"add"_s ? quantity : -quantity,
                                  reason);
        // Only a sale can have happened already; units coming in are never short.
        if (offline.value_or(false) && operation == u"subtract"_s)
            command.stockCheck = StockCheck::RecordDiscrepancy;
    } else if (operation == u"set"_s) {
        command = Command::count(productId, storeId, quantity, expectedVersion, reason);
    } else {
        return Error::validation(prefix.isEmpty() ? u"operation"_s : prefix + u".operation"_s,
                                 u"must be add, subtract or set"_s);
    }
    command.note = note;
    return validated(command);
}

Result<Command> CommandParser::reserve(JsonMembers body, const QString &prefix)
{
    const JsonFields fields(std::move(body),
                            { u"reservationId"_s, u"productId"_s, u"storeId"_s, u"quantity"_s,
                              u"customerId"_s, u"ttl"_s },
                            prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(reservationId, fields.string(u"reservationId"_s, false));
    TAKE(productId, fields.string(u"productId"_s));
    TAKE(storeId, fields.string(u"storeId"_s));
    TAKE(quantity, fields.requiredInteger(u"quantity"_s));
    TAKE(customerId, fields.string(u"customerId"_s));
    TAKE(ttl, fields.integer(u"ttl"_s));
    return validated(Command::reserve(productId, storeId, quantity, customerId, ttl.value_or(600),
                                      reservationId));
}

Result<Command> CommandParser::createProduct(JsonMembers body)
{
    const JsonFields fields(
        std::move(body), { u"id"_s, u"sku"_s, u"name"_s, u"category"_s, u"price"_s, u"barcode"_s });
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(id, fields.string(u"id"_s, false));
    TAKE(sku, fields.string(u"sku"_s));
    TAKE(name, fields.string(u"name"_s));
    TAKE(category, fields.string(u"category"_s));
    TAKE(price, fields.number(u"price"_s));
    TAKE(barcode, fields.string(u"barcode"_s, false));
    if (!price)
        return Error::validation(u"price"_s, u"is required"_s);
    if (*price < 0 || *price > 100'000'000)
        return Error::validation(u"price"_s, u"must be between 0 and 100000000"_s);
    // Without an explicit id the SKU is the id: both are unique and URL-safe.
    return validated(Command::createProduct({ id.isEmpty() ? sku : id, sku, barcode, name, category,
                                              Product::centsFromPrice(*price) }));
}

Result<Command> CommandParser::defineReason(JsonMembers body)
{
    const JsonFields fields(std::move(body), { u"code"_s, u"label"_s, u"direction"_s });
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(code, fields.string(u"code"_s));
    TAKE(label, fields.string(u"label"_s));
    TAKE(direction, fields.string(u"direction"_s));
    return validated(Command::defineReason(code, label, direction));
}

Result<Command> CommandParser::setLevels(const QString &storeId, const QString &productId,
                                         JsonMembers body)
{
    const JsonFields fields(std::move(body), { u"min"_s, u"target"_s });
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(minLevel, fields.requiredInteger(u"min"_s));
    TAKE(targetLevel, fields.requiredInteger(u"target"_s));
    return validated(Command::setLevels(productId, storeId, minLevel, targetLevel));
}

Result<Command> CommandParser::syncOperation(const QJsonObject &operation, int index)
{
    const QString prefix = u"operations[%1]"_s.arg(index);
    const JsonFields fields(
        operation,
        { u"idempotencyKey"_s, u"kind"_s, u"body"_s, u"clientTime"_s, u"actor"_s, u"deviceId"_s },
        prefix);
    if (auto unknown = fields.unknownField())
        return *unknown;
    TAKE(key, fields.string(u"idempotencyKey"_s));
    TAKE(kind, fields.string(u"kind"_s));
    TAKE(clientTime, fields.string(u"clientTime"_s, false));
    if (!clientTime.isEmpty() && !timestamp::parse(clientTime))
        return Error::validation(prefix + u".clientTime"_s, u"must be an RFC 3339 time"_s);
    // Who made it and at which till: read by the route, which knows whom to believe.
    TAKE(actor, fields.string(u"actor"_s, false));
    TAKE(deviceId, fields.string(u"deviceId"_s, false));
    Q_UNUSED(actor);
    Q_UNUSED(deviceId);
    if (key.isEmpty() || key.size() > Command::MaxKeyLength)
        return Error::validation(prefix + u".idempotencyKey"_s, u"must be 1..128 characters"_s);
    const QJsonValue bodyValue = operation.value(u"body"_s);
    if (!bodyValue.isObject())
        return Error::validation(prefix + u".body"_s, u"must be an object"_s);
    const JsonMembers body(bodyValue.toObject());
    const QString bodyPrefix = prefix + u".body"_s;

    Result<Command> command = Error::validation(
        prefix + u".kind"_s,
        u"must be stock, reserve, confirm, cancel, ticket, return, transferReceive or"
        " countEntry"_s);
    if (kind == u"stock"_s) {
        const JsonFields bodyFields(body, {}, bodyPrefix);
        TAKE(productId, bodyFields.string(u"productId"_s));
        command = stock(productId, body, bodyPrefix);
    } else if (kind == u"reserve"_s) {
        command = reserve(body, bodyPrefix);
    } else if (kind == u"confirm"_s || kind == u"cancel"_s) {
        const JsonFields bodyFields(body, { u"reservationId"_s }, bodyPrefix);
        if (auto unknown = bodyFields.unknownField())
            return *unknown;
        TAKE(reservationId, bodyFields.string(u"reservationId"_s));
        command = validated(kind == u"confirm"_s ? Command::confirm(reservationId)
                                                 : Command::cancel(reservationId));
    } else if (kind == u"ticket"_s) {
        command = TicketParser::sale(body, bodyPrefix);
    } else if (kind == u"return"_s) {
        // The body of POST /tickets/{ticketId}/returns with the path's ticketId in it.
        const JsonFields bodyFields(body, {}, bodyPrefix);
        TAKE(ticketId, bodyFields.string(u"ticketId"_s));
        QJsonObject rest = bodyValue.toObject();
        rest.remove(u"ticketId"_s);
        command = TicketParser::ticketReturn(ticketId, JsonMembers(rest), bodyPrefix);
    } else if (kind == u"transferReceive"_s) {
        // The body of POST /transfers/{transferId}/receive with the path's transferId in it:
        // the goods are in the store, so a till receives them offline too.
        const JsonFields bodyFields(body, {}, bodyPrefix);
        TAKE(transferId, bodyFields.string(u"transferId"_s));
        QJsonObject rest = bodyValue.toObject();
        rest.remove(u"transferId"_s);
        command = TransferParser::step(CommandKind::ReceiveTransfer, transferId, JsonMembers(rest),
                                       bodyPrefix);
    } else if (kind == u"countEntry"_s) {
        // The body of POST /counts/{countId}/entries with the path's countId in it: a till
        // scanning into a count keeps counting while the server is out of reach.
        const JsonFields bodyFields(body, {}, bodyPrefix);
        TAKE(countId, bodyFields.string(u"countId"_s));
        QJsonObject rest = bodyValue.toObject();
        rest.remove(u"countId"_s);
        command = CountParser::entry(countId, JsonMembers(rest), bodyPrefix);
    }
    if (!command)
        return command.error();
    Command result = std::move(command).value();
    result.idempotencyKey = key;
    return result;
}

} // namespace inventory
