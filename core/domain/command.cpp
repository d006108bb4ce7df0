#include "core/domain/command.h"

#include "core/domain/reasoncode.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

Command Command::adjust(const QString &productId, const QString &storeId, qint64 delta,
                        const QString &reason)
{
    Command c;
    c.kind = CommandKind::Adjust;
    c.productId = productId;
    c.storeId = storeId;
    c.quantity = delta;
    c.reason = reason;
    return c;
}

Command Command::count(const QString &productId, const QString &storeId, qint64 quantity,
                       std::optional<qint64> expectedVersion, const QString &reason)
{
    Command c;
    c.kind = CommandKind::Count;
    c.productId = productId;
    c.storeId = storeId;
    c.quantity = quantity;
    c.expectedVersion = expectedVersion;
    c.reason = reason;
    return c;
}

Command Command::reserve(const QString &productId, const QString &storeId, qint64 quantity,
                         const QString &customerId, qint64 ttlSeconds, const QString &reservationId)
{
    Command c;
    c.kind = CommandKind::Reserve;
    c.productId = productId;
    c.storeId = storeId;
    c.quantity = quantity;
    c.customerId = customerId;
    c.ttlSeconds = ttlSeconds;
    c.reservationId = reservationId;
    return c;
}

Command Command::confirm(const QString &reservationId)
{
    Command c;
    c.kind = CommandKind::Confirm;
    c.reservationId = reservationId;
    return c;
}

Command Command::cancel(const QString &reservationId)
{
    Command c;
    c.kind = CommandKind::Cancel;
    c.reservationId = reservationId;
    return c;
}

Command Command::createProduct(const Product &product)
{
    Command c;
    c.kind = CommandKind::CreateProduct;
    c.product = product;
    c.productId = product.id;
    return c;
}

Command Command::sell(const QString &ticketId, const QString &storeId,
                      const QList<TicketLine> &lines, const QString &paymentMethod)
{
    Command c;
    c.kind = CommandKind::Sell;
    c.ticketId = ticketId;
    c.storeId = storeId;
    c.lines = lines;
    c.paymentMethod = paymentMethod;
    c.reason = u"sale"_s;
    return c;
}

Command Command::returnTicket(const QString &ticketId, const QString &returnId,
                              const QString &storeId, const QList<TicketLine> &lines,
                              const QString &note)
{
    Command c;
    c.kind = CommandKind::ReturnTicket;
    c.ticketId = ticketId;
    c.returnId = returnId;
    c.storeId = storeId;
    c.lines = lines;
    c.note = note;
    c.reason = u"return"_s;
    return c;
}

Command Command::resolveDiscrepancy(const QString &discrepancyId, const QString &resolution,
                                    const QString &note)
{
    Command c;
    c.kind = CommandKind::ResolveDiscrepancy;
    c.discrepancyId = discrepancyId;
    c.resolution = resolution;
    c.note = note;
    return c;
}

Command Command::requestTransfer(const QString &transferId, const QString &fromStoreId,
                                 const QString &toStoreId, const QList<TransferLine> &lines,
                                 const QString &note)
{
    Command c;
    c.kind = CommandKind::RequestTransfer;
    c.transferId = transferId;
    c.storeId = fromStoreId;
    c.toStoreId = toStoreId;
    c.transferLines = lines;
    c.note = note;
    return c;
}

Command Command::transferStep(CommandKind kind, const QString &transferId,
                              const QList<TransferLine> &lines, const QString &note)
{
    Command c;
    c.kind = kind;
    c.transferId = transferId;
    c.transferLines = lines;
    c.note = note;
    return c;
}

Command Command::defineReason(const QString &code, const QString &label, const QString &direction)
{
    Command c;
    c.kind = CommandKind::DefineReason;
    c.reason = code;
    c.label = label;
    c.direction = direction;
    return c;
}

Command Command::setLevels(const QString &productId, const QString &storeId, qint64 minLevel,
                           qint64 targetLevel)
{
    Command c;
    c.kind = CommandKind::SetLevels;
    c.productId = productId;
    c.storeId = storeId;
    c.minLevel = minLevel;
    c.targetLevel = targetLevel;
    return c;
}

Command Command::openCount(const QString &countId, const QString &storeId, CountScope scope,
                           CountVisibility visibility)
{
    Command c;
    c.kind = CommandKind::OpenCount;
    c.countId = countId;
    c.storeId = storeId;
    c.countScope = scope;
    c.countVisibility = visibility;
    return c;
}

Command Command::countEntry(const QString &countId, const QString &productId, qint64 counted,
                            const QString &device)
{
    Command c;
    c.kind = CommandKind::EnterCount;
    c.countId = countId;
    c.productId = productId;
    c.quantity = counted;
    c.device = device;
    return c;
}

Command Command::countStep(CommandKind kind, const QString &countId, UncountedProducts uncounted)
{
    Command c;
    c.kind = kind;
    c.countId = countId;
    c.uncounted = uncounted;
    return c;
}

Command &Command::withKey(const QString &key)
{
    idempotencyKey = key;
    return *this;
}

Command &Command::by(const QString &actorName)
{
    actor = actorName;
    return *this;
}

// A loop rather than a regular expression: this runs for every reservation, and matching a
// regular expression costs more than the loop.
bool Command::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u':' || c == u'-';
    });
}

std::optional<Error> Command::validate() const
{
    if (!idempotencyKey.isNull()
        && (idempotencyKey.isEmpty() || idempotencyKey.size() > MaxKeyLength))
        return Error::validation(u"idempotencyKey"_s, u"must be 1..128 characters"_s);
    if (reason.size() > MaxTextLength)
        return Error::validation(u"reason"_s, u"must be at most 200 characters"_s);
    if (note.size() > ReasonCode::MaxNoteLength)
        return Error::validation(u"note"_s, u"must be at most 500 characters"_s);

    const bool needsStock = kind == CommandKind::Adjust || kind == CommandKind::Count
        || kind == CommandKind::Reserve || kind == CommandKind::SetLevels;
    if (needsStock) {
        if (!isValidId(productId))
            return Error::validation(u"productId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!isValidId(storeId))
            return Error::validation(u"storeId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
    }

    switch (kind) {
    case CommandKind::Sell:
    case CommandKind::ReturnTicket:
        return validateTicket();
    case CommandKind::ResolveDiscrepancy:
        if (!isValidId(discrepancyId))
            return Error::validation(u"discrepancyId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!Discrepancy::isResolution(resolution))
            return Error::validation(u"resolution"_s,
                                     u"must be counted, transferred, released or accepted"_s);
        break;
    case CommandKind::RequestTransfer:
    case CommandKind::ShipTransfer:
    case CommandKind::ReceiveTransfer:
    case CommandKind::CloseTransfer:
    case CommandKind::CancelTransfer:
        return validateTransfer();
    case CommandKind::OpenCount:
    case CommandKind::EnterCount:
    case CommandKind::ApplyCount:
    case CommandKind::CancelCount:
        return validateCount();
    case CommandKind::DefineReason:
        if (!ReasonCode::isWellFormed(reason))
            return Error::validation(u"code"_s, u"must be 1..32 characters of [a-z0-9_]"_s);
        if (label.trimmed().isEmpty() || label.size() > MaxTextLength)
            return Error::validation(u"label"_s, u"must be 1..200 characters"_s);
        if (!ReasonCode::isDirection(direction))
            return Error::validation(u"direction"_s, u"must be in, out or set"_s);
        break;
    case CommandKind::SetLevels:
        if (minLevel < 0 || minLevel > MaxCount)
            return Error::validation(u"min"_s, u"must be between 0 and 1000000000"_s);
        if (targetLevel < minLevel || targetLevel > MaxCount)
            return Error::validation(u"target"_s, u"must be between min and 1000000000"_s);
        break;
    case CommandKind::Adjust:
        if (quantity == 0 || quantity > MaxDelta || quantity < -MaxDelta)
            return Error::validation(u"quantity"_s, u"must be between 1 and 1000000"_s);
        break;
    case CommandKind::Count:
        if (quantity < 0 || quantity > MaxCount)
            return Error::validation(u"quantity"_s, u"must be between 0 and 1000000000"_s);
        if (expectedVersion && *expectedVersion < 0)
            return Error::validation(u"expectedVersion"_s, u"must not be negative"_s);
        break;
    case CommandKind::Reserve:
        if (quantity < 1 || quantity > MaxDelta)
            return Error::validation(u"quantity"_s, u"must be between 1 and 1000000"_s);
        if (customerId.isEmpty() || customerId.size() > MaxTextLength)
            return Error::validation(u"customerId"_s, u"must be 1..200 characters"_s);
        if (ttlSeconds < 1 || ttlSeconds > MaxTtlSeconds)
            return Error::validation(u"ttl"_s, u"must be between 1 and 86400 seconds"_s);
        if (!reservationId.isEmpty() && !isValidId(reservationId))
            return Error::validation(u"reservationId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        break;
    case CommandKind::Confirm:
    case CommandKind::Cancel:
        if (!isValidId(reservationId))
            return Error::validation(u"reservationId"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        break;
    case CommandKind::CreateProduct:
        if (!isValidId(product.id))
            return Error::validation(u"id"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!isValidId(product.sku))
            return Error::validation(u"sku"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (!product.barcode.isEmpty() && !isValidId(product.barcode))
            return Error::validation(u"barcode"_s,
                                     u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
        if (product.name.trimmed().isEmpty() || product.name.size() > MaxTextLength)
            return Error::validation(u"name"_s, u"must be 1..200 characters"_s);
        if (product.category.trimmed().isEmpty() || product.category.size() > MaxTextLength)
            return Error::validation(u"category"_s, u"must be 1..200 characters"_s);
        if (product.priceCents < 0 || product.priceCents > 100'000'000'00LL)
            return Error::validation(u"price"_s, u"must be between 0 and 100000000"_s);
        break;
    }
    return std::nullopt;
}

std::optional<Error> Command::validateTicket() const
{
    const auto idRule = u"must be 1..64 characters of [A-Za-z0-9._:-]"_s;
    if (!isValidId(ticketId))
        return Error::validation(u"ticketId"_s, idRule);
    if (kind == CommandKind::ReturnTicket && !isValidId(returnId))
        return Error::validation(u"returnId"_s, idRule);
    if (!isValidId(storeId))
        return Error::validation(u"storeId"_s, idRule);
    if (lines.isEmpty() || lines.size() > Ticket::MaxLines)
        return Error::validation(u"lines"_s, u"must hold 1..200 lines"_s);
    if (!paymentMethod.isEmpty() && paymentMethod != u"cash"_s && paymentMethod != u"card"_s
        && paymentMethod != u"other"_s)
        return Error::validation(u"payment.method"_s, u"must be cash, card or other"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TicketLine &line = lines.at(i);
        const QString at = u"lines[%1]."_s.arg(i);
        if (!isValidId(line.productId))
            return Error::validation(at + u"productId"_s, idRule);
        if (seen.contains(line.productId))
            return Error::validation(at + u"productId"_s, u"appears more than once"_s);
        seen.insert(line.productId);
        if (line.quantity < 1 || line.quantity > MaxDelta)
            return Error::validation(at + u"quantity"_s, u"must be between 1 and 1000000"_s);
        if (line.unitPriceCents
            && (*line.unitPriceCents < 0 || *line.unitPriceCents > 100'000'000'00LL))
            return Error::validation(at + u"unitPrice"_s, u"must be between 0 and 100000000"_s);
        if (kind == CommandKind::ReturnTicket && line.disposition != u"restock"_s
            && line.disposition != u"damaged"_s)
            return Error::validation(at + u"disposition"_s, u"must be restock or damaged"_s);
    }
    return std::nullopt;
}

std::optional<Error> Command::validateTransfer() const
{
    const auto idRule = u"must be 1..64 characters of [A-Za-z0-9._:-]"_s;
    if (!(kind == CommandKind::RequestTransfer && transferId.isEmpty()) && !isValidId(transferId))
        return Error::validation(u"transferId"_s, idRule);
    if (kind == CommandKind::RequestTransfer) {
        if (!isValidId(storeId))
            return Error::validation(u"fromStoreId"_s, idRule);
        if (!isValidId(toStoreId))
            return Error::validation(u"toStoreId"_s, idRule);
        if (storeId == toStoreId)
            return Error::validation(u"toStoreId"_s, u"must differ from fromStoreId"_s);
    }
    const bool needsLines
        = kind == CommandKind::RequestTransfer || kind == CommandKind::ReceiveTransfer;
    if ((needsLines && transferLines.isEmpty()) || transferLines.size() > Transfer::MaxLines)
        return Error::validation(u"lines"_s, u"must hold 1..200 lines"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < transferLines.size(); ++i) {
        const TransferLine &line = transferLines.at(i);
        const QString at = u"lines[%1]."_s.arg(i);
        if (!isValidId(line.productId))
            return Error::validation(at + u"productId"_s, idRule);
        if (seen.contains(line.productId))
            return Error::validation(at + u"productId"_s, u"appears more than once"_s);
        seen.insert(line.productId);
        const qint64 units = line.requested + line.shipped + line.received + line.damaged;
        const bool inRange = line.requested >= 0 && line.shipped >= 0 && line.received >= 0
            && line.damaged >= 0 && units <= MaxDelta;
        // A request line asks for something; a shipment or receipt line may say none.
        if (!inRange || (kind == CommandKind::RequestTransfer && line.requested < 1))
            return Error::validation(at + u"quantity"_s,
                                     kind == CommandKind::RequestTransfer
                                         ? u"must be between 1 and 1000000"_s
                                         : u"must be between 0 and 1000000"_s);
    }
    return std::nullopt;
}

std::optional<Error> Command::validateCount() const
{
    const auto idRule = u"must be 1..64 characters of [A-Za-z0-9._:-]"_s;
    if (!isValidId(countId))
        return Error::validation(u"countId"_s, idRule);
    if (kind == CommandKind::EnterCount) {
        if (!isValidId(productId))
            return Error::validation(u"productId"_s, idRule);
        if (quantity < 0 || quantity > MaxCount)
            return Error::validation(u"counted"_s, u"must be between 0 and 1000000000"_s);
        if (device.size() > 64)
            return Error::validation(u"device"_s, u"must be at most 64 characters"_s);
    }
    if (kind != CommandKind::OpenCount)
        return std::nullopt;
    if (!isValidId(storeId))
        return Error::validation(u"storeId"_s, idRule);
    switch (countScope) {
    case CountScope::List: {
        if (productIds.isEmpty() || productIds.size() > CountSession::MaxListed)
            return Error::validation(u"productIds"_s, u"must name 1..2000 products"_s);
        QSet<QString> seen;
        for (qsizetype i = 0; i < productIds.size(); ++i) {
            if (!isValidId(productIds.at(i)))
                return Error::validation(u"productIds[%1]"_s.arg(i), idRule);
            if (seen.contains(productIds.at(i)))
                return Error::validation(u"productIds[%1]"_s.arg(i), u"appears more than once"_s);
            seen.insert(productIds.at(i));
        }
        break;
    }
    case CountScope::Category:
        if (category.trimmed().isEmpty() || category.size() > MaxTextLength)
            return Error::validation(u"category"_s, u"must be 1..200 characters"_s);
        break;
    case CountScope::Random:
        if (randomCount < 1 || randomCount > CountSession::MaxListed)
            return Error::validation(u"random"_s, u"must be between 1 and 2000"_s);
        break;
    case CountScope::Full:
    case CountScope::Shelf:
        break;
    }
    return std::nullopt;
}

QString Command::effectiveIdempotencyKey() const
{
    if (!idempotencyKey.isEmpty())
        return idempotencyKey;
    if (kind == CommandKind::Reserve && !reservationId.isEmpty())
        return u"reservation:"_s + reservationId;
    if (kind == CommandKind::Sell)
        return u"ticket:"_s + ticketId;
    if (kind == CommandKind::ReturnTicket)
        return u"return:"_s + returnId;
    if (kind == CommandKind::RequestTransfer && !transferId.isEmpty())
        return u"transfer:"_s + transferId;
    if (kind == CommandKind::OpenCount)
        return u"count:"_s + countId;
    return {};
}

QString Command::kindName(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Adjust:
        return u"adjust"_s;
    case CommandKind::Count:
        return u"count"_s;
    case CommandKind::Reserve:
        return u"reserve"_s;
    case CommandKind::Confirm:
        return u"confirm"_s;
    case CommandKind::Cancel:
        return u"cancel"_s;
    case CommandKind::CreateProduct:
        return u"createProduct"_s;
    case CommandKind::Sell:
        return u"sell"_s;
    case CommandKind::ReturnTicket:
        return u"return"_s;
    case CommandKind::ResolveDiscrepancy:
        return u"resolveDiscrepancy"_s;
    case CommandKind::RequestTransfer:
        return u"requestTransfer"_s;
    case CommandKind::ShipTransfer:
        return u"shipTransfer"_s;
    case CommandKind::ReceiveTransfer:
        return u"receiveTransfer"_s;
    case CommandKind::CloseTransfer:
        return u"closeTransfer"_s;
    case CommandKind::CancelTransfer:
        return u"cancelTransfer"_s;
    case CommandKind::DefineReason:
        return u"defineReason"_s;
    case CommandKind::SetLevels:
        return u"setLevels"_s;
    case CommandKind::OpenCount:
        return u"openCount"_s;
    case CommandKind::EnterCount:
        return u"countEntry"_s;
    case CommandKind::ApplyCount:
        return u"applyCount"_s;
    case CommandKind::CancelCount:
        return u"cancelCount"_s;
    }
    Q_UNREACHABLE();
}

} // namespace inventory
