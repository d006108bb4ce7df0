#include "core/engine/transfers/transferstore.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kColumns = u"SELECT id, from_store_id, to_store_id, status, note, requested_by,"
                      " shipped_by, requested_at_ms, shipped_at_ms, updated_at_ms, event_seq"
                      " FROM transfers"_s;

Transfer transferFrom(const QSqlQuery &q)
{
    Transfer t;
    t.id = q.value(0).toString();
    t.fromStoreId = q.value(1).toString();
    t.toStoreId = q.value(2).toString();
    t.status = Transfer::statusFrom(q.value(3).toString()).value_or(TransferStatus::Requested);
    t.note = q.value(4).toString();
    t.requestedBy = q.value(5).toString();
    t.shippedBy = q.value(6).toString();
    t.requestedAtMs = q.value(7).toLongLong();
    t.shippedAtMs = q.value(8).toLongLong();
    t.updatedAtMs = q.value(9).toLongLong();
    t.eventSeq = q.value(10).toLongLong();
    return t;
}
} // namespace

TransferStore::TransferStore(DbConnection &connection)
    : m_connection(connection)
{
}

Result<std::optional<Transfer>> TransferStore::load(const QString &transferId, qint64 maxSeq)
{
    QList<Transfer> found;
    if (Status s = m_connection.forEachRow(kColumns + u" WHERE id = ? AND event_seq <= ?"_s,
                                           { transferId, maxSeq },
                                           [&](const QSqlQuery &q) { found << transferFrom(q); });
        !s)
        return s.error();
    if (found.isEmpty())
        return std::optional<Transfer>();
    if (Status s = loadLines(found); !s)
        return s.error();
    return std::optional<Transfer>(found.first());
}

Result<TransferStore::Page> TransferStore::list(const QString &storeId,
                                                std::optional<TransferStatus> status, int page,
                                                int limit, qint64 maxSeq)
{
    QString where = u" WHERE event_seq <= ?"_s;
    QVariantList args { maxSeq };
    if (!storeId.isEmpty()) {
        where += u" AND (from_store_id = ? OR to_store_id = ?)"_s;
        args << storeId << storeId;
    }
    if (status) {
        where += u" AND status = ?"_s;
        args << Transfer::statusName(*status);
    }
    Page result;
    if (Status s = m_connection.forEachRow(
            u"SELECT COUNT(*) FROM transfers"_s + where, args,
            [&](const QSqlQuery &q) { result.total = q.value(0).toLongLong(); });
        !s)
        return s.error();
    QVariantList pageArgs = args;
    pageArgs << limit << qint64(page - 1) * limit;
    if (Status s = m_connection.forEachRow(
            kColumns + where + u" ORDER BY requested_at_ms DESC, id LIMIT ? OFFSET ?"_s, pageArgs,
            [&](const QSqlQuery &q) { result.transfers << transferFrom(q); });
        !s)
        return s.error();
    if (Status s = loadLines(result.transfers); !s)
        return s.error();
    return result;
}

Status TransferStore::loadLines(QList<Transfer> &transfers)
{
    for (Transfer &t : transfers) {
        if (Status s = m_connection.forEachRow(
                u"SELECT product_id, requested, shipped, received, damaged, lost"
                " FROM transfer_lines WHERE transfer_id = ? ORDER BY line_no"_s,
                { t.id },
                [&](const QSqlQuery &q) {
                    t.lines.append({ q.value(0).toString(), q.value(1).toLongLong(),
                                     q.value(2).toLongLong(), q.value(3).toLongLong(),
                                     q.value(4).toLongLong(), q.value(5).toLongLong() });
                });
            !s)
            return s;
    }
    return {};
}

Result<QHash<QString, qint64>> TransferStore::requestedTo(const QString &storeId, qint64 maxSeq)
{
    QHash<QString, qint64> requested;
    if (Status s = m_connection.forEachRow(
            u"SELECT l.product_id, SUM(l.requested) FROM transfers t"
            " JOIN transfer_lines l ON l.transfer_id = t.id"
            " WHERE t.to_store_id = ? AND t.status = 'REQUESTED' AND t.event_seq <= ?"
            " GROUP BY l.product_id"_s,
            { storeId, maxSeq },
            [&](const QSqlQuery &q) {
                requested.insert(q.value(0).toString(), q.value(1).toLongLong());
            });
        !s)
        return s.error();
    return requested;
}

Status TransferStore::insert(const Transfer &t)
{
    if (Status s = m_connection.write(
            u"INSERT INTO transfers (id, from_store_id, to_store_id, status, note, requested_by,"
            " shipped_by, requested_at_ms, shipped_at_ms, updated_at_ms, event_seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { t.id, t.fromStoreId, t.toStoreId, Transfer::statusName(t.status), text(t.note),
              text(t.requestedBy), text(t.shippedBy), t.requestedAtMs, t.shippedAtMs, t.updatedAtMs,
              t.eventSeq });
        !s)
        return s;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        const TransferLine &l = t.lines.at(i);
        if (Status s = m_connection.write(
                u"INSERT INTO transfer_lines (transfer_id, line_no, product_id, requested,"
                " shipped, received, damaged, lost) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { t.id, qint64(i), l.productId, l.requested, l.shipped, l.received, l.damaged,
                  l.lost });
            !s)
            return s;
    }
    return {};
}

Status TransferStore::update(const Transfer &t)
{
    if (Status s
        = m_connection.write(u"UPDATE transfers SET status = ?, shipped_by = ?, shipped_at_ms = ?,"
                             " updated_at_ms = ?, event_seq = ? WHERE id = ?"_s,
                             { Transfer::statusName(t.status), text(t.shippedBy), t.shippedAtMs,
                               t.updatedAtMs, t.eventSeq, t.id });
        !s)
        return s;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        const TransferLine &l = t.lines.at(i);
        if (Status s = m_connection.write(
                u"UPDATE transfer_lines SET shipped = ?, received = ?, damaged = ?, lost = ?"
                " WHERE transfer_id = ? AND line_no = ?"_s,
                { l.shipped, l.received, l.damaged, l.lost, t.id, qint64(i) });
            !s)
            return s;
    }
    return {};
}

} // namespace inventory
