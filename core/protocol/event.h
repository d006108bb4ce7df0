#pragma once

#include "core/domain/reservation.h"
#include "core/domain/stock/stockrow.h"
#include "core/protocol/json/jsonbody.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace inventory {

// One entry of the change feed. seq is gap-free and strictly increasing in commit order.
struct Event
{
    Event() = default;
    Event(qint64 seq, QString type, qint64 atMs, QString storeId, QString productId,
          JsonBody data = {})
        : seq(seq)
        , type(std::move(type))
        , atMs(atMs)
        , storeId(std::move(storeId))
        , productId(std::move(productId))
        , data(std::move(data))
    {
    }

    qint64 seq = 0;
    QString type;
    qint64 atMs = 0;
    QString storeId;
    QString productId;
    // On the stock and reservation events the writer makes, `data` is JSON text written once
    // (for the log and the feed), and the row and reservation it reports are kept as they are
    // (for the read model and the reply). Building the JSON tree and then parsing it back was a
    // large share of a durable reservation's CPU (docs/PERFORMANCE.md).
    JsonBody data;
    std::optional<StockRow> row;
    std::optional<Reservation> reservation;
    // Events of several rows the writer makes (ticket.sold, ticket.returned): every row the
    // command left, for the read model; the log and the feed carry them in data.lines[].row.
    QList<StockRow> rows;
    // The reason code of what this writer's event did to its row, or to each of `rows`
    // (rowReasons, when they differ): the movements index keeps it (EventLog).
    QString reason;
    QStringList rowReasons;
    // The change of quantity it made to its row, or to each of `rows` (the same index).
    qint64 delta = 0;
    QList<qint64> rowDeltas;

    QJsonObject toJson() const;
    // The same object as compact JSON text, with data copied in as it is held.
    QByteArray toJsonText() const;
    static Event fromJson(const QJsonObject &json);
    // An event message as the feed sends it, read without building a QJsonDocument: its data
    // is kept as text for data.object() to parse when somebody needs it. nullopt
    // when it is not an event or not of the plain kind JsonReader reads (escapes, text outside
    // ASCII, fractions, repeated members...): such text goes to fromJson(), which reads it
    // the same way. Parsing every message into a QJsonDocument was most of a FeedClient's
    // time per event.
    static std::optional<Event> fromJsonText(QByteArrayView text);
    // Equal in what they say, however the data is held.
    friend bool operator==(const Event &a, const Event &b);
};

namespace eventtype {
inline constexpr auto StockAdjusted = "stock.adjusted";
inline constexpr auto StockCounted = "stock.counted";
inline constexpr auto ReservationCreated = "reservation.created";
inline constexpr auto ReservationConfirmed = "reservation.confirmed";
inline constexpr auto ReservationCancelled = "reservation.cancelled";
inline constexpr auto ReservationExpired = "reservation.expired";
inline constexpr auto ProductCreated = "product.created";
inline constexpr auto TicketSold = "ticket.sold";
inline constexpr auto TicketReturned = "ticket.returned";
inline constexpr auto StockDiscrepancy = "stock.discrepancy";
inline constexpr auto DiscrepancyResolved = "discrepancy.resolved";
inline constexpr auto TransferRequested = "transfer.requested";
inline constexpr auto TransferShipped = "transfer.shipped";
inline constexpr auto TransferReceived = "transfer.received";
inline constexpr auto TransferClosed = "transfer.closed";
inline constexpr auto TransferCancelled = "transfer.cancelled";
inline constexpr auto ReasonDefined = "reason.defined";
inline constexpr auto StockLevels = "stock.levels";
inline constexpr auto StockLow = "stock.low";
inline constexpr auto CountOpened = "count.opened";
inline constexpr auto CountEntered = "count.entered";
inline constexpr auto CountApplied = "count.applied";
inline constexpr auto CountCancelled = "count.cancelled";
} // namespace eventtype

} // namespace inventory
