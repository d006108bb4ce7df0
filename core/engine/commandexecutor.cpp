#include "core/engine/commandexecutor.h"

#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/productjson.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"
#include "core/storage/dbconnection.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// Opens an event's data with the row the change left (its storeId is the event's) and who
// made it (and at which enrolled till, when at one); the caller adds the rest and closes it.
void beginRowData(JsonWriter &out, const StockRow &row, const QString &actor,
                  const QString &device = {})
{
    out.beginObject();
    writeStockRowCounts(out, row);
    out.key("actor"_L1).value(actor);
    if (!device.isEmpty())
        out.key("device"_L1).value(device);
}

Event stockEvent(const char *type, const StockRow &row, const Command &command, qint64 delta,
                 qint64 nowMs)
{
    JsonWriter out(256);
    beginRowData(out, row, command.actor, command.device);
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

// The reply of a reservation command: the reservation as its latest event left it (same
// eventSeq), written as text rather than built as a tree and serialized, which every
// reservation paid for (docs/PERFORMANCE.md).
Applied reservationApplied(int status, const Reservation &reservation, QList<Event> events)
{
    JsonWriter out(320);
    writeJson(out, reservation);
    return Applied { status, JsonBody::fromText(out.bytes()), std::move(events) };
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
    , m_tickets(connection, m_stock, m_events)
    , m_returns(connection, m_stock, m_events)
    , m_offline(connection, m_stock, m_events)
    , m_resolver(connection, m_stock, m_events,
                 [this](const QString &reservationId, const QString &actor, qint64 nowMs) {
                     return finish(Command::cancel(reservationId).by(actor),
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
    auto row = onRow(command.productId, command.storeId, nowMs, [&] {
        return m_stock.setLevels(command.productId, command.storeId, command.minLevel,
                                 command.targetLevel, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value())
        return Error::unavailable(u"storage error: the stock row of %1 at %2 was not updated"_s.arg(
            command.productId, command.storeId));
    JsonWriter out(256);
    beginRowData(out, *row.value(), command.actor);
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
        return reserve(command, nowMs);
    case CommandKind::Confirm:
        return finish(command, ReservationStatus::Confirmed, nowMs);
    case CommandKind::Cancel:
        return finish(command, ReservationStatus::Cancelled, nowMs);
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

template<typename Change>
Result<std::optional<StockRow>> CommandExecutor::onRow(const QString &productId,
                                                       const QString &storeId, qint64 nowMs,
                                                       Change change)
{
    auto changed = change();
    if (!changed || changed.value())
        return changed;
    auto existing = m_stock.load(productId, storeId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return changed; // the row is there: the precondition failed
    auto product = m_stock.productExists(productId);
    if (!product)
        return product.error();
    if (!product.value())
        return Error::notFound(u"product"_s, productId);
    auto store = m_stock.storeExists(storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return Error::notFound(u"store"_s, storeId);
    if (Status s = m_stock.insertEmpty(productId, storeId, nowMs); !s)
        return s.error();
    return change();
}

Error CommandExecutor::insufficient(const QString &productId, const QString &storeId,
                                    qint64 requested)
{
    auto row = m_stock.load(productId, storeId);
    const qint64 available = row && row.value() ? row.value()->available() : 0;
    return Error(ErrorCode::InsufficientStock,
                 u"only %1 unit(s) available, %2 requested"_s.arg(available).arg(requested),
                 { { u"available"_s, available }, { u"requested"_s, requested } });
}

Result<Applied> CommandExecutor::adjust(const Command &command, qint64 nowMs)
{
    if (command.stockCheck == StockCheck::RecordDiscrepancy && command.quantity < 0)
        return m_offline.subtract(command, nowMs);
    auto row = onRow(command.productId, command.storeId, nowMs, [&] {
        return m_stock.applyDeltas(command.productId, command.storeId, command.quantity, 0, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value())
        return insufficient(command.productId, command.storeId, -command.quantity);
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
    auto row = onRow(command.productId, command.storeId, nowMs, [&] {
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

Result<Applied> CommandExecutor::reserve(const Command &command, qint64 nowMs)
{
    Reservation reservation;
    reservation.id
        = command.reservationId.isEmpty() ? Reservation::generateId(nowMs) : command.reservationId;
    // Only an id the client chose can already exist; a fresh one has 74 random bits.
    if (!command.reservationId.isEmpty()) {
        auto existing = m_reservations.load(reservation.id);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error(ErrorCode::IdempotencyKeyReused,
                         u"reservation '%1' already exists with other values"_s.arg(reservation.id),
                         { { u"field"_s, u"reservationId"_s } });
    }

    auto row = onRow(command.productId, command.storeId, nowMs, [&] {
        return m_stock.applyDeltas(command.productId, command.storeId, 0, command.quantity, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value())
        return insufficient(command.productId, command.storeId, command.quantity);

    reservation.productId = command.productId;
    reservation.storeId = command.storeId;
    reservation.quantity = command.quantity;
    reservation.customerId = command.customerId;
    reservation.createdAtMs = nowMs;
    reservation.expiresAtMs = nowMs + command.ttlSeconds * 1000;
    auto event = appendReservationEvent(eventtype::ReservationCreated, reservation, *row.value(),
                                        command.actor, nowMs);
    if (!event)
        return event.error();
    reservation.eventSeq = event->seq;
    if (Status s = m_reservations.insert(reservation); !s)
        return s.error();
    return reservationApplied(201, *event->reservation, { event.value() });
}

Result<Applied> CommandExecutor::finish(const Command &command, ReservationStatus target,
                                        qint64 nowMs)
{
    auto loaded = m_reservations.load(command.reservationId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error::notFound(u"reservation"_s, command.reservationId);
    Reservation reservation = *loaded.value();
    if (reservation.status == target)
        return reservationApplied(200, reservation, {});
    if (reservation.status != ReservationStatus::Pending) {
        const QString status = Reservation::statusName(reservation.status);
        return Error(ErrorCode::InvalidState,
                     u"reservation '%1' is %2"_s.arg(reservation.id, status),
                     { { u"status"_s, status } });
    }
    const qint64 q = reservation.quantity;
    // An offline sale took the units of an at-risk reservation: it holds nothing, and it can
    // be sold only from units the rest of the row does not need.
    if (reservation.atRisk && target == ReservationStatus::Confirmed) {
        auto row = m_stock.load(reservation.productId, reservation.storeId);
        if (!row)
            return row.error();
        const qint64 available = row.value() ? row.value()->available() : 0;
        if (available < q)
            return Error(
                ErrorCode::InsufficientStock,
                u"reservation '%1' is at risk: an offline sale took its units and only"
                " %2 unit(s) are available"_s.arg(reservation.id)
                    .arg(available),
                { { u"available"_s, available }, { u"requested"_s, q }, { u"atRisk"_s, true } });
    }
    // Claim the transition first: with several writers (PostgreSQL, several servers) only the
    // one whose claim succeeds may touch the stock.
    auto claimed = m_reservations.claim(reservation, target);
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return finish(command, target,
                      nowMs); // someone else finished it meanwhile: answer from its state
    auto row = m_stock.applyDeltas(reservation.productId, reservation.storeId,
                                   target == ReservationStatus::Confirmed ? -q : 0,
                                   reservation.atRisk ? 0 : -q, nowMs);
    if (!row)
        return row.error();
    if (!row.value())
        return Error::unavailable(
            u"stock row of reservation '%1' is inconsistent"_s.arg(reservation.id));
    reservation.status = target;
    const char *type = target == ReservationStatus::Confirmed ? eventtype::ReservationConfirmed
        : target == ReservationStatus::Cancelled              ? eventtype::ReservationCancelled
                                                              : eventtype::ReservationExpired;
    auto event = appendReservationEvent(type, reservation, *row.value(), command.actor, nowMs);
    if (!event)
        return event.error();
    reservation.eventSeq = event->seq;
    if (Status s = m_reservations.update(reservation); !s)
        return s.error();
    return reservationApplied(200, *event->reservation, { event.value() });
}

Result<QList<Event>> CommandExecutor::expireDue(qint64 nowMs)
{
    auto due = dueReservations(nowMs);
    if (!due)
        return due.error();
    if (Status s = m_stock.prefetch(m_reservations.keptRows(), nowMs); !s)
        return s.error();
    return expire(due.value(), nowMs);
}

Result<QStringList> CommandExecutor::dueReservations(qint64 nowMs)
{
    return m_reservations.due(nowMs);
}

Result<QList<Event>> CommandExecutor::expire(const QStringList &ids, qint64 nowMs)
{
    QList<Event> events;
    for (const QString &id : ids) {
        Command expire = Command::cancel(id).by(u"system"_s);
        auto applied = finish(expire, ReservationStatus::Expired, nowMs);
        if (!applied)
            return applied.error();
        events.append(applied->events);
    }
    return events;
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

Result<Event> CommandExecutor::appendReservationEvent(const char *type,
                                                      const Reservation &reservation,
                                                      const StockRow &row, const QString &actor,
                                                      qint64 nowMs)
{
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    Reservation snapshot = reservation;
    snapshot.eventSeq = seq.value();
    JsonWriter out(512);
    beginRowData(out, row, actor);
    out.key("reservation"_L1);
    writeJson(out, snapshot);
    out.endObject();
    Event event { seq.value(),         QString::fromLatin1(type), nowMs,
                  reservation.storeId, reservation.productId,     {} };
    event.data = JsonBody::fromText(out.bytes());
    event.row = row;
    event.reservation = snapshot;
    if (qstrcmp(type, eventtype::ReservationConfirmed) == 0)
        event.delta = -reservation.quantity;
    if (Status s = m_events.insert(event); !s)
        return s.error();
    return event;
}

} // namespace inventory
