#include "core/engine/discrepancies/offlinesale.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/stocktable.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

OfflineSale::OfflineSale(DbConnection &connection, StockTable &stock, EventLog &events)
    : m_stock(stock)
    , m_events(events)
    , m_reservations(connection)
    , m_discrepancies(connection)
{
}

Result<OfflineSale::Taken> OfflineSale::take(const QString &productId, const QString &storeId,
                                             qint64 units, qint64 nowMs)
{
    auto loaded = m_stock.load(productId, storeId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error::unavailable(u"no stock row for %1 at %2"_s.arg(productId, storeId));
    const StockRow before = *loaded.value();
    Taken taken;
    taken.quantityDelta = -qMin(units, before.quantity);
    if (units > before.available()) {
        Shortfall shortfall;
        shortfall.shortBy = units - before.available();
        shortfall.unrecorded = qMax<qint64>(0, units - before.quantity);
        // Newest first: the customer who reserved last is the one whose units are gone.
        auto covered = m_reservations.pending(productId, storeId,
                                              ReservationTable::Held::CoveredNewestFirst);
        if (!covered)
            return covered.error();
        qint64 uncovered = 0;
        for (const Reservation &r : covered.value()) {
            if (uncovered >= shortfall.shortBy)
                break;
            uncovered += r.quantity;
            shortfall.uncovered.append(r);
        }
        taken.reservedDelta = -uncovered;
        taken.shortfall = shortfall;
    }
    auto row
        = m_stock.applyDeltas(productId, storeId, taken.quantityDelta, taken.reservedDelta, nowMs);
    if (!row)
        return row.error();
    // Only another server changing the row between the read and the write (PostgreSQL) gets
    // here: the sale is refused as unavailable, so the till keeps it and sends it again.
    if (!row.value())
        return Error::unavailable(
            u"the stock of %1 at %2 changed meanwhile; send the sale again"_s.arg(productId,
                                                                                  storeId));
    taken.row = *row.value();
    return taken;
}

Result<Event> OfflineSale::raise(const QString &productId, const QString &storeId,
                                 const Shortfall &shortfall, const QString &ticketId,
                                 const QString &actor, qint64 nowMs)
{
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    Discrepancy d;
    d.id = u"D-%1"_s.arg(seq.value());
    d.productId = productId;
    d.storeId = storeId;
    d.shortBy = shortfall.shortBy;
    d.unrecorded = shortfall.unrecorded;
    d.ticketId = ticketId;
    d.actor = actor;
    d.createdAtMs = nowMs;
    d.eventSeq = seq.value();
    for (Reservation r : shortfall.uncovered) {
        r.atRisk = true;
        if (Status s = m_reservations.update(r); !s)
            return s.error();
        d.reservationsAtRisk << r.id;
    }
    if (Status s = m_discrepancies.insert(d); !s)
        return s.error();

    JsonWriter out(320);
    out.beginObject();
    out.key("discrepancyId"_L1).value(d.id);
    out.key("productId"_L1).value(productId);
    out.key("storeId"_L1).value(storeId);
    out.key("shortBy"_L1).value(d.shortBy);
    out.key("unrecorded"_L1).value(d.unrecorded);
    if (!ticketId.isEmpty())
        out.key("ticketId"_L1).value(ticketId);
    out.key("reservationsAtRisk"_L1).beginArray();
    for (const QString &id : std::as_const(d.reservationsAtRisk))
        out.value(id);
    out.endArray();
    out.key("actor"_L1).value(actor);
    out.endObject();
    Event event { seq.value(), QString::fromLatin1(eventtype::StockDiscrepancy), nowMs, storeId,
                  productId };
    event.data = JsonBody::fromText(out.bytes());
    if (Status s = m_events.insert(event); !s)
        return s.error();
    return event;
}

Result<Applied> OfflineSale::subtract(const Command &command, qint64 nowMs)
{
    auto existing = m_stock.load(command.productId, command.storeId);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        auto product = m_stock.productExists(command.productId);
        if (!product)
            return product.error();
        if (!product.value())
            return Error::notFound(u"product"_s, command.productId);
        auto store = m_stock.storeExists(command.storeId);
        if (!store)
            return store.error();
        if (!store.value())
            return Error::notFound(u"store"_s, command.storeId);
        if (Status s = m_stock.insertEmpty(command.productId, command.storeId, nowMs); !s)
            return s.error();
    }
    auto taken = take(command.productId, command.storeId, -command.quantity, nowMs);
    if (!taken)
        return taken.error();

    JsonWriter data(320);
    data.beginObject();
    writeStockRowCounts(data, taken->row);
    data.key("actor"_L1).value(command.actor);
    data.key("delta"_L1).value(taken->quantityDelta);
    data.key("reason"_L1).value(command.reason);
    if (!command.note.isEmpty())
        data.key("note"_L1).value(command.note);
    data.key("offline"_L1).raw("true");
    if (taken->reservedDelta != 0)
        data.key("reservedDelta"_L1).value(taken->reservedDelta);
    data.endObject();
    Event sold { 0, QString::fromLatin1(eventtype::StockAdjusted), nowMs, command.storeId,
                 command.productId };
    sold.data = JsonBody::fromText(data.bytes());
    sold.row = taken->row;
    sold.reason = command.reason;
    sold.delta = taken->quantityDelta;
    auto appended = m_events.append(sold);
    if (!appended)
        return appended.error();
    QList<Event> events { appended.value() };
    if (taken->shortfall) {
        auto raised = raise(command.productId, command.storeId, *taken->shortfall, {},
                            command.actor, nowMs);
        if (!raised)
            return raised.error();
        events << raised.value();
    }
    JsonWriter out(256);
    out.beginObject();
    writeStockRowFields(out, taken->row, ProductIdField::Included);
    out.key("eventSeq"_L1).value(appended->seq);
    out.endObject();
    return Applied { 200, JsonBody::fromText(out.bytes()), events };
}

} // namespace inventory
