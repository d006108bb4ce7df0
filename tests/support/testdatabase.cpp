#include "testdatabase.h"

#include "core/engine/admin/storeregistry.h"
#include "core/engine/invariantchecker.h"
#include "serverprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

TestDatabase::TestDatabase(bool seeded)
    : m_location(onPostgres() ? ServerProcess::createPostgresDatabase()
                              : m_dir.filePath(u"inventory.db"_s))
{
    auto opened = DbConnection::open(path(), SchemaMigrator::Schema::Server);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message()));
    m_connection = std::move(opened).value();
    m_engine = std::make_unique<InventoryEngine>(*m_connection, m_clock);
    m_queries = std::make_unique<InventoryQueries>(*m_connection);
    if (seeded)
        seedBasics(*m_connection);
}

QString TestDatabase::path() const
{
    return m_location;
}

bool TestDatabase::onPostgres()
{
    return !ServerProcess::postgresDir().isEmpty();
}

void TestDatabase::seedBasics(DbConnection &connection)
{
    StoreRegistry stores(connection);
    for (const Store &store : { Store { u"S1"_s, u"Store one"_s, u"Madrid"_s },
                                Store { u"S2"_s, u"Store two"_s, u"Sevilla"_s } }) {
        if (Status s = stores.add(store); !s)
            qFatal("seeding stores failed: %s", qPrintable(s.error().message()));
    }
    SystemClock clock;
    InventoryEngine engine(connection, clock);
    const BatchResult result = engine.applyBatch(
        { Command::createProduct({ u"P1"_s, u"SKU-1"_s, u"8400000000011"_s, u"Ratón inalámbrico"_s,
                                   u"Periféricos"_s, 1999 }),
          Command::createProduct(
              { u"P2"_s, u"SKU-2"_s, {}, u"Teclado"_s, u"Periféricos"_s, 4999 }) });
    for (const CommandOutcome &outcome : result.outcomes) {
        if (!outcome.ok())
            qFatal("seeding products failed: %s", qPrintable(outcome.error->message()));
    }
}

StockRow TestDatabase::row(const QString &productId, const QString &storeId)
{
    auto rows = m_queries->availability(productId, storeId);
    if (!rows || rows->isEmpty())
        return StockRow { productId, storeId };
    return rows->constFirst();
}

qint64 TestDatabase::lastSeq()
{
    return m_queries->lastSeq().value();
}

QStringList TestDatabase::violations()
{
    auto result = InvariantChecker(*m_connection).check();
    if (!result)
        return { u"storage error: "_s + result.error().message() };
    return result.value();
}

} // namespace inventory::test
