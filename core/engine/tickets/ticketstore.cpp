#include "core/engine/tickets/ticketstore.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kTicketColumns
    = u"SELECT id, store_id, till_key, chain_index, seller, sold_at_ms, synced_at_ms, offline,"
      " payment, total_cents, fingerprint, prev_hash, hash, event_seq FROM tickets"_s;

Ticket ticketFrom(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toString();
    t.storeId = q.value(1).toString();
    t.tillKey = q.value(2).toString();
    t.chainIndex = q.value(3).toLongLong();
    t.seller = q.value(4).toString();
    t.soldAtMs = q.value(5).toLongLong();
    t.syncedAtMs = q.value(6).toLongLong();
    t.offline = q.value(7).toInt() != 0;
    t.paymentMethod = q.value(8).toString();
    t.totalCents = q.value(9).toLongLong();
    t.fingerprint = q.value(10).toString().toLatin1();
    t.prevHash = q.value(11).toString().toLatin1();
    t.hash = q.value(12).toString().toLatin1();
    t.eventSeq = q.value(13).toLongLong();
    return t;
}
} // namespace

TicketStore::TicketStore(DbConnection &connection)
    : m_connection(connection)
{
}

Result<std::optional<Ticket>> TicketStore::load(const QString &ticketId, qint64 maxSeq)
{
    auto ran = m_connection.run(kTicketColumns + u" WHERE id = ? AND event_seq <= ?"_s,
                                { ticketId, maxSeq });
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
        return std::optional<Ticket>();
    }
    Ticket ticket = ticketFrom(*ran.value());
    ran.value()->finish();
    auto lines = m_connection.run(u"SELECT product_id, quantity, unit_price_cents, returned"
                                  " FROM ticket_lines WHERE ticket_id = ? ORDER BY line_no"_s,
                                  { ticketId });
    if (!lines)
        return lines.error();
    while (lines.value()->next()) {
        const QSqlQuery &q = *lines.value();
        ticket.lines.append({ q.value(0).toString(),
                              q.value(1).toLongLong(),
                              q.value(2).toLongLong(),
                              {},
                              q.value(3).toLongLong() });
    }
    if (Status s = m_connection.endOfRows(*lines.value()); !s)
        return s.error();
    return std::optional<Ticket>(ticket);
}

Result<TicketStore::Page> TicketStore::list(const QString &storeId, qint64 fromMs, qint64 toMs,
                                            int page, int limit, qint64 maxSeq)
{
    // One statement per filter shape: PostgreSQL cannot type a parameter that is only
    // compared with NULL.
    const QString where = storeId.isEmpty()
        ? u" WHERE sold_at_ms >= ? AND sold_at_ms < ? AND event_seq <= ?"_s
        : u" WHERE store_id = ? AND sold_at_ms >= ? AND sold_at_ms < ? AND event_seq <= ?"_s;
    QVariantList args;
    if (!storeId.isEmpty())
        args << storeId;
    args << fromMs << toMs << maxSeq;
    Page result;
    auto counted = m_connection.run(u"SELECT COUNT(*) FROM tickets"_s + where, args);
    if (!counted)
        return counted.error();
    if (counted.value()->next())
        result.total = counted.value()->value(0).toLongLong();
    else if (Status s = m_connection.endOfRows(*counted.value()); !s)
        return s.error();
    counted.value()->finish();
    auto ids = m_connection.run(u"SELECT id FROM tickets"_s + where
                                    + u" ORDER BY sold_at_ms DESC, id DESC LIMIT ? OFFSET ?"_s,
                                args + QVariantList { limit, qint64(page - 1) * limit });
    if (!ids)
        return ids.error();
    QStringList found;
    while (ids.value()->next())
        found << ids.value()->value(0).toString();
    if (Status s = m_connection.endOfRows(*ids.value()); !s)
        return s.error();
    for (const QString &id : std::as_const(found)) {
        auto ticket = load(id, maxSeq);
        if (!ticket)
            return ticket.error();
        if (ticket.value())
            result.tickets.append(*ticket.value());
    }
    return result;
}

Result<std::optional<qint64>> TicketStore::priceCents(const QString &productId)
{
    auto row = m_connection.integerRow(u"SELECT price_cents FROM products WHERE id = ?"_s,
                                       { productId });
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<qint64>();
    return std::optional<qint64>(row.value()->value(0));
}

Result<TicketStore::Head> TicketStore::chainHead(const QString &tillKey)
{
    auto ran = m_connection.run(u"SELECT chain_index, hash FROM tickets WHERE till_key = ?"
                                " ORDER BY chain_index DESC LIMIT 1"_s,
                                { tillKey });
    if (!ran)
        return ran.error();
    Head head;
    if (ran.value()->next()) {
        head.index = ran.value()->value(0).toLongLong();
        head.hash = ran.value()->value(1).toString().toLatin1();
    } else if (Status s = m_connection.endOfRows(*ran.value()); !s) {
        return s.error();
    }
    ran.value()->finish();
    return head;
}

Status TicketStore::insert(const Ticket &t)
{
    if (Status s = m_connection.write(
            u"INSERT INTO tickets (id, store_id, till_key, chain_index, seller, sold_at_ms,"
            " synced_at_ms, offline, payment, total_cents, fingerprint, prev_hash, hash, event_seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { t.id, t.storeId, t.tillKey, t.chainIndex, text(t.seller), t.soldAtMs, t.syncedAtMs,
              t.offline ? 1 : 0, text(t.paymentMethod), t.totalCents,
              QString::fromLatin1(t.fingerprint), QString::fromLatin1(t.prevHash),
              QString::fromLatin1(t.hash), t.eventSeq });
        !s)
        return s;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        const TicketLine &line = t.lines.at(i);
        if (Status s = m_connection.write(
                u"INSERT INTO ticket_lines (ticket_id, line_no, product_id, quantity,"
                " unit_price_cents, returned) VALUES (?, ?, ?, ?, ?, 0)"_s,
                { t.id, int(i), line.productId, line.quantity, line.unitPriceCents.value_or(0) });
            !s)
            return s;
    }
    return addToRollups(t);
}

Status TicketStore::addToRollups(const Ticket &t)
{
    // The value of the lines, as the raw join of SalesSeries sums it.
    qint64 units = 0;
    qint64 valueCents = 0;
    for (const TicketLine &line : t.lines) {
        units += line.quantity;
        valueCents += line.quantity * line.unitPriceCents.value_or(0);
    }
    if (Status s = m_connection.write(
            u"INSERT INTO sales_slots (store_id, slot_ms, tickets, units, value_cents)"
            " VALUES (?, ?, 1, ?, ?) ON CONFLICT (store_id, slot_ms) DO UPDATE SET"
            " tickets = sales_slots.tickets + 1, units = sales_slots.units + excluded.units,"
            " value_cents = sales_slots.value_cents + excluded.value_cents"_s,
            { t.storeId, t.soldAtMs / SlotMs * SlotMs, units, valueCents });
        !s)
        return s;
    for (const TicketLine &line : t.lines) {
        if (Status s = m_connection.write(
                u"INSERT INTO product_sales_days (store_id, day_ms, product_id, units,"
                " value_cents) VALUES (?, ?, ?, ?, ?) ON CONFLICT (store_id, day_ms, product_id)"
                " DO UPDATE SET units = product_sales_days.units + excluded.units,"
                " value_cents = product_sales_days.value_cents + excluded.value_cents"_s,
                { t.storeId, t.soldAtMs / DayMs * DayMs, line.productId, line.quantity,
                  line.quantity * line.unitPriceCents.value_or(0) });
            !s)
            return s;
    }
    return {};
}

Result<bool> TicketStore::addReturned(const QString &ticketId, int lineNo, qint64 quantity)
{
    auto changed = m_connection.writeCounted(
        u"UPDATE ticket_lines SET returned = returned + ? WHERE ticket_id = ? AND line_no = ?"
        " AND returned + ? <= quantity"_s,
        { quantity, ticketId, lineNo, quantity });
    if (!changed)
        return changed.error();
    return changed.value() == 1;
}

Result<std::optional<TicketReturn>> TicketStore::loadReturn(const QString &returnId)
{
    auto ran = m_connection.run(u"SELECT ticket_id, store_id, actor, note, fingerprint, at_ms,"
                                " event_seq FROM ticket_returns WHERE id = ?"_s,
                                { returnId });
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (Status s = m_connection.endOfRows(*ran.value()); !s)
            return s.error();
        return std::optional<TicketReturn>();
    }
    const QSqlQuery &q = *ran.value();
    TicketReturn r;
    r.id = returnId;
    r.ticketId = q.value(0).toString();
    r.storeId = q.value(1).toString();
    r.actor = q.value(2).toString();
    r.note = q.value(3).toString();
    r.fingerprint = q.value(4).toString().toLatin1();
    r.atMs = q.value(5).toLongLong();
    r.eventSeq = q.value(6).toLongLong();
    ran.value()->finish();
    auto lines = m_connection.run(u"SELECT product_id, quantity, disposition FROM"
                                  " ticket_return_lines WHERE return_id = ? ORDER BY line_no"_s,
                                  { returnId });
    if (!lines)
        return lines.error();
    while (lines.value()->next())
        r.lines.append({ lines.value()->value(0).toString(),
                         lines.value()->value(1).toLongLong(),
                         {},
                         lines.value()->value(2).toString(),
                         0 });
    if (Status s = m_connection.endOfRows(*lines.value()); !s)
        return s.error();
    return std::optional<TicketReturn>(r);
}

Status TicketStore::insertReturn(const TicketReturn &r)
{
    if (Status s = m_connection.write(
            u"INSERT INTO ticket_returns (id, ticket_id, store_id, actor, note, fingerprint,"
            " at_ms, event_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { r.id, r.ticketId, r.storeId, text(r.actor), text(r.note),
              QString::fromLatin1(r.fingerprint), r.atMs, r.eventSeq });
        !s)
        return s;
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        const TicketLine &line = r.lines.at(i);
        if (Status s = m_connection.write(
                u"INSERT INTO ticket_return_lines (return_id, line_no, product_id, quantity,"
                " disposition) VALUES (?, ?, ?, ?, ?)"_s,
                { r.id, int(i), line.productId, line.quantity, line.disposition });
            !s)
            return s;
    }
    return {};
}

} // namespace inventory
