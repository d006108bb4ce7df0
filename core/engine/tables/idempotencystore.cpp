#include "core/engine/tables/idempotencystore.h"

#include "core/storage/dbconnection.h"
#include "core/storage/postgres/pgarray.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

IdempotencyStore::IdempotencyStore(DbConnection &connection)
    : m_connection(connection)
{
}

void IdempotencyStore::begin(Writes writes)
{
    m_kept.clear();
    m_new.clear();
    m_writes
        = m_connection.dialect().kind() == SqlDialect::Kind::Postgres ? writes : Writes::Immediate;
}

Status IdempotencyStore::flush()
{
    if (m_new.isEmpty())
        return {};
    PgArray key, fingerprint, status, body, created;
    for (const Remembered &r : std::as_const(m_new)) {
        key.append(r.key);
        fingerprint.append(QString::fromLatin1(r.entry.fingerprint));
        status.append(qint64(r.entry.status));
        body.append(QString::fromUtf8(r.entry.body.text()));
        created.append(r.atMs);
    }
    m_new.clear();
    return m_connection.write(
        u"INSERT INTO idempotency (key, fingerprint, status, body, created_at_ms)"
        " SELECT * FROM unnest(?::text[], ?::text[], ?::integer[], ?::text[], ?::bigint[])"_s,
        { key.literal(), fingerprint.literal(), status.literal(), body.literal(),
          created.literal() });
}

Status IdempotencyStore::prefetch(const QStringList &keys)
{
    if (m_writes != Writes::Deferred)
        return {};
    PgArray wanted;
    for (const QString &key : keys) {
        if (!m_kept.contains(key)) {
            wanted.append(key);
            m_kept.insert(key, std::nullopt);
        }
    }
    if (wanted.size() == 0)
        return {};
    return m_connection.forEachRow(
        u"SELECT key, fingerprint, status, body FROM idempotency WHERE key = ANY(?::text[])"_s,
        { wanted.literal() }, [this](const QSqlQuery &q) {
            m_kept.insert(q.value(0).toString(),
                          Entry { q.value(1).toString().toLatin1(), q.value(2).toInt(),
                                  JsonBody::fromText(q.value(3).toString().toUtf8()) });
        });
}

Result<std::optional<IdempotencyStore::Entry>> IdempotencyStore::find(const QString &key)
{
    if (m_writes == Writes::Deferred) {
        if (const auto kept = m_kept.constFind(key); kept != m_kept.cend())
            return *kept;
    }
    auto ran = m_connection.run(
        u"SELECT fingerprint, status, body FROM idempotency WHERE key = ?"_s, { key });
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    if (!query->next()) {
        if (Status s = m_connection.endOfRows(*query); !s)
            return s.error();
        return std::optional<Entry>();
    }
    Entry entry { query->value(0).toString().toLatin1(), query->value(1).toInt(),
                  JsonBody::fromText(query->value(2).toString().toUtf8()) };
    query->finish();
    return std::optional<Entry>(entry);
}

Status IdempotencyStore::remember(const QString &key, const Entry &entry, qint64 nowMs)
{
    if (m_writes == Writes::Deferred) {
        m_kept.insert(key, entry);
        m_new.append({ key, entry, nowMs });
        return {};
    }
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
