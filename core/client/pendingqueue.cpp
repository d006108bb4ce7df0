#include "core/client/pendingqueue.h"

#include "core/storage/dbconnection.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}
} // namespace

PendingQueue::PendingQueue(DbConnection &db)
    : m_db(db)
{
}

Result<PendingOperation> PendingQueue::enqueue(const QString &kind, const QJsonObject &body,
                                               const QString &productId, const QString &storeId,
                                               qint64 delta, const QString &key,
                                               const Origin &origin)
{
    PendingOperation op;
    op.key = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    op.kind = kind;
    op.body = body;
    op.productId = productId;
    op.storeId = storeId;
    op.delta = delta;
    op.createdAtMs = origin.atMs;
    op.actor = origin.actor;
    op.deviceId = origin.deviceId;
    auto ran = m_db.run(u"INSERT INTO operations (key, kind, body, product_id, store_id, delta,"
                        " state, created_at_ms, actor, device_id)"
                        " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, COALESCE(?, ''), COALESCE(?, ''))"_s,
                        { op.key, kind, compact(body), productId, storeId, delta, op.createdAtMs,
                          op.actor, op.deviceId });
    if (!ran)
        return ran.error();
    op.seq = ran.value()->lastInsertId().toLongLong();
    ran.value()->finish();
    return op;
}

Result<QList<PendingOperation>> PendingQueue::operations(const QString &state, int limit)
{
    QList<PendingOperation> list;
    if (Status s = m_db.forEachRow(
            u"SELECT seq, key, kind, body, product_id, store_id, delta, state, status, result,"
            " created_at_ms, actor, device_id FROM operations WHERE state = ? ORDER BY seq"
            " LIMIT ?"_s,
            { state, limit },
            [&](const QSqlQuery &q) {
                list.append(
                    { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(),
                      q.value(7).toString() == u"queued"_s ? PendingOperation::State::Queued
                                                           : PendingOperation::State::Rejected,
                      q.value(8).toInt(),
                      QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object(),
                      q.value(10).toLongLong(), q.value(11).toString(), q.value(12).toString() });
            });
        !s)
        return s.error();
    return list;
}

Result<QList<PendingOperation>> PendingQueue::queued(int limit)
{
    return operations(u"queued"_s, limit);
}

Result<QList<PendingOperation>> PendingQueue::rejected()
{
    return operations(u"rejected"_s, 1'000'000);
}

Result<int> PendingQueue::queuedCount()
{
    int count = 0;
    if (Status s = m_db.forEachRow(u"SELECT COUNT(*) FROM operations WHERE state = 'queued'"_s, {},
                                   [&](const QSqlQuery &q) { count = q.value(0).toInt(); });
        !s)
        return s.error();
    return count;
}

Status PendingQueue::reject(const QString &key, int status, const QJsonObject &answer)
{
    return m_db.write(
        u"UPDATE operations SET state = 'rejected', status = ?, result = ? WHERE key = ?"_s,
        { status, compact(answer), key });
}

Status PendingQueue::dismiss(const QString &key)
{
    return m_db.write(u"DELETE FROM operations WHERE key = ? AND state = 'rejected'"_s, { key });
}

Status PendingQueue::retry(const QString &key)
{
    // A new key: the old one is remembered by the server with its rejection. A ticket and a
    // return keep theirs, their own id: the server remembers neither a refused ticket nor a
    // refused return, and a new key would be a second sale of the same receipt.
    return m_db.write(u"UPDATE operations SET state = 'queued', status = 0, result = '',"
                      " key = CASE WHEN kind IN ('ticket', 'return') THEN key ELSE ? END"
                      " WHERE key = ? AND state = 'rejected'"_s,
                      { QUuid::createUuid().toString(QUuid::WithoutBraces), key });
}

} // namespace inventory
