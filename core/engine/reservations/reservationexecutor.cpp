#include "core/engine/reservations/reservationexecutor.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/reservationtable.h"
#include "core/engine/tables/stocktable.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// The reply of a reservation command: the reservation as its latest event left it (same
// eventSeq), written as text rather than built as a tree and serialized, which every
// reservation paid for (docs/PERFORMANCE.md).
Applied reservationApplied(int status, const Reservation &reservation, QList<Event> events)
{
    JsonWriter out(320);
    writeJson(out, reservation);
    return Applied { status, JsonBody::fromText(out.bytes()), std::move(events) };
}
} // namespace

ReservationExecutor::ReservationExecutor(StockTable &stock, EventLog &events,
                                         ReservationTable &reservations)
    : m_stock(stock)
    , m_events(events)
    , m_reservations(reservations)
{
}

Result<Applied> ReservationExecutor::reserve(const Command &command, qint64 nowMs)
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

    auto row = m_stock.changeOrCreate(command.productId, command.storeId, nowMs, [&] {
        return m_stock.applyDeltas(command.productId, command.storeId, 0, command.quantity, nowMs);
    });
    if (!row)
        return row.error();
    if (!row.value())
        return m_stock.insufficient(command.productId, command.storeId, command.quantity);

    reservation.productId = command.productId;
    reservation.storeId = command.storeId;
    reservation.quantity = command.quantity;
    reservation.customerId = command.customerId;
    reservation.createdAtMs = nowMs;
    reservation.expiresAtMs = nowMs + command.ttlSeconds * 1000;
    auto event = appendEvent(eventtype::ReservationCreated, reservation, *row.value(),
                             command.actor, nowMs);
    if (!event)
        return event.error();
    reservation.eventSeq = event->seq;
    if (Status s = m_reservations.insert(reservation); !s)
        return s.error();
    return reservationApplied(201, *event->reservation, { event.value() });
}

Result<Applied> ReservationExecutor::finish(const Command &command, ReservationStatus target,
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
    auto event = appendEvent(type, reservation, *row.value(), command.actor, nowMs);
    if (!event)
        return event.error();
    reservation.eventSeq = event->seq;
    if (Status s = m_reservations.update(reservation); !s)
        return s.error();
    return reservationApplied(200, *event->reservation, { event.value() });
}

Result<QList<Event>> ReservationExecutor::expireDue(qint64 nowMs)
{
    auto due = m_reservations.due(nowMs);
    if (!due)
        return due.error();
    if (Status s = m_stock.prefetch(m_reservations.keptRows(), nowMs); !s)
        return s.error();
    return expire(due.value(), nowMs);
}

Result<QList<Event>> ReservationExecutor::expire(const QStringList &ids, qint64 nowMs)
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

Result<Event> ReservationExecutor::appendEvent(const char *type, const Reservation &reservation,
                                               const StockRow &row, const QString &actor,
                                               qint64 nowMs)
{
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    Reservation snapshot = reservation;
    snapshot.eventSeq = seq.value();
    JsonWriter out(512);
    beginStockEventData(out, row, actor);
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
