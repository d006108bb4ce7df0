#pragma once

#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"

#include <QHash>
#include <QLatin1StringView>
#include <utility>

class QSqlQuery;

namespace inventory {

class DbConnection;

// The stock rows a transaction keeps for write-back (StockTable::Rows::WriteBack) and how
// they reach the database: on PostgreSQL locked and created up front and written back in one
// statement each, whatever their number; on SQLite, whose writer is alone, a row at a time.
class HeldStockRows
{
public:
    struct Held
    {
        StockRow row;
        bool dirty = false;
        bool created = false; // by prefetch(): deleted by flush() unless dirty
    };

    explicit HeldStockRows(DbConnection &connection);

    void clear();
    // nullptr when the row is not held.
    Held *find(const QString &productId, const QString &storeId);
    // Keeps a row read on first use.
    Held *keep(const StockRow &row);
    // After a command changed the held row.
    void changed(Held &held);
    // Changes kept for flush() so far.
    qint64 changes() const { return m_changes; }

    // PostgreSQL: locks and keeps the rows of these keys (product, store) in one statement, in
    // key order, so that two instances lock the rows they share in the same order. The
    // missing ones of a known product and store are created empty at nowMs in one more
    // statement.
    Status prefetch(QList<std::pair<QString, QString>> keys, qint64 nowMs);
    // Writes the changed rows and deletes those prefetch() created that no command changed;
    // UNAVAILABLE when one cannot be written.
    Status flush();

    // The stock columns every statement reads a row with, after product and store.
    static constexpr QLatin1StringView Columns {
        "quantity, reserved, version, updated_at_ms, incoming, min_level, target_level"
    };

private:
    // Locks and keeps the rows of these keys that exist (sorted keys: rows locked in order).
    Status lockExisting(const QList<std::pair<QString, QString>> &keys);
    // Creates the rows of keys that are not held yet.
    Status createMissing(const QList<std::pair<QString, QString>> &keys, qint64 nowMs);
    // Keeps the row a prefetch statement gave (product, store, then Columns).
    enum class Origin { Read, Created };
    void keepFrom(const QSqlQuery &query, Origin origin);
    // flush() on PostgreSQL: one UPDATE … FROM unnest(…) for every dirty row, one DELETE for
    // the rows prefetch() created that stayed untouched.
    Status flushAtOnce();

    DbConnection &m_connection;
    QHash<std::pair<QString, QString>, Held> m_rows;
    qint64 m_changes = 0;
};

} // namespace inventory
