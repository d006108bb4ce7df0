#pragma once

#include "core/domain/result.h"
#include "core/engine/tables/writes.h"
#include "core/protocol/json/jsonbody.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <limits>
#include <optional>

namespace inventory {

class DbConnection;

// Results remembered by idempotency key, in the database so they survive restarts.
class IdempotencyStore
{
public:
    struct Entry
    {
        QByteArray fingerprint;
        int status = 0;
        // The body as the client first got it: a replay sends these same bytes.
        JsonBody body;
    };

    explicit IdempotencyStore(DbConnection &connection);

    // With Writes::Deferred (PostgreSQL only), results found or remembered are kept, and
    // flush() inserts the new ones in one statement.
    void begin(Writes writes);
    Status flush();
    // With Writes::Deferred: looks up these keys in one statement.
    Status prefetch(const QStringList &keys);
    Result<std::optional<Entry>> find(const QString &key);
    Status remember(const QString &key, const Entry &entry, qint64 nowMs);
    // Forgets up to `limit` entries older than the cut-off, the oldest first; API.md promises
    // at least 24 h.
    Result<int> purgeOlderThan(qint64 cutoffMs, int limit = std::numeric_limits<int>::max());

    static constexpr qint64 RetentionMs = 24LL * 3600 * 1000;

private:
    struct Remembered
    {
        QString key;
        Entry entry;
        qint64 atMs = 0;
    };

    DbConnection &m_connection;
    Writes m_writes = Writes::Immediate;
    QHash<QString, std::optional<Entry>> m_kept;
    QList<Remembered> m_new;
};

} // namespace inventory
