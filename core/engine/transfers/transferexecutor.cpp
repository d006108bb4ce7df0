#include "core/engine/transfers/transferexecutor.h"

#include "core/domain/reservation.h"
#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/stocktable.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"
#include "core/protocol/transfers/transferjson.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// The transfer's line of a product, or nullptr.
TransferLine *lineOf(Transfer &transfer, const QString &productId)
{
    auto at = std::find_if(transfer.lines.begin(), transfer.lines.end(),
                           [&](const TransferLine &l) { return l.productId == productId; });
    return at == transfer.lines.end() ? nullptr : &*at;
}
} // namespace

TransferExecutor::TransferExecutor(DbConnection &connection, StockTable &stock, EventLog &events)
    : m_stock(stock)
    , m_events(events)
    , m_transfers(connection)
{
}

Result<Applied> TransferExecutor::apply(const Command &command, qint64 nowMs)
{
    if (command.kind == CommandKind::RequestTransfer)
        return request(command, nowMs);
    auto loaded = m_transfers.load(command.transferId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error::notFound(u"transfer"_s, command.transferId);
    Transfer transfer = *loaded.value();
    switch (command.kind) {
    case CommandKind::ShipTransfer:
        return ship(command, transfer, nowMs);
    case CommandKind::ReceiveTransfer:
        return receive(command, transfer, nowMs);
    case CommandKind::CloseTransfer:
        return close(command, transfer, nowMs);
    case CommandKind::CancelTransfer:
        return cancel(command, transfer, nowMs);
    default:
        Q_UNREACHABLE();
    }
}

Error TransferExecutor::notInState(const Transfer &transfer, const QString &verb)
{
    const QString status = Transfer::statusName(transfer.status);
    return Error(ErrorCode::InvalidState,
                 u"transfer '%1' is %2: it cannot be %3"_s.arg(transfer.id, status, verb),
                 { { u"status"_s, status } });
}

Result<Applied> TransferExecutor::request(const Command &command, qint64 nowMs)
{
    Transfer transfer;
    transfer.id = command.transferId.isEmpty() ? u"T-"_s + Reservation::generateId(nowMs)
                                               : command.transferId;
    if (!command.transferId.isEmpty()) {
        auto existing = m_transfers.load(transfer.id);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error(ErrorCode::IdempotencyKeyReused,
                         u"transfer '%1' already exists with other values"_s.arg(transfer.id),
                         { { u"field"_s, u"transferId"_s } });
    }
    for (const QString &store : { command.storeId, command.toStoreId }) {
        auto exists = m_stock.storeExists(store);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error::notFound(u"store"_s, store);
    }
    for (const TransferLine &line : command.transferLines) {
        auto exists = m_stock.productExists(line.productId);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error::notFound(u"product"_s, line.productId);
        transfer.lines.append({ line.productId, line.requested, 0, 0, 0, 0 });
    }
    transfer.fromStoreId = command.storeId;
    transfer.toStoreId = command.toStoreId;
    transfer.note = command.note;
    transfer.requestedBy = command.actor;
    transfer.requestedAtMs = nowMs;
    transfer.updatedAtMs = nowMs;
    return record(eventtype::TransferRequested, transfer, command, {}, 201, nowMs);
}

Result<std::optional<TransferExecutor::Moved>>
TransferExecutor::move(const QString &productId, const QString &storeId, qint64 dQuantity,
                       qint64 dIncoming, const QString &reason, qint64 nowMs)
{
    auto existing = m_stock.load(productId, storeId);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        if (Status s = m_stock.insertEmpty(productId, storeId, nowMs); !s)
            return s.error();
    }
    auto row = m_stock.applyTransfer(productId, storeId, dQuantity, dIncoming, nowMs);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Moved>();
    return std::optional<Moved>(Moved { *row.value(), dQuantity, dIncoming, reason });
}

Result<Applied> TransferExecutor::ship(const Command &command, Transfer transfer, qint64 nowMs)
{
    if (transfer.status != TransferStatus::Requested)
        return notInState(transfer, u"shipped"_s);
    // Without lines: everything as requested. With lines: those quantities, none of the rest.
    for (TransferLine &line : transfer.lines)
        line.shipped = command.transferLines.isEmpty() ? line.requested : 0;
    for (const TransferLine &given : command.transferLines) {
        TransferLine *at = lineOf(transfer, given.productId);
        if (!at)
            return Error::validation(
                u"lines"_s, u"%1 is not a product of this transfer"_s.arg(given.productId));
        at->shipped = given.shipped;
    }
    if (std::none_of(transfer.lines.begin(), transfer.lines.end(),
                     [](const TransferLine &l) { return l.shipped > 0; }))
        return Error::validation(u"lines"_s, u"nothing to ship: every quantity is 0"_s);

    // Every refusal is decided before anything is written: all lines or none.
    QJsonArray short_;
    for (const TransferLine &line : std::as_const(transfer.lines)) {
        if (line.shipped == 0)
            continue;
        auto row = m_stock.load(line.productId, transfer.fromStoreId);
        if (!row)
            return row.error();
        const qint64 available = row.value() ? row.value()->available() : 0;
        if (available < line.shipped)
            short_.append(QJsonObject { { u"productId"_s, line.productId },
                                        { u"available"_s, available },
                                        { u"requested"_s, line.shipped } });
    }
    if (!short_.isEmpty())
        return Error(ErrorCode::InsufficientStock,
                     u"%1 line(s) of the transfer lack available units at %2; nothing was"
                     " shipped"_s.arg(short_.size())
                         .arg(transfer.fromStoreId),
                     { { u"lines"_s, short_ } });
    // In product order, the order every writer locks rows in (PostgreSQL).
    QList<TransferLine> ordered = transfer.lines;
    std::sort(ordered.begin(), ordered.end(), [](const TransferLine &a, const TransferLine &b) {
        return a.productId < b.productId;
    });
    QList<Moved> moved;
    for (const TransferLine &line : std::as_const(ordered)) {
        if (line.shipped == 0)
            continue;
        auto out = move(line.productId, transfer.fromStoreId, -line.shipped, 0, u"transfer_out"_s,
                        nowMs);
        if (!out)
            return out.error();
        if (!out.value()) // another server took the units meanwhile (PostgreSQL)
            return Error(ErrorCode::InsufficientStock,
                         u"%1 lacks available units at %2; nothing was shipped"_s.arg(
                             line.productId, transfer.fromStoreId),
                         { { u"lines"_s,
                             QJsonArray { QJsonObject { { u"productId"_s, line.productId },
                                                        { u"requested"_s, line.shipped } } } } });
        moved << *out.value();
        auto in
            = move(line.productId, transfer.toStoreId, 0, line.shipped, u"transfer_in"_s, nowMs);
        if (!in)
            return in.error();
        if (!in.value())
            return Error::unavailable(u"cannot add incoming units at %1"_s.arg(transfer.toStoreId));
        moved << *in.value();
    }
    transfer.status = TransferStatus::InTransit;
    transfer.shippedBy = command.actor;
    transfer.shippedAtMs = nowMs;
    return record(eventtype::TransferShipped, transfer, command, moved, 200, nowMs);
}

Result<Applied> TransferExecutor::receive(const Command &command, Transfer transfer, qint64 nowMs)
{
    if (!Transfer::isOnTheWay(transfer.status))
        return notInState(transfer, u"received"_s);
    QList<TransferLine> steps = command.transferLines;
    std::sort(steps.begin(), steps.end(), [](const TransferLine &a, const TransferLine &b) {
        return a.productId < b.productId;
    });
    for (const TransferLine &given : std::as_const(steps)) {
        TransferLine *at = lineOf(transfer, given.productId);
        if (!at)
            return Error::validation(
                u"lines"_s, u"%1 is not a product of this transfer"_s.arg(given.productId));
        if (given.received + given.damaged > at->outstanding())
            return Error(
                ErrorCode::InvalidState,
                u"%1: %2 unit(s) are still on their way, %3 received"_s.arg(given.productId)
                    .arg(at->outstanding())
                    .arg(given.received + given.damaged),
                { { u"productId"_s, given.productId }, { u"outstanding"_s, at->outstanding() } });
    }
    QList<Moved> moved;
    for (const TransferLine &given : std::as_const(steps)) {
        const qint64 units = given.received + given.damaged;
        if (units == 0)
            continue;
        TransferLine *at = lineOf(transfer, given.productId);
        at->received += given.received;
        at->damaged += given.damaged;
        auto in = move(given.productId, transfer.toStoreId, given.received, -units,
                       given.received > 0 ? u"transfer_in"_s : u"damage"_s, nowMs);
        if (!in)
            return in.error();
        if (!in.value())
            return Error::unavailable(u"the incoming units of %1 at %2 are inconsistent"_s.arg(
                given.productId, transfer.toStoreId));
        moved << *in.value();
    }
    if (moved.isEmpty())
        return Error::validation(u"lines"_s, u"nothing received: every quantity is 0"_s);
    const bool all = std::all_of(transfer.lines.begin(), transfer.lines.end(),
                                 [](const TransferLine &l) { return l.outstanding() == 0; });
    transfer.status = all ? TransferStatus::Received : TransferStatus::PartiallyReceived;
    return record(eventtype::TransferReceived, transfer, command, moved, 200, nowMs);
}

Result<Applied> TransferExecutor::close(const Command &command, Transfer transfer, qint64 nowMs)
{
    if (!Transfer::isOnTheWay(transfer.status))
        return notInState(transfer, u"closed"_s);
    QList<Moved> moved;
    for (TransferLine &line : transfer.lines) {
        const qint64 rest = line.outstanding();
        if (rest == 0)
            continue;
        line.lost += rest;
        auto gone = move(line.productId, transfer.toStoreId, 0, -rest, u"loss"_s, nowMs);
        if (!gone)
            return gone.error();
        if (!gone.value())
            return Error::unavailable(u"the incoming units of %1 at %2 are inconsistent"_s.arg(
                line.productId, transfer.toStoreId));
        moved << *gone.value();
    }
    transfer.status = TransferStatus::Closed;
    return record(eventtype::TransferClosed, transfer, command, moved, 200, nowMs);
}

Result<Applied> TransferExecutor::cancel(const Command &command, Transfer transfer, qint64 nowMs)
{
    if (transfer.status != TransferStatus::Requested)
        return notInState(transfer, u"cancelled"_s);
    transfer.status = TransferStatus::Cancelled;
    return record(eventtype::TransferCancelled, transfer, command, {}, 200, nowMs);
}

Result<Applied> TransferExecutor::record(const char *type, Transfer transfer,
                                         const Command &command, const QList<Moved> &moved,
                                         int status, qint64 nowMs)
{
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    transfer.eventSeq = seq.value();
    transfer.updatedAtMs = nowMs;
    if (Status s = qstrcmp(type, eventtype::TransferRequested) == 0 ? m_transfers.insert(transfer)
                                                                    : m_transfers.update(transfer);
        !s)
        return s.error();

    // Both stores take part: the event names neither (every store's feed carries it), and
    // names each row it changed with its own store.
    JsonWriter data(512 + 256 * moved.size());
    data.beginObject();
    data.key("transferId"_L1).value(transfer.id);
    data.key("fromStoreId"_L1).value(transfer.fromStoreId);
    data.key("toStoreId"_L1).value(transfer.toStoreId);
    data.key("status"_L1).value(Transfer::statusName(transfer.status));
    data.key("actor"_L1).value(command.actor);
    data.key("note"_L1).value(command.note);
    data.key("rows"_L1).beginArray();
    Event event { seq.value(), QString::fromLatin1(type), nowMs, {}, {} };
    for (const Moved &m : moved) {
        data.beginObject();
        data.key("productId"_L1).value(m.row.productId);
        data.key("storeId"_L1).value(m.row.storeId);
        data.key("delta"_L1).value(m.delta);
        data.key("incomingDelta"_L1).value(m.incomingDelta);
        data.key("reason"_L1).value(m.reason);
        data.key("row"_L1);
        writeJson(data, m.row, ProductIdField::Included);
        data.endObject();
        event.rows << m.row;
        event.rowReasons << m.reason;
        event.rowDeltas << m.delta;
    }
    data.endArray();
    data.key("transfer"_L1);
    writeTransfer(data, transfer);
    data.endObject();
    event.data = JsonBody::fromText(data.bytes());
    if (Status s = m_events.insert(event); !s)
        return s.error();
    JsonWriter out(512 + 128 * transfer.lines.size());
    writeTransfer(out, transfer);
    return Applied { status, JsonBody::fromText(out.bytes()), { event } };
}

} // namespace inventory
