#include "core/domain/validation/commandvalidator.h"

#include "core/domain/command.h"
#include "core/domain/reasoncode.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace inventory {

std::optional<Error> CommandValidator::validate(const Command &c)
{
    if (!c.idempotencyKey.isNull()
        && (c.idempotencyKey.isEmpty() || c.idempotencyKey.size() > Command::MaxKeyLength))
        return Error::validation(u"idempotencyKey"_s, u"must be 1..128 characters"_s);
    if (c.reason.size() > Command::MaxTextLength)
        return Error::validation(u"reason"_s, u"must be at most 200 characters"_s);
    if (c.note.size() > ReasonCode::MaxNoteLength)
        return Error::validation(u"note"_s, u"must be at most 500 characters"_s);

    const bool needsStock = c.kind == CommandKind::Adjust || c.kind == CommandKind::Count
        || c.kind == CommandKind::Reserve || c.kind == CommandKind::SetLevels;
    if (needsStock) {
        if (!Command::isValidId(c.productId))
            return Error::validation(u"productId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!Command::isValidId(c.storeId))
            return Error::validation(u"storeId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
    }

    switch (c.kind) {
    case CommandKind::Sell:
    case CommandKind::ReturnTicket:
        return validateTicket(c);
    case CommandKind::ResolveDiscrepancy:
        if (!Command::isValidId(c.discrepancyId))
            return Error::validation(u"discrepancyId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!Discrepancy::isResolution(c.resolution))
            return Error::validation(u"resolution"_s,
                                     u"must be counted, transferred, released or accepted"_s);
        break;
    case CommandKind::RequestTransfer:
    case CommandKind::ShipTransfer:
    case CommandKind::ReceiveTransfer:
    case CommandKind::CloseTransfer:
    case CommandKind::CancelTransfer:
        return validateTransfer(c);
    case CommandKind::OpenCount:
    case CommandKind::EnterCount:
    case CommandKind::ApplyCount:
    case CommandKind::CancelCount:
        return validateCount(c);
    case CommandKind::DefineReason:
        if (!ReasonCode::isWellFormed(c.reason))
            return Error::validation(u"code"_s, u"must be 1..32 characters of [a-z0-9_]"_s);
        if (c.label.trimmed().isEmpty() || c.label.size() > Command::MaxTextLength)
            return Error::validation(u"label"_s, u"must be 1..200 characters"_s);
        if (!ReasonCode::isDirection(c.direction))
            return Error::validation(u"direction"_s, u"must be in, out or set"_s);
        break;
    case CommandKind::SetLevels:
        if (c.minLevel < 0 || c.minLevel > Command::MaxCount)
            return Error::validation(u"min"_s, u"must be between 0 and 1000000000"_s);
        if (c.targetLevel < c.minLevel || c.targetLevel > Command::MaxCount)
            return Error::validation(u"target"_s, u"must be between min and 1000000000"_s);
        break;
    case CommandKind::Adjust:
        if (c.quantity == 0 || c.quantity > Command::MaxDelta || c.quantity < -Command::MaxDelta)
            return Error::validation(u"quantity"_s, u"must be between 1 and 1000000"_s);
        break;
    case CommandKind::Count:
        if (c.quantity < 0 || c.quantity > Command::MaxCount)
            return Error::validation(u"quantity"_s, u"must be between 0 and 1000000000"_s);
        if (c.expectedVersion && *c.expectedVersion < 0)
            return Error::validation(u"expectedVersion"_s, u"must not be negative"_s);
        break;
    case CommandKind::Reserve:
        if (c.quantity < 1 || c.quantity > Command::MaxDelta)
            return Error::validation(u"quantity"_s, u"must be between 1 and 1000000"_s);
        if (c.customerId.isEmpty() || c.customerId.size() > Command::MaxTextLength)
            return Error::validation(u"customerId"_s, u"must be 1..200 characters"_s);
        if (c.ttlSeconds < 1 || c.ttlSeconds > Command::MaxTtlSeconds)
            return Error::validation(u"ttl"_s, u"must be between 1 and 86400 seconds"_s);
        if (!c.reservationId.isEmpty() && !Command::isValidId(c.reservationId))
            return Error::validation(u"reservationId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        break;
    case CommandKind::Confirm:
    case CommandKind::Cancel:
        if (!Command::isValidId(c.reservationId))
            return Error::validation(u"reservationId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        break;
    case CommandKind::CreateProduct: {
        const Product &product = c.product;
        if (!Command::isValidId(product.id))
            return Error::validation(u"id"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!Command::isValidId(product.sku))
            return Error::validation(u"sku"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!product.barcode.isEmpty() && !Command::isValidId(product.barcode))
            return Error::validation(u"barcode"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (product.name.trimmed().isEmpty() || product.name.size() > Command::MaxTextLength)
            return Error::validation(u"name"_s, u"must be 1..200 characters"_s);
        if (product.category.trimmed().isEmpty()
            || product.category.size() > Command::MaxTextLength)
            return Error::validation(u"category"_s, u"must be 1..200 characters"_s);
        if (product.priceCents < 0 || product.priceCents > 100'000'000'00LL)
            return Error::validation(u"price"_s, u"must be between 0 and 100000000"_s);
        break;
    }
    }
    return std::nullopt;
}

std::optional<Error> CommandValidator::validateTicket(const Command &c)
{
    const auto idRule = u"must be 1..64 characters of [A-Za-z0-9._:-]"_s;
    if (!Command::isValidId(c.ticketId))
        return Error::validation(u"ticketId"_s, idRule);
    if (c.kind == CommandKind::ReturnTicket && !Command::isValidId(c.returnId))
        return Error::validation(u"returnId"_s, idRule);
    if (!Command::isValidId(c.storeId))
        return Error::validation(u"storeId"_s, idRule);
    if (c.lines.isEmpty() || c.lines.size() > Ticket::MaxLines)
        return Error::validation(u"lines"_s, u"must hold 1..200 lines"_s);
    if (!c.paymentMethod.isEmpty() && c.paymentMethod != u"cash"_s && c.paymentMethod != u"card"_s
        && c.paymentMethod != u"other"_s)
        return Error::validation(u"payment.method"_s, u"must be cash, card or other"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        const TicketLine &line = c.lines.at(i);
        const QString at = u"lines[%1]."_s.arg(i);
        if (!Command::isValidId(line.productId))
            return Error::validation(at + u"productId"_s, idRule);
        if (seen.contains(line.productId))
            return Error::validation(at + u"productId"_s, u"appears more than once"_s);
        seen.insert(line.productId);
        if (line.quantity < 1 || line.quantity > Command::MaxDelta)
            return Error::validation(at + u"quantity"_s, u"must be between 1 and 1000000"_s);
        if (line.unitPriceCents
            && (*line.unitPriceCents < 0 || *line.unitPriceCents > 100'000'000'00LL))
            return Error::validation(at + u"unitPrice"_s, u"must be between 0 and 100000000"_s);
        if (c.kind == CommandKind::ReturnTicket && line.disposition != u"restock"_s
            && line.disposition != u"damaged"_s)
            return Error::validation(at + u"disposition"_s, u"must be restock or damaged"_s);
    }
    return std::nullopt;
}

std::optional<Error> CommandValidator::validateTransfer(const Command &c)
{
    const auto idRule = u"must be 1..64 characters of [A-Za-z0-9._:-]"_s;
    const bool request = c.kind == CommandKind::RequestTransfer;
    if (!(request && c.transferId.isEmpty()) && !Command::isValidId(c.transferId))
        return Error::validation(u"transferId"_s, idRule);
    if (request) {
        if (!Command::isValidId(c.storeId))
            return Error::validation(u"fromStoreId"_s, idRule);
        if (!Command::isValidId(c.toStoreId))
            return Error::validation(u"toStoreId"_s, idRule);
        if (c.storeId == c.toStoreId)
            return Error::validation(u"toStoreId"_s, u"must differ from fromStoreId"_s);
    }
    const bool needsLines = request || c.kind == CommandKind::ReceiveTransfer;
    if ((needsLines && c.transferLines.isEmpty()) || c.transferLines.size() > Transfer::MaxLines)
        return Error::validation(u"lines"_s, u"must hold 1..200 lines"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < c.transferLines.size(); ++i) {
        const TransferLine &line = c.transferLines.at(i);
        const QString at = u"lines[%1]."_s.arg(i);
        if (!Command::isValidId(line.productId))
            return Error::validation(at + u"productId"_s, idRule);
        if (seen.contains(line.productId))
            return Error::validation(at + u"productId"_s, u"appears more than once"_s);
        seen.insert(line.productId);
        const qint64 units = line.requested + line.shipped + line.received + line.damaged;
        const bool inRange = line.requested >= 0 && line.shipped >= 0 && line.received >= 0
            && line.damaged >= 0 && units <= Command::MaxDelta;
        // A request line asks for something; a shipment or receipt line may say none.
        if (!inRange || (request && line.requested < 1))
            return Error::validation(at + u"quantity"_s,
                                     request ? u"must be between 1 and 1000000"_s
                                             : u"must be between 0 and 1000000"_s);
    }
    return std::nullopt;
}

std::optional<Error> CommandValidator::validateCount(const Command &c)
{
    const auto idRule = u"must be 1..64 characters of [A-Za-z0-9._:-]"_s;
    if (!Command::isValidId(c.countId))
        return Error::validation(u"countId"_s, idRule);
    if (c.kind == CommandKind::EnterCount) {
        if (!Command::isValidId(c.productId))
            return Error::validation(u"productId"_s, idRule);
        if (c.quantity < 0 || c.quantity > Command::MaxCount)
            return Error::validation(u"counted"_s, u"must be between 0 and 1000000000"_s);
        if (c.device.size() > 64)
            return Error::validation(u"device"_s, u"must be at most 64 characters"_s);
    }
    if (c.kind != CommandKind::OpenCount)
        return std::nullopt;
    if (!Command::isValidId(c.storeId))
        return Error::validation(u"storeId"_s, idRule);
    switch (c.countScope) {
    case CountScope::List: {
        if (c.productIds.isEmpty() || c.productIds.size() > CountSession::MaxListed)
            return Error::validation(u"productIds"_s, u"must name 1..2000 products"_s);
        QSet<QString> seen;
        for (qsizetype i = 0; i < c.productIds.size(); ++i) {
            if (!Command::isValidId(c.productIds.at(i)))
                return Error::validation(u"productIds[%1]"_s.arg(i), idRule);
            if (seen.contains(c.productIds.at(i)))
                return Error::validation(u"productIds[%1]"_s.arg(i), u"appears more than once"_s);
            seen.insert(c.productIds.at(i));
        }
        break;
    }
    case CountScope::Category:
        if (c.category.trimmed().isEmpty() || c.category.size() > Command::MaxTextLength)
            return Error::validation(u"category"_s, u"must be 1..200 characters"_s);
        break;
    case CountScope::Random:
        if (c.randomCount < 1 || c.randomCount > CountSession::MaxListed)
            return Error::validation(u"random"_s, u"must be between 1 and 2000"_s);
        break;
    case CountScope::Full:
    case CountScope::Shelf:
        break;
    }
    return std::nullopt;
}

} // namespace inventory
