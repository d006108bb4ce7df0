#include "core/engine/tickets/ticketchain.h"

#include "core/storage/dbconnection.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

QByteArray TicketChain::genesis()
{
    return QByteArray(64, '0');
}

QByteArray TicketChain::hashOf(const Ticket &t)
{
    // Plain text, one field per line: ids are [A-Za-z0-9._:-] and the payment an enum, so no
    // field can end early or run into the next.
    QByteArray text = "ticket-chain-v1\n";
    for (const QString &field :
         { t.tillKey, QString::number(t.chainIndex), QString::fromLatin1(t.prevHash), t.id,
           t.storeId, t.seller, QString::number(t.soldAtMs), QString::number(t.syncedAtMs),
           t.offline ? u"1"_s : u"0"_s, t.paymentMethod, QString::number(t.totalCents) }) {
        text += field.toUtf8();
        text += '\n';
    }
    for (const TicketLine &line : t.lines) {
        text += line.productId.toUtf8() + '\t' + QByteArray::number(line.quantity) + '\t'
            + QByteArray::number(line.unitPriceCents.value_or(0)) + '\n';
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

TicketChain::TicketChain(DbConnection &connection)
    : m_connection(connection)
{
}

Result<QList<TicketChain::TillReport>> TicketChain::verify()
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT t.till_key, t.chain_index, t.id, t.store_id, t.seller, t.sold_at_ms,"
                " t.synced_at_ms, t.offline, t.payment, t.total_cents, t.prev_hash, t.hash,"
                " l.product_id, l.quantity, l.unit_price_cents FROM tickets t"
                " LEFT JOIN ticket_lines l ON l.ticket_id = t.id"
                " ORDER BY t.till_key, t.chain_index, l.line_no"_s))
        return Error::unavailable(q.lastError().text());
    QList<TillReport> reports;
    Ticket current;
    bool open = false;
    const auto close = [&] {
        if (!open)
            return;
        TillReport &till = reports.last();
        const QByteArray expectedPrev = till.tickets == 0 ? genesis() : till.head;
        if (current.chainIndex != till.tickets + 1)
            till.problems << u"ticket %1 is number %2 of its chain, expected %3"_s.arg(current.id)
                                 .arg(current.chainIndex)
                                 .arg(till.tickets + 1);
        if (current.prevHash != expectedPrev)
            till.problems << u"ticket %1 does not follow the ticket before it"_s.arg(current.id);
        if (hashOf(current) != current.hash)
            till.problems << u"ticket %1 was changed after it was recorded"_s.arg(current.id);
        ++till.tickets;
        till.head = current.hash;
        open = false;
    };
    while (q.next()) {
        const QString till = q.value(0).toString();
        const QString id = q.value(2).toString();
        if (!open || current.id != id) {
            close();
            if (reports.isEmpty() || reports.last().tillKey != till)
                reports.append({ till, 0, {}, {} });
            current = Ticket();
            current.tillKey = till;
            current.chainIndex = q.value(1).toLongLong();
            current.id = id;
            current.storeId = q.value(3).toString();
            current.seller = q.value(4).toString();
            current.soldAtMs = q.value(5).toLongLong();
            current.syncedAtMs = q.value(6).toLongLong();
            current.offline = q.value(7).toInt() != 0;
            current.paymentMethod = q.value(8).toString();
            current.totalCents = q.value(9).toLongLong();
            current.prevHash = q.value(10).toString().toLatin1();
            current.hash = q.value(11).toString().toLatin1();
            open = true;
        }
        if (!q.value(12).isNull())
            current.lines.append({ q.value(12).toString(),
                                   q.value(13).toLongLong(),
                                   q.value(14).toLongLong(),
                                   {},
                                   0 });
    }
    if (Status s = m_connection.endOfRows(q); !s)
        return s.error();
    close();
    return reports;
}

} // namespace inventory
