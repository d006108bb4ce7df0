// Reads of the catalogue: search and lookups by SKU and barcode, the read model's catalogue
// pages, the demo and synthetic catalogues.
#include "core/engine/admin/demoseeder.h"
#include "core/engine/admin/storeregistry.h"
#include "core/engine/admin/userstore.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/readmodel.h"
#include "syntheticcatalog.h"
#include "testdatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestCatalogReads : public QObject
{
    Q_OBJECT

private slots:
    void productSearch_data();
    void productSearch();
    void productLookupBySkuAndBarcode();
    void readModelCataloguePages_data();
    void readModelCataloguePages();
    void demoCatalogue();
    void syntheticCatalogue();
};

void TestCatalogReads::productSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("everything") << u""_s << u""_s << QStringList { u"P1"_s, u"P2"_s };
    QTest::newRow("name, any case") << u"TECLA"_s << u""_s << QStringList { u"P2"_s };
    QTest::newRow("sku substring") << u"ku-1"_s << u""_s << QStringList { u"P1"_s };
    QTest::newRow("barcode") << u"8400000000011"_s << u""_s << QStringList { u"P1"_s };
    QTest::newRow("category") << u""_s << u"Periféricos"_s << QStringList { u"P1"_s, u"P2"_s };
    QTest::newRow("wildcards are literal") << u"%"_s << u""_s << QStringList {};
    QTest::newRow("no match") << u"zzz"_s << u""_s << QStringList {};
}

void TestCatalogReads::productSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QStringList, ids);
    test::TestDatabase db;
    const auto page = db.queries().searchProducts(text, category, 1, 50);
    QVERIFY(page.ok());
    QStringList found;
    for (const Product &p : page->items)
        found << p.id;
    QCOMPARE(found, ids);
    QCOMPARE(page->total, ids.size());
}

void TestCatalogReads::productLookupBySkuAndBarcode()
{
    test::TestDatabase db;
    QCOMPARE(db.queries().product(u"P1"_s).value()->sku, u"SKU-1"_s);
    QCOMPARE(db.queries().product(u"SKU-2"_s).value()->id, u"P2"_s);
    QCOMPARE(db.queries().product(u"8400000000011"_s).value()->id, u"P1"_s);
    QVERIFY(!db.queries().product(u"nope"_s).value().has_value());
    QCOMPARE(db.queries().product(u"P1"_s).value()->priceCents, 1999);
}

void TestCatalogReads::readModelCataloguePages_data()
{
    QTest::addColumn<int>("limit");
    for (const int limit : { 1, 3, 7, 25, 100 })
        QTest::newRow(qPrintable(u"limit %1"_s.arg(limit))) << limit;
}

// Unfiltered pages are slices of the id order: together they are the catalogue, once each,
// in order, also after a product whose id sorts in the middle is created live.
void TestCatalogReads::readModelCataloguePages()
{
    QFETCH(int, limit);
    test::TestDatabase db;
    QList<Command> creates;
    for (const Product &p : SyntheticCatalog::products(20, 10))
        creates.append(Command::createProduct(p));
    QCOMPARE(db.engine().applyAllOrNothing(creates).value(), qsizetype(-1));
    ReadModel model;
    QVERIFY(model.load(db.queries()).ok());
    Product late = SyntheticCatalog::product(3);
    late.id = u"P15"_s; // between P1 and P2
    const BatchResult created = db.engine().applyBatch({ Command::createProduct(late) });
    QVERIFY(!created.failed);
    model.applyAll(created.events);

    const auto all = db.queries().searchProducts({}, {}, 1, 1000);
    QVERIFY(all.ok());
    QCOMPARE(all->total, 23);
    QList<Product> paged;
    for (int page = 1; page <= 30; ++page) {
        const Page<Product> slice = model.searchProducts({}, {}, page, limit);
        QCOMPARE(slice.total, 23);
        QVERIFY(slice.items.size() <= limit);
        paged.append(slice.items);
    }
    QCOMPARE(paged, all->items);
    QVERIFY(model.searchProducts({}, {}, 1000, limit).items.isEmpty());
    // A filter still goes through every product.
    QCOMPARE(model.searchProducts(late.name, {}, 1, limit).total, 1);
}

void TestCatalogReads::demoCatalogue()
{
    test::TestDatabase db(false);
    StoreRegistry stores(db.connection());
    UserStore users(db.connection(), db.clock());
    DemoSeeder seeder(db.engine(), stores, users);
    QCOMPARE(seeder.seed(u"demo"_s).value(), true);
    QCOMPARE(seeder.seed(u"demo"_s).value(), false); // never twice

    QStringList storeIds;
    for (const Store &s : stores.list().value())
        storeIds << s.id;
    QCOMPARE(storeIds, (QStringList { u"BCN-001"_s, u"MAD-001"_s, u"SEV-001"_s, u"VAL-001"_s }));
    const auto laptop = db.queries().product(u"PROD-001"_s).value();
    QCOMPARE(laptop->name, u"Laptop HP Pavilion 15"_s);
    QCOMPARE(laptop->priceCents, 59999);
    QCOMPARE(db.queries().product(u"PROD-003"_s).value()->name, u"Teclado Mecánico RGB"_s);
    QVERIFY(db.queries().allProducts()->size() >= 15);
    QCOMPARE(users.list()->size(), 4);
    QCOMPARE(users.authenticate(u"clerk-mad"_s, u"demo"_s)->storeIds, QStringList { u"MAD-001"_s });
    QCOMPARE(users.authenticate(u"admin"_s, u"demo"_s)->role, Role::Admin);
    QVERIFY(db.queries().availability(u"PROD-001"_s)->size() == 4);
    QVERIFY(db.violations().isEmpty());
}

void TestCatalogReads::syntheticCatalogue()
{
    const QList<Product> products = SyntheticCatalog::products(1000);
    QCOMPARE(products.size(), 1000);
    QCOMPARE(SyntheticCatalog::product(17), products.at(17));
    QSet<QString> barcodes;
    for (const Product &p : products) {
        QVERIFY(Command::createProduct(p).validate() == std::nullopt);
        barcodes.insert(p.barcode);
    }
    QCOMPARE(barcodes.size(), 1000);
    QCOMPARE(SyntheticCatalog::ean13(400638133393LL), u"4006381333931"_s); // a known EAN-13
}

QTEST_GUILESS_MAIN(TestCatalogReads)
#include "tst_catalogreads.moc"
