// The terminal's local cache: search as you type (any substring from three characters on,
// through a trigram index; prefixes below that), kept in step with every way products
// change, and the index built for a profile made before it existed.
#include "core/client/localcache.h"
#include "core/client/recentevents.h"
#include "core/domain/clock.h"
#include "core/domain/store.h"
#include "core/storage/clientschema.h"
#include "readok.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
QStringList ids(const QList<Product> &products)
{
    QStringList list;
    for (const Product &p : products)
        list << p.id;
    list.sort();
    return list;
}

QList<Product> catalogue()
{
    return { { u"P1"_s, u"LOG-K120"_s, u"8400000000011"_s, u"Teclado Logitech K120"_s,
               u"Periféricos"_s, 1999 },
             { u"P2"_s, u"LOG-M185"_s, u"8400000000028"_s, u"Ratón inalámbrico Logitech"_s,
               u"Periféricos"_s, 1499 },
             { u"P3"_s, u"SAM-T7"_s, {}, u"Disco SSD Samsung T7"_s, u"Almacenamiento"_s, 8999 } };
}
} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void search_data();
    void search();
    void searchFollowsChanges();
    void searchLimitAndOrder();
    void profileFromBeforeTheIndexIsMigrated();
    void profileFromBeforeFoldingIsMigrated();
    void recentEventsAreKept();

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<LocalCache> m_cache;
};

void TestLocalCache::init()
{
    m_cache.reset();
    QFile::remove(m_dir.filePath(u"profile.db"_s));
    auto opened = LocalCache::open(m_dir.filePath(u"profile.db"_s), m_clock);
    QVERIFY(opened.ok());
    m_cache = std::move(opened).value();
    QVERIFY(
        m_cache->replaceAll({ { u"MAD-001"_s, u"Madrid"_s, u"Madrid"_s } }, catalogue(), {}, 0));
}

void TestLocalCache::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name substring") << u"logitech"_s << QStringList { u"P1"_s, u"P2"_s };
    QTest::newRow("upper case") << u"LOGITECH"_s << QStringList { u"P1"_s, u"P2"_s };
    QTest::newRow("accented, any case") << u"INALÁM"_s << QStringList { u"P2"_s };
    QTest::newRow("sku substring") << u"m185"_s << QStringList { u"P2"_s };
    QTest::newRow("barcode substring") << u"0000028"_s << QStringList { u"P2"_s };
    QTest::newRow("one character: name prefix") << u"r"_s << QStringList { u"P2"_s };
    QTest::newRow("two characters: SKU prefix") << u"sa"_s << QStringList { u"P3"_s };
    QTest::newRow("two characters: barcode prefix") << u"84"_s << QStringList { u"P1"_s, u"P2"_s };
    QTest::newRow("two characters inside a word: no match") << u"ec"_s << QStringList {};
    QTest::newRow("quote in the text") << u"te\"cl"_s << QStringList {};
    QTest::newRow("LIKE wildcards are literal") << u"%_"_s << QStringList {};
    QTest::newRow("nothing") << u"xyzzy"_s << QStringList {};
    QTest::newRow("no accents typed") << u"inalambrico"_s << QStringList { u"P2"_s };
    QTest::newRow("no accents, upper case") << u"RATON"_s << QStringList { u"P2"_s };
    QTest::newRow("accent typed where the name has none")
        << u"lógitéch"_s << QStringList { u"P1"_s, u"P2"_s };
    QTest::newRow("words in any order") << u"logitech raton"_s << QStringList { u"P2"_s };
    QTest::newRow("every word must match") << u"logitech samsung"_s << QStringList {};
    QTest::newRow("one letter, no accent typed") << u"R"_s << QStringList { u"P2"_s };
}

void TestLocalCache::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(readOk(m_cache->searchProducts(text, 200))), expected);
}

void TestLocalCache::searchFollowsChanges()
{
    Product renamed = catalogue().at(0);
    renamed.name = u"Teclado mecánico Keychron"_s;
    QVERIFY(m_cache->putProducts({ renamed }));
    QCOMPARE(ids(readOk(m_cache->searchProducts(u"keychron"_s, 200))), QStringList { u"P1"_s });
    QCOMPARE(ids(readOk(m_cache->searchProducts(u"k120"_s, 200))),
             QStringList { u"P1"_s }); // the SKU
    QCOMPARE(ids(readOk(m_cache->searchProducts(u"Logitech K120"_s, 200))), QStringList {});

    QVERIFY(m_cache->putProducts(
        { { u"P4"_s, u"KEY-Q1"_s, {}, u"Keychron Q1"_s, u"Periféricos"_s, 16900 } }));
    QCOMPARE(ids(readOk(m_cache->searchProducts(u"keychron"_s, 200))),
             (QStringList { u"P1"_s, u"P4"_s }));

    // A new full sync replaces everything, and the index with it.
    QVERIFY(m_cache->replaceAll({ { u"MAD-001"_s, u"Madrid"_s, u"Madrid"_s } },
                                { catalogue().at(2) }, {}, 0));
    QCOMPARE(ids(readOk(m_cache->searchProducts(u"keychron"_s, 200))), QStringList {});
    QCOMPARE(ids(readOk(m_cache->searchProducts(u"samsung"_s, 200))), QStringList { u"P3"_s });
    auto bulk = m_cache->connection().run(u"SELECT COUNT(*) FROM meta WHERE key = 'bulkLoad'"_s);
    QVERIFY(bulk && bulk.value()->next());
    QCOMPARE(bulk.value()->value(0).toInt(), 0);
}

void TestLocalCache::searchLimitAndOrder()
{
    QList<Product> many;
    for (int i = 0; i < 300; ++i)
        many.append({ u"M%1"_s.arg(i),
                      u"SKU-M%1"_s.arg(i),
                      {},
                      u"Cable USB %1"_s.arg(299 - i, 3, 10, QChar(u'0')),
                      u"Cables"_s,
                      500 });
    QVERIFY(m_cache->putProducts(many));
    for (const QString &text : { u"cable usb"_s, u"ca"_s }) {
        const QList<Product> found = readOk(m_cache->searchProducts(text, 200));
        QCOMPARE(found.size(), 200);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY2(found.at(i - 1).name.compare(found.at(i).name, Qt::CaseInsensitive) <= 0,
                     qPrintable(text));
    }
}

void TestLocalCache::profileFromBeforeTheIndexIsMigrated()
{
    m_cache.reset();
    const QString path = m_dir.filePath(u"old.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QList<QStringList> steps = ClientSchema::steps();
        for (const QString &statement : steps.constFirst())
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(u"INSERT INTO products VALUES ('OLD', 'OLD-1', NULL, 'Monitor antiguo',"
                       " 'Pantallas', 100)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    auto opened = LocalCache::open(path, m_clock);
    QVERIFY(opened.ok());
    QCOMPARE(ids(readOk(opened.value()->searchProducts(u"antiguo"_s, 200))),
             QStringList { u"OLD"_s });
}

void TestLocalCache::profileFromBeforeFoldingIsMigrated()
{
    m_cache.reset();
    const QString path = m_dir.filePath(u"v2.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QList<QStringList> steps = ClientSchema::steps();
        for (int step = 0; step < 2; ++step) {
            for (const QString &statement : steps.at(step))
                QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        QVERIFY(q.exec(u"INSERT INTO products VALUES ('TEL', 'TEL-1', NULL, 'Teléfono Móvil',"
                       " 'Telefonía', 100)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);
    auto opened = LocalCache::open(path, m_clock);
    QVERIFY(opened.ok());
    QCOMPARE(ids(readOk(opened.value()->searchProducts(u"telefono"_s, 200))),
             QStringList { u"TEL"_s });
    QCOMPARE(ids(readOk(opened.value()->searchProducts(u"MOVIL"_s, 200))),
             QStringList { u"TEL"_s });
}

void TestLocalCache::recentEventsAreKept()
{
    QVERIFY(readOk(m_cache->recentEvents(10)).isEmpty());
    QList<Event> events;
    for (int seq = 1; seq <= RecentEvents::Kept + 5; ++seq) {
        const QString store = seq % 2 ? u"MAD-001"_s : u"BCN-001"_s;
        events.append(Event(seq, u"stock.adjusted"_s, 1000 + seq, store, u"P1"_s,
                            QJsonObject { { u"quantity"_s, seq },
                                          { u"reserved"_s, 0 },
                                          { u"version"_s, seq },
                                          { u"actor"_s, u"clerk-mad"_s },
                                          { u"reason"_s, u"sale"_s } }));
    }
    QCOMPARE(readOk(m_cache->applyEvents(events)), RecentEvents::Kept + 5);
    const QList<Event> newest = readOk(m_cache->recentEvents(3));
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.at(0).seq, RecentEvents::Kept + 5);
    QCOMPARE(newest.at(0).data.object().value(u"actor"_s).toString(), u"clerk-mad"_s);
    const QList<Event> madrid = readOk(m_cache->recentEvents(5000, u"MAD-001"_s));
    for (const Event &e : madrid)
        QCOMPARE(e.storeId, u"MAD-001"_s);
    // Only the newest are kept: the oldest fell out.
    QCOMPARE(readOk(m_cache->recentEvents(5000)).size(), RecentEvents::Kept);
    QCOMPARE(readOk(m_cache->recentEvents(5000)).constLast().seq, 6);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
