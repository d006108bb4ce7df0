#pragma once

#include "core/domain/clock.h"
#include "core/engine/inventoryengine.h"
#include "core/engine/inventoryqueries.h"
#include "core/storage/dbconnection.h"

#include <QTemporaryDir>
#include <memory>

namespace inventory::test {

// A fresh SQLite database in a temporary folder (or, with INVENTORY_TEST_POSTGRES_DIR set, a
// fresh database on that PostgreSQL cluster), with a movable clock and an engine, seeded with
// two stores (S1, S2) and two products (P1, P2).
class TestDatabase
{
public:
    explicit TestDatabase(bool seeded = true);

    // The database's location: a SQLite file path or a postgresql:// URL.
    QString path() const;
    static bool onPostgres();
    DbConnection &connection() { return *m_connection; }
    InventoryEngine &engine() { return *m_engine; }
    InventoryQueries &queries() { return *m_queries; }
    ManualClock &clock() { return m_clock; }

    // The stock row, or a zero row when it does not exist.
    StockRow row(const QString &productId = QStringLiteral("P1"),
                 const QString &storeId = QStringLiteral("S1"));
    qint64 lastSeq();
    // The invariant checker's complaints (empty when all holds).
    QStringList violations();

    static void seedBasics(DbConnection &connection);

private:
    QTemporaryDir m_dir;
    QString m_location;
    ManualClock m_clock;
    std::unique_ptr<DbConnection> m_connection;
    std::unique_ptr<InventoryEngine> m_engine;
    std::unique_ptr<InventoryQueries> m_queries;
};

} // namespace inventory::test
