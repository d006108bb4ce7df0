#include "core/engine/commandexecutor.h"

#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/productjson.h"
#include "core/protocol/stockrowjson.h"
#include "core/storage/dbconnection.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
Event stockEvent(const char *type, const StockRow &row, const Command &command, qint64 delta,
                 qint64 nowMs)
{
    JsonWriter out(256);
    beginStockEventData(out, row, command.actor, command.device);
    out.key("delta"_L1).value(delta);
    out.key("reason"_L1).value(command.reason);
    if (!command.note.isEmpty())
        out.key("note"_L1).value(command.note);
    out.endObject();
    Event event { 0, QString::fromLatin1(type), nowMs, command.storeId, command.productId, {} };
    event.data = JsonBody::fromText(out.bytes());
    event.row = row;
    event.reason = command.reason;
    event.delta = delta;
    return event;
}

// The reply to a stock write, the row and its event's seq, as text (see Applied).
Applied stockApplied(const StockRow &row, const Event &event)
{
    JsonWriter out(256);
    out.beginObject();
    writeStockRowFields(out, row, ProductIdField::Included);
    out.key("eventSeq"_L1).value(event.seq);
    out.endObject();
    return Applied { 200, JsonBody::fromText(out.bytes()), { event } };
}
} // namespace

CommandExecutor::CommandExecutor(DbConnection &connection)
    : m_connection(connection)
    , m_stock(connection)
    , m_events(connection)
    , m_reservations(connection)
    , m_reserving(m_stock, m_events, m_reservations)
    , m_tickets(connection, m_stock, m_events)
    , m_returns(connection, m_stock, m_events)
    , m_offline(connection, m_stock, m_events)
    , m_resolver(connection, m_stock, m_events,
                 [this](const QString &reservationId, const QString &actor, qint64 nowMs) {
                     return m_reserving.finish(Command::cancel(reservationId).by(actor),
                                               ReservationStatus::Cancelled, nowMs);
                 })
    , m_transfers(connection, m_stock, m_events)
    , m_counts(connection, m_stock, m_events)
    , m_reasons(connection, m_events)
{
}

Result<Applied> CommandExecutor::execute(const Command &command, qint64 nowMs)
{
    m_stock.startCommand();
    auto applied = dispatch(command, nowMs);
    if (!applied)
        return applied;
    if (Status s = announceLow(applied.value(), nowMs); !s)
        return s.error();
    return applied;
}

Status CommandExecutor::announceLow(Applied &applied, qint64 nowMs)
{
    for (const StockRow &row : m_stock.becameLow()) {
        JsonWriter out(256);
        out.beginObject();
        writeStockRowCounts(out, row);
        out.key("need"_L1).value(
            std::max<qint64>(0, row.targetLevel - (row.available() + row.incoming)));
        out.endObject();
        Event event {
            0, QString::fromLatin1(eventtype::StockLow), nowMs, row.storeId, row.productId, {}
        };
        event.data = JsonBody::fromText(out.bytes());
        event.row = row;
        auto appended = m_events.append(event);
        if (!appended)
            return appended.error();
        applied.events.append(appended.value());
    }
    return {};
}

Result<Applied> CommandExecutor::setLevels(const Command &command, qint64 nowMs)
{
    auto row = m_stock.changeOrCreate(command.productId, command.storeId, nowMs, [&] {
        return m_stock.setLevels(command.productId, command.storeId, command.minLevel,
                                 command.targetLevel, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value())
        return Error::unavailable(u"storage error: the stock row of %1 at %2 was not updated"_s.arg(
            command.productId, command.storeId));
    JsonWriter out(256);
    beginStockEventData(out, *row.value(), command.actor);
    out.endObject();
    Event event {
        0, QString::fromLatin1(eventtype::StockLevels), nowMs, command.storeId, command.productId,
        {}
    };
    event.data = JsonBody::fromText(out.bytes());
    event.row = *row.value();
    auto appended = m_events.append(event);
    if (!appended)
        return appended.error();
    return stockApplied(*row.value(), appended.value());
}

Result<Applied> CommandExecutor::dispatch(const Command &command, qint64 nowMs)
{
    switch (command.kind) {
    case CommandKind::Adjust:
    case CommandKind::Count: {
        auto checked = m_reasons.checked(command);
        if (!checked)
            return checked.error();
        return command.kind == CommandKind::Adjust ? adjust(checked.value(), nowMs)
                                                   : count(checked.value(), nowMs);
    }
    case CommandKind::Reserve:
        return m_reserving.reserve(command, nowMs);
    case CommandKind::Confirm:
        return m_reserving.finish(command, ReservationStatus::Confirmed, nowMs);
    case CommandKind::Cancel:
        return m_reserving.finish(command, ReservationStatus::Cancelled, nowMs);
    case CommandKind::CreateProduct:
        return createProduct(command, nowMs);
    case CommandKind::Sell:
        return m_tickets.sell(command, nowMs);
    case CommandKind::ReturnTicket:
        return m_returns.apply(command, nowMs);
    case CommandKind::ResolveDiscrepancy:
        return m_resolver.resolve(command, nowMs);
    case CommandKind::RequestTransfer:
    case CommandKind::ShipTransfer:
    case CommandKind::ReceiveTransfer:
    case CommandKind::CloseTransfer:
    case CommandKind::CancelTransfer:
        return m_transfers.apply(command, nowMs);
    case CommandKind::DefineReason:
        return m_reasons.define(command, nowMs);
    case CommandKind::SetLevels:
        return setLevels(command, nowMs);
    case CommandKind::OpenCount:
    case CommandKind::EnterCount:
    case CommandKind::ApplyCount:
    case CommandKind::CancelCount:
        return m_counts.apply(command, nowMs);
    }
    Q_UNREACHABLE();
}

Result<Applied> CommandExecutor::adjust(const Command &command, qint64 nowMs)
{
    if (command.stockCheck == StockCheck::RecordDiscrepancy && command.quantity < 0)
        return m_offline.subtract(command, nowMs);
    auto row = m_stock.changeOrCreate(command.productId, command.storeId, nowMs, [&] {
        return m_stock.applyDeltas(command.productId, command.storeId, command.quantity, 0, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value())
        return m_stock.insufficient(command.productId, command.storeId, -command.quantity);
    auto event = m_events.append(
        stockEvent(eventtype::StockAdjusted, *row.value(), command, command.quantity, nowMs));
    if (!event)
        return event.error();
    return stockApplied(*row.value(), event.value());
}

Result<Applied> CommandExecutor::count(const Command &command, qint64 nowMs)
{
    auto before = m_stock.load(command.productId, command.storeId);
    if (!before)
        return before.error();
    const qint64 previous = before.value() ? before.value()->quantity : 0;
    auto row = m_stock.changeOrCreate(command.productId, command.storeId, nowMs, [&] {
        return m_stock.setQuantity(command.productId, command.storeId, command.quantity,
                                   command.expectedVersion, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value()) {
        auto current = m_stock.load(command.productId, command.storeId);
        if (!current)
            return current.error();
        const StockRow now = current.value().value_or(StockRow {});
        if (command.expectedVersion && *command.expectedVersion != now.version) {
            return Error(
                ErrorCode::VersionConflict,
                u"the stock row is at version %1, not %2"_s.arg(now.version)
                    .arg(*command.expectedVersion),
                { { u"currentVersion"_s, now.version }, { u"currentQuantity"_s, now.quantity } });
        }
        return Error(
            ErrorCode::InsufficientStock,
            u"cannot count %1: %2 unit(s) are reserved"_s.arg(command.quantity).arg(now.reserved),
            { { u"available"_s, now.available() },
              { u"requested"_s, command.quantity },
              { u"reserved"_s, now.reserved } });
    }
    auto event = m_events.append(stockEvent(eventtype::StockCounted, *row.value(), command,
                                            command.quantity - previous, nowMs));
    if (!event)
        return event.error();
    return stockApplied(*row.value(), event.value());
}

Result<QList<Event>> CommandExecutor::expireDue(qint64 nowMs)
{
    return m_reserving.expireDue(nowMs);
}

Result<QStringList> CommandExecutor::dueReservations(qint64 nowMs)
{
    return m_reservations.due(nowMs);
}

Result<QList<Event>> CommandExecutor::expire(const QStringList &ids, qint64 nowMs)
{
    return m_reserving.expire(ids, nowMs);
}

Result<Applied> CommandExecutor::createProduct(const Command &command, qint64 nowMs)
{
    const Product &p = command.product;
    auto clash = m_connection.run(
        u"SELECT id, sku, barcode FROM products WHERE id = ? OR sku = ? OR barcode = ?"_s,
        { p.id, p.sku, p.barcode.isEmpty() ? QVariant() : QVariant(p.barcode) });
    if (!clash)
        return clash.error();
    if (clash.value()->next()) {
        const QString field = clash.value()->value(1).toString() == p.sku ? u"sku"_s
            : clash.value()->value(0).toString() == p.id                  ? u"id"_s
                                                                          : u"barcode"_s;
        clash.value()->finish();
        return Error::validation(field, u"a product with this %1 already exists"_s.arg(field));
    }
    if (Status s = m_connection.endOfRows(*clash.value()); !s)
        return s.error();
    auto inserted
        = m_connection.run(u"INSERT INTO products (id, sku, barcode, name, category,"
                           " price_cents, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                           { p.id, p.sku, p.barcode.isEmpty() ? QVariant() : QVariant(p.barcode),
                             p.name, p.category, p.priceCents, nowMs });
    if (!inserted)
        return inserted.error();
    QJsonObject data = toJson(p);
    data.insert(u"actor"_s, command.actor);
    auto event = m_events.append(
        { 0, QString::fromLatin1(eventtype::ProductCreated), nowMs, {}, p.id, data });
    if (!event)
        return event.error();
    return Applied { 201, toJson(p), { event.value() } };
}

} // namespace inventory
