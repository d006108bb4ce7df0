#include "core/engine/invariantchecker.h"

#include "core/engine/history/eventarchive.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/tables/eventlog.h"
#include "core/protocol/event.h"
#include "core/storage/dbconnection.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
struct ReplayedRow
{
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 version = 0;
    qint64 incoming = 0;
};

QString rowKey(const QString &productId, const QString &storeId)
{
    return productId + u'@' + storeId;
}

// Applies one event's delta to the replayed row; false when the type is not a stock change.
bool applyDelta(const Event &event, const QJsonObject &data, ReplayedRow &row)
{
    const qint64 reservedQty
        = data.value(u"reservation"_s).toObject().value(u"quantity"_s).toInteger();
    // An at-risk reservation holds nothing in `reserved` (an offline sale took its units).
    const bool atRisk = data.value(u"reservation"_s).toObject().value(u"atRisk"_s).toBool();
    if (event.type == QLatin1StringView(eventtype::StockAdjusted)) {
        row.quantity += data.value(u"delta"_s).toInteger();
        row.reserved += data.value(u"reservedDelta"_s).toInteger();
    } else if (event.type == QLatin1StringView(eventtype::StockLevels)) {
        // new levels: the counts stay as they were
    } else if (event.type == QLatin1StringView(eventtype::DiscrepancyResolved))
        row.reserved += data.value(u"reservedDelta"_s).toInteger();
    else if (event.type == QLatin1StringView(eventtype::StockCounted))
        row.quantity = data.value(u"quantity"_s).toInteger();
    else if (event.type == QLatin1StringView(eventtype::ReservationCreated))
        row.reserved += reservedQty;
    else if (event.type == QLatin1StringView(eventtype::ReservationConfirmed)) {
        row.quantity -= reservedQty;
        row.reserved -= atRisk ? 0 : reservedQty;
    } else if (event.type == QLatin1StringView(eventtype::ReservationCancelled)
               || event.type == QLatin1StringView(eventtype::ReservationExpired))
        row.reserved -= atRisk ? 0 : reservedQty;
    else
        return false;
    ++row.version;
    return true;
}
} // namespace

InvariantChecker::InvariantChecker(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QStringList> InvariantChecker::check()
{
    QStringList problems;
    for (auto step : { &InvariantChecker::checkRows, &InvariantChecker::checkSequence,
                       &InvariantChecker::checkReplay }) {
        if (Status s = (this->*step)(problems); !s)
            return s.error();
    }
    return problems;
}

Status InvariantChecker::checkRows(QStringList &problems)
{
    // One pass over the pending reservations, grouped, rather than a lookup per stock row:
    // no index serves the lookup.
    auto ran = m_connection.run(
        u"SELECT s.product_id, s.store_id, s.quantity, s.reserved, COALESCE(p.held, 0)"
        " FROM stock s LEFT JOIN (SELECT product_id, store_id, SUM(quantity) AS held"
        " FROM reservations WHERE status = 'PENDING' AND at_risk = 0"
        " GROUP BY product_id, store_id) p"
        " ON p.product_id = s.product_id AND p.store_id = s.store_id"_s);
    if (!ran)
        return ran.error();
    QSqlQuery *q = ran.value();
    while (q->next()) {
        const QString where = rowKey(q->value(0).toString(), q->value(1).toString());
        const qint64 quantity = q->value(2).toLongLong();
        const qint64 reserved = q->value(3).toLongLong();
        if (reserved < 0 || reserved > quantity)
            problems << u"%1: reserved %2 outside 0..%3"_s.arg(where).arg(reserved).arg(quantity);
        if (reserved != q->value(4).toLongLong())
            problems << u"%1: reserved %2 but pending reservations hold %3"_s.arg(where)
                            .arg(reserved)
                            .arg(q->value(4).toLongLong());
    }
    if (Status s = m_connection.endOfRows(*q); !s)
        return s;
    q->finish();
    // Units on their way to a store are the rest of what its open transfers shipped.
    if (Status s = m_connection.forEachRow(
            u"SELECT s.product_id, s.store_id, s.incoming, COALESCE(t.outstanding, 0)"
            " FROM stock s LEFT JOIN (SELECT l.product_id, tr.to_store_id AS store_id,"
            " SUM(l.shipped - l.received - l.damaged - l.lost) AS outstanding"
            " FROM transfer_lines l JOIN transfers tr ON tr.id = l.transfer_id"
            " WHERE tr.status IN ('IN_TRANSIT', 'PARTIALLY_RECEIVED')"
            " GROUP BY l.product_id, tr.to_store_id) t"
            " ON t.product_id = s.product_id AND t.store_id = s.store_id"
            " WHERE s.incoming <> COALESCE(t.outstanding, 0)"_s,
            {},
            [&](const QSqlQuery &q) {
                problems << u"%1: incoming %2 but open transfers bring %3"_s
                                .arg(rowKey(q.value(0).toString(), q.value(1).toString()))
                                .arg(q.value(2).toLongLong())
                                .arg(q.value(3).toLongLong());
            });
        !s)
        return s;
    // Every reservation at risk was put there by a discrepancy of its row, which names it.
    auto orphans = m_connection.run(
        u"SELECT r.id FROM reservations r WHERE r.at_risk = 1 AND NOT EXISTS (SELECT 1"
        " FROM discrepancies d WHERE d.product_id = r.product_id AND d.store_id = r.store_id"
        " AND (' ' || d.reservations_at_risk || ' ') LIKE ('% ' || r.id || ' %'))"_s);
    if (!orphans)
        return orphans.error();
    while (orphans.value()->next())
        problems << u"reservation %1 is at risk but no discrepancy names it"_s.arg(
            orphans.value()->value(0).toString());
    if (Status s = m_connection.endOfRows(*orphans.value()); !s)
        return s;
    orphans.value()->finish();
    return {};
}

Status InvariantChecker::checkSequence(QStringList &problems)
{
    auto ran = m_connection.run(
        u"SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events"_s);
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s;
        return Error::unavailable(u"the count of events gave no row"_s);
    }
    const qint64 count = ran.value()->value(0).toLongLong();
    const qint64 min = ran.value()->value(1).toLongLong();
    const qint64 max = ran.value()->value(2).toLongLong();
    ran.value()->finish();
    auto counter = EventLog(m_connection).lastSeq();
    if (!counter)
        return counter.error();
    // The log starts right after what was archived (EventArchive).
    auto floor = EventArchive::archivedThrough(m_connection);
    if (!floor)
        return floor.error();
    if ((count > 0 && (count != max - floor.value() || min != floor.value() + 1)))
        problems << u"event log is not gap-free: %1 events, seq %2..%3"_s.arg(count).arg(min).arg(
            max);
    const qint64 last = count > 0 ? max : floor.value();
    if (counter.value() != last)
        problems
            << u"event counter is %1 but the last event is %2"_s.arg(counter.value()).arg(last);
    return {};
}

namespace {
// Once events have been archived, a row's first event in the log is where its replay starts:
// true when this was that event (the row it carries is taken as it is).
using Seeded = std::function<bool(const QString &key, const QJsonObject &carried,
                                  QHash<QString, ReplayedRow> &replayed)>;

// A ticket, a return or an applied count: each line that changed a row carries its delta and
// the row it left.
void replayLines(const Event &event, QHash<QString, ReplayedRow> &replayed, QStringList &problems,
                 const Seeded &seeded)
{
    for (const QJsonValue &value : event.data.object().value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonObject carried = line.value(u"row"_s).toObject();
        if (carried.isEmpty())
            continue; // damaged units coming back change no row
        const QString productId = line.value(u"productId"_s).toString();
        if (seeded(rowKey(productId, event.storeId), carried, replayed))
            continue;
        ReplayedRow &row = replayed[rowKey(productId, event.storeId)];
        row.quantity += line.value(u"delta"_s).toInteger();
        row.reserved += line.value(u"reservedDelta"_s).toInteger();
        ++row.version;
        if (carried.value(u"quantity"_s).toInteger() != row.quantity
            || carried.value(u"reserved"_s).toInteger() != row.reserved
            || carried.value(u"version"_s).toInteger() != row.version)
            problems << u"event %1 carries a row of %2 that its delta does not explain"_s
                            .arg(event.seq)
                            .arg(productId);
    }
}
// A transfer's step: each row it changed, of either store, with its deltas and the row left.
void replayTransfer(const Event &event, QHash<QString, ReplayedRow> &replayed,
                    QStringList &problems, const Seeded &seeded)
{
    for (const QJsonValue &value : event.data.object().value(u"rows"_s).toArray()) {
        const QJsonObject moved = value.toObject();
        const QJsonObject carried = moved.value(u"row"_s).toObject();
        const QString key
            = rowKey(moved.value(u"productId"_s).toString(), moved.value(u"storeId"_s).toString());
        if (seeded(key, carried, replayed))
            continue;
        ReplayedRow &row = replayed[key];
        row.quantity += moved.value(u"delta"_s).toInteger();
        row.incoming += moved.value(u"incomingDelta"_s).toInteger();
        ++row.version;
        if (carried.value(u"quantity"_s).toInteger() != row.quantity
            || carried.value(u"reserved"_s).toInteger() != row.reserved
            || carried.value(u"incoming"_s).toInteger() != row.incoming
            || carried.value(u"version"_s).toInteger() != row.version)
            problems << u"event %1 carries a row of %2 that its deltas do not explain"_s
                            .arg(event.seq)
                            .arg(key);
    }
}
} // namespace

Status InvariantChecker::checkReplay(QStringList &problems)
{
    QHash<QString, ReplayedRow> replayed;
    EventLog log(m_connection);
    auto floor = EventArchive::archivedThrough(m_connection);
    if (!floor)
        return floor.error();
    const bool archived = floor.value() > 0;
    const Seeded seeded = [archived](const QString &key, const QJsonObject &carried,
                                     QHash<QString, ReplayedRow> &rows) {
        if (!archived || rows.contains(key))
            return false;
        rows.insert(
            key,
            { carried.value(u"quantity"_s).toInteger(), carried.value(u"reserved"_s).toInteger(),
              carried.value(u"version"_s).toInteger(), carried.value(u"incoming"_s).toInteger() });
        return true;
    };
    qint64 after = floor.value();
    for (;;) {
        auto batch = log.since(after, 5000);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (const Event &event : batch.value()) {
            after = event.seq;
            if (event.type == QLatin1StringView(eventtype::TicketSold)
                || event.type == QLatin1StringView(eventtype::TicketReturned)
                || event.type == QLatin1StringView(eventtype::CountApplied)) {
                replayLines(event, replayed, problems, seeded);
                continue;
            }
            if (event.type.startsWith(u"transfer."_s)) {
                replayTransfer(event, replayed, problems, seeded);
                continue;
            }
            if (event.productId.isEmpty() || event.storeId.isEmpty())
                continue; // not about a stock row (a product created)
            const QJsonObject data = event.data.object();
            // A discrepancy raised, a row fallen below its min, or a discrepancy resolved without
            // covering a reservation again, tells of the row without changing it.
            if (event.type == QLatin1StringView(eventtype::StockDiscrepancy)
                || event.type == QLatin1StringView(eventtype::StockLow)
                || (event.type == QLatin1StringView(eventtype::DiscrepancyResolved)
                    && !data.contains(u"quantity"_s)))
                continue;
            if (seeded(rowKey(event.productId, event.storeId), data, replayed))
                continue;
            ReplayedRow &row = replayed[rowKey(event.productId, event.storeId)];
            if (!applyDelta(event, data, row)) {
                problems << u"event %1 of an unknown type %2"_s.arg(event.seq).arg(event.type);
                continue;
            }
            const ReplayedRow carried { data.value(u"quantity"_s).toInteger(),
                                        data.value(u"reserved"_s).toInteger(),
                                        data.value(u"version"_s).toInteger() };
            if (carried.quantity != row.quantity || carried.reserved != row.reserved
                || carried.version != row.version)
                problems << u"event %1 carries a row that its deltas do not explain"_s.arg(
                    event.seq);
        }
    }
    auto rows = InventoryQueries(m_connection).allStock();
    if (!rows)
        return rows.error();
    for (const StockRow &row : rows.value()) {
        const QString key = rowKey(row.productId, row.storeId);
        if (archived && !replayed.contains(key))
            continue; // every event of the row was archived: nothing here to replay
        const ReplayedRow r = replayed.take(key);
        if (r.quantity != row.quantity || r.reserved != row.reserved || r.version != row.version
            || r.incoming != row.incoming)
            problems << u"%1: table has %2/%3/+%4 v%5, replay gives %6/%7/+%8 v%9"_s.arg(key)
                            .arg(row.quantity)
                            .arg(row.reserved)
                            .arg(row.incoming)
                            .arg(row.version)
                            .arg(r.quantity)
                            .arg(r.reserved)
                            .arg(r.incoming)
                            .arg(r.version);
    }
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it)
        problems << u"%1: in the event log but not in the stock table"_s.arg(it.key());
    return {};
}

} // namespace inventory
