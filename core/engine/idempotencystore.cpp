#include "core/engine/idempotencystore.h"

#include "core/storage/dbconnection.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

IdempotencyStore::IdempotencyStore(DbConnection &connection)
    : m_connection(connection)
{
}

Result<std::optional<IdempotencyStore::Entry>> IdempotencyStore::find(const QString &key)
{
    auto ran = m_connection.run(
        u"SELECT fingerprint, status, body FROM idempotency WHERE key = ?"_s, { key });
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    if (!query->next())
        return std::optional<Entry>();
    Entry entry { query->value(0).toString().toLatin1(), query->value(1).toInt(),
                  JsonBody::fromText(query->value(2).toString().toUtf8()) };
    query->finish();
    return std::optional<Entry>(entry);
}

Status IdempotencyStore::remember(const QString &key, const Entry &entry, qint64 nowMs)
{
    return m_connection.write(u"INSERT INTO idempotency (key, fingerprint, status, body,"
                              " created_at_ms) VALUES (?, ?, ?, ?, ?)"_s,
                              { key, QString::fromLatin1(entry.fingerprint), entry.status,
                                QString::fromUtf8(entry.body.text()), nowMs });
}

Result<int> IdempotencyStore::purgeOlderThan(qint64 cutoffMs, int limit)
{
    // The oldest first, through the index on their age, a bounded number at a time.
    auto ran = m_connection.run(u"DELETE FROM idempotency WHERE key IN (SELECT key FROM"
                                " idempotency WHERE created_at_ms < ? ORDER BY created_at_ms"
                                " LIMIT ?)"_s,
                                { cutoffMs, limit });
    if (!ran)
        return ran.error();
    return ran.value()->numRowsAffected();
}

} // namespace inventory
