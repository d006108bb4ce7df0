#include "core/domain/command.h"

#include "core/domain/validation/commandvalidator.h"

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
    return CommandValidator::validate(*this);
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
