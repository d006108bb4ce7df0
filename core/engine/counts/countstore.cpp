#include "core/engine/counts/countstore.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kColumns = u"SELECT c.id, c.store_id, c.status, c.scope, c.blind, c.category,"
                      " c.opened_by, c.opened_at_ms, c.closed_by, c.closed_at_ms, c.event_seq"_s;

CountSession countFrom(const QSqlQuery &q)
{
    CountSession c;
    c.id = q.value(0).toString();
    c.storeId = q.value(1).toString();
    c.status = CountSession::statusFrom(q.value(2).toString()).value_or(CountStatus::Open);
    c.scope = CountSession::scopeFrom(q.value(3).toString()).value_or(CountScope::List);
    c.visibility = q.value(4).toLongLong() ? CountVisibility::Blind : CountVisibility::Shown;
    c.category = q.value(5).toString();
    c.openedBy = q.value(6).toString();
    c.openedAtMs = q.value(7).toLongLong();
    c.closedBy = q.value(8).toString();
    c.closedAtMs = q.value(9).toLongLong();
    c.eventSeq = q.value(10).toLongLong();
    return c;
}

// An empty text, never NULL (a null QString binds as NULL).
QString stored(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

// The entries of a count summed per product: what the tills counted and when last.
const auto kEntries = u"(SELECT product_id, SUM(counted) AS total, COUNT(*) AS n,"
                      " MAX(seq) AS last_seq FROM count_entries WHERE count_id = ?"
                      " GROUP BY product_id)"_s;
} // namespace

CountStore::CountStore(DbConnection &connection)
    : m_connection(connection)
{
}

Result<std::optional<CountSession>> CountStore::load(const QString &countId, Lines lines,
                                                     qint64 maxSeq)
{
    std::optional<CountSession> found;
    if (Status s = m_connection.forEachRow(
            kColumns + u" FROM counts c WHERE c.id = ? AND c.event_seq <= ?"_s, { countId, maxSeq },
            [&](const QSqlQuery &q) { found = countFrom(q); });
        !s)
        return s.error();
    if (!found || lines == Lines::Left)
        return found;
    const QString sql = u"SELECT l.product_id, l.snapshot, l.snapshot_seq, e.total, e.n,"
                        " e.last_seq FROM count_lines l LEFT JOIN %1 e"
                        " ON e.product_id = l.product_id WHERE l.count_id = ?"
                        " ORDER BY l.product_id"_s.arg(kEntries);
    if (Status s = m_connection.forEachRow(sql, { countId, countId },
                                           [&](const QSqlQuery &q) {
                                               CountLine line;
                                               line.productId = q.value(0).toString();
                                               line.snapshot = q.value(1).toLongLong();
                                               line.snapshotSeq = q.value(2).toLongLong();
                                               if (!q.value(3).isNull())
                                                   line.counted = q.value(3).toLongLong();
                                               line.entries = q.value(4).toInt();
                                               line.lastEntrySeq = q.value(5).toLongLong();
                                               found->lines << line;
                                           });
        !s)
        return s.error();
    found->lineCount = int(found->lines.size());
    found->countedCount = int(std::count_if(found->lines.begin(), found->lines.end(),
                                            [](const CountLine &l) { return l.counted; }));
    return found;
}

Result<CountStore::Page> CountStore::list(const QString &storeId, std::optional<CountStatus> status,
                                          int page, int limit, qint64 maxSeq)
{
    QString where = u" WHERE c.event_seq <= ?"_s;
    QVariantList args { maxSeq };
    if (!storeId.isEmpty()) {
        where += u" AND c.store_id = ?"_s;
        args << storeId;
    }
    if (status) {
        where += u" AND c.status = ?"_s;
        args << CountSession::statusName(*status);
    }
    Page result;
    if (Status s = m_connection.forEachRow(
            u"SELECT COUNT(*) FROM counts c"_s + where, args,
            [&](const QSqlQuery &q) { result.total = q.value(0).toLongLong(); });
        !s)
        return s.error();
    QVariantList pageArgs = args;
    pageArgs << limit << qint64(page - 1) * limit;
    const QString sql = kColumns
        + u", (SELECT COUNT(*) FROM count_lines l WHERE l.count_id = c.id),"
          " (SELECT COUNT(DISTINCT product_id) FROM count_entries e WHERE e.count_id = c.id)"
          " FROM counts c"_s
        + where + u" ORDER BY c.opened_at_ms DESC, c.id LIMIT ? OFFSET ?"_s;
    if (Status s = m_connection.forEachRow(sql, pageArgs,
                                           [&](const QSqlQuery &q) {
                                               CountSession c = countFrom(q);
                                               c.lineCount = q.value(11).toInt();
                                               c.countedCount = q.value(12).toInt();
                                               result.counts << c;
                                           });
        !s)
        return s.error();
    return result;
}

// One statement: each line's movements after its snapshot, up to its latest entry, summed by
// a range of the movements' primary key (product, store, seq), not a scan of the log.
Result<QList<CountReviewLine>> CountStore::review(const CountSession &count)
{
    const QString sql = u"SELECT l.product_id, e.total, l.snapshot + COALESCE((SELECT SUM(m.delta)"
                        " FROM movements m WHERE m.product_id = l.product_id AND m.store_id = ?"
                        " AND m.seq > l.snapshot_seq AND m.seq <= COALESCE(e.last_seq, ?)), 0),"
                        " COALESCE(s.quantity, 0)"
                        " FROM count_lines l LEFT JOIN %1 e ON e.product_id = l.product_id"
                        " LEFT JOIN stock s ON s.product_id = l.product_id AND s.store_id = ?"
                        " WHERE l.count_id = ? ORDER BY l.product_id"_s.arg(kEntries);
    QList<CountReviewLine> lines;
    if (Status s
        = m_connection.forEachRow(sql, { count.storeId, AnySeq, count.id, count.storeId, count.id },
                                  [&](const QSqlQuery &q) {
                                      CountReviewLine line;
                                      line.productId = q.value(0).toString();
                                      if (!q.value(1).isNull())
                                          line.counted = q.value(1).toLongLong();
                                      line.expected = q.value(2).toLongLong();
                                      line.current = q.value(3).toLongLong();
                                      lines << line;
                                  });
        !s)
        return s.error();
    return lines;
}

Status CountStore::insert(const CountSession &count)
{
    return m_connection.write(
        u"INSERT INTO counts (id, store_id, status, scope, blind, category, opened_by,"
        " opened_at_ms, closed_by, closed_at_ms, event_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { count.id, count.storeId, CountSession::statusName(count.status),
          CountSession::scopeName(count.scope), count.visibility == CountVisibility::Blind ? 1 : 0,
          stored(count.category), stored(count.openedBy), count.openedAtMs, stored(count.closedBy),
          count.closedAtMs, count.eventSeq });
}

Status CountStore::insertLine(const QString &countId, const CountLine &line)
{
    return m_connection.write(u"INSERT INTO count_lines (count_id, product_id, snapshot,"
                              " snapshot_seq) VALUES (?, ?, ?, ?)"_s,
                              { countId, line.productId, line.snapshot, line.snapshotSeq });
}

Result<bool> CountStore::hasLine(const QString &countId, const QString &productId)
{
    bool found = false;
    if (Status s = m_connection.forEachRow(
            u"SELECT 1 FROM count_lines WHERE count_id = ? AND product_id = ?"_s,
            { countId, productId }, [&](const QSqlQuery &) { found = true; });
        !s)
        return s.error();
    return found;
}

Status CountStore::putEntry(const QString &countId, const QString &productId, const QString &device,
                            qint64 counted, const QString &actor, qint64 atMs, qint64 seq)
{
    return m_connection.write(
        u"INSERT INTO count_entries (count_id, product_id, device, counted, actor, at_ms, seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (count_id, product_id, device) DO UPDATE"
        " SET counted = excluded.counted, actor = excluded.actor, at_ms = excluded.at_ms,"
        " seq = excluded.seq"_s,
        { countId, productId, device, counted, stored(actor), atMs, seq });
}

Result<std::pair<qint64, int>> CountStore::counted(const QString &countId, const QString &productId)
{
    std::pair<qint64, int> result { 0, 0 };
    if (Status s
        = m_connection.forEachRow(u"SELECT COALESCE(SUM(counted), 0), COUNT(*) FROM count_entries"
                                  " WHERE count_id = ? AND product_id = ?"_s,
                                  { countId, productId },
                                  [&](const QSqlQuery &q) {
                                      result = { q.value(0).toLongLong(), q.value(1).toInt() };
                                  });
        !s)
        return s.error();
    return result;
}

Status CountStore::close(const CountSession &count)
{
    return m_connection.write(u"UPDATE counts SET status = ?, closed_by = ?, closed_at_ms = ?,"
                              " event_seq = ? WHERE id = ?"_s,
                              { CountSession::statusName(count.status), stored(count.closedBy),
                                count.closedAtMs, count.eventSeq, count.id });
}

Result<QStringList> CountStore::ids(const QString &sql, const QVariantList &args)
{
    QStringList found;
    if (Status s = m_connection.forEachRow(
            sql, args, [&](const QSqlQuery &q) { found << q.value(0).toString(); });
        !s)
        return s.error();
    return found;
}

Result<QStringList> CountStore::productsOfCategory(const QString &category, int limit)
{
    return ids(u"SELECT id FROM products WHERE category = ? ORDER BY id LIMIT ?"_s,
               { category, limit });
}

Result<QStringList> CountStore::allProducts(int limit)
{
    return ids(u"SELECT id FROM products ORDER BY id LIMIT ?"_s, { limit });
}

Result<QStringList> CountStore::randomProducts(int n)
{
    return ids(u"SELECT id FROM products ORDER BY random() LIMIT ?"_s, { n });
}

} // namespace inventory
