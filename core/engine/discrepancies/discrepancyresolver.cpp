#include "core/engine/discrepancies/discrepancyresolver.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/stocktable.h"
#include "core/protocol/discrepancyjson.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
void writeIds(JsonWriter &out, QLatin1StringView name, const QStringList &ids)
{
    out.key(name).beginArray();
    for (const QString &id : ids)
        out.value(id);
    out.endArray();
}
} // namespace

DiscrepancyResolver::DiscrepancyResolver(DbConnection &connection, StockTable &stock,
                                         EventLog &events, Cancel cancel)
    : m_stock(stock)
    , m_events(events)
    , m_cancel(std::move(cancel))
    , m_reservations(connection)
    , m_discrepancies(connection)
{
}

Result<Applied> DiscrepancyResolver::resolve(const Command &command, qint64 nowMs)
{
    auto loaded = m_discrepancies.load(command.discrepancyId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error::notFound(u"discrepancy"_s, command.discrepancyId);
    Discrepancy d = *loaded.value();
    if (!d.open)
        return Error(ErrorCode::InvalidState,
                     u"discrepancy '%1' was already resolved as %2"_s.arg(d.id, d.resolution),
                     { { u"status"_s, u"resolved"_s }, { u"resolution"_s, d.resolution } });

    QList<Event> events;
    QStringList released;
    if (command.resolution == u"released"_s) {
        for (const QString &id : std::as_const(d.reservationsAtRisk)) {
            auto r = m_reservations.load(id);
            if (!r)
                return r.error();
            if (!r.value() || r.value()->status != ReservationStatus::Pending || !r.value()->atRisk)
                continue;
            auto cancelled = m_cancel(id, command.actor, nowMs);
            if (!cancelled)
                return cancelled.error();
            events << cancelled->events;
            released << id;
        }
    }

    auto atRisk
        = m_reservations.pending(d.productId, d.storeId, ReservationTable::Held::AtRiskOldestFirst);
    if (!atRisk)
        return atRisk.error();
    auto current = m_stock.load(d.productId, d.storeId);
    if (!current)
        return current.error();
    std::optional<StockRow> row = current.value();
    QStringList covered;
    qint64 reservedDelta = 0;
    for (Reservation r : atRisk.value()) {
        if (!row || row->available() < r.quantity)
            continue;
        auto changed = m_stock.applyDeltas(d.productId, d.storeId, 0, r.quantity, nowMs);
        if (!changed)
            return changed.error();
        if (!changed.value())
            continue; // another server took the units meanwhile (PostgreSQL)
        row = changed.value();
        r.atRisk = false;
        if (Status s = m_reservations.update(r); !s)
            return s.error();
        covered << r.id;
        reservedDelta += r.quantity;
    }

    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    d.open = false;
    d.resolution = command.resolution;
    d.note = command.note;
    d.resolvedBy = command.actor;
    d.resolvedAtMs = nowMs;
    if (Status s = m_discrepancies.resolve(d); !s)
        return s.error();

    JsonWriter data(320);
    data.beginObject();
    if (!covered.isEmpty())
        writeStockRowCounts(data, *row);
    data.key("discrepancyId"_L1).value(d.id);
    data.key("resolution"_L1).value(d.resolution);
    data.key("note"_L1).value(d.note);
    data.key("actor"_L1).value(command.actor);
    writeIds(data, "reservationsReleased"_L1, released);
    writeIds(data, "reservationsCovered"_L1, covered);
    data.key("reservedDelta"_L1).value(reservedDelta);
    data.endObject();
    Event resolved { seq.value(), QString::fromLatin1(eventtype::DiscrepancyResolved), nowMs,
                     d.storeId, d.productId };
    resolved.data = JsonBody::fromText(data.bytes());
    if (!covered.isEmpty())
        resolved.row = row;
    if (Status s = m_events.insert(resolved); !s)
        return s.error();
    events << resolved;

    JsonWriter out(512);
    writeJson(out, d);
    return Applied { 200, JsonBody::fromText(out.bytes()), events };
}

} // namespace inventory
