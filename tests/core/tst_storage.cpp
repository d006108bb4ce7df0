// Storage set-up, migrations, queries, users and the demo catalogue.
#include "core/engine/admin/demoseeder.h"
#include "core/engine/invariantchecker.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/admin/passwordhasher.h"
#include "core/engine/readmodel.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/serverschema.h"
#include "core/engine/admin/storeregistry.h"
#include "syntheticcatalog.h"
#include "testdatabase.h"
#include "core/domain/timestamp.h"
#include "core/engine/admin/userstore.h"
#include "core/storage/walsync.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
QVariant pragma(DbConnection &db, const QString &name)
{
    QSqlQuery q(db.database());
    q.exec(u"PRAGMA "_s + name);
    q.next();
    return q.value(0);
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void durableSettings();
    void deferredLogSync();
    void textRoundTrips_data();
    void textRoundTrips();
    void reopeningKeepsDataAndSchema();
    void refusesNewerSchema();
    void upgradesAVersionOneDatabase();
    void unopenableLocationIsAnError();
    void productSearch_data();
    void productSearch();
    void productLookupBySkuAndBarcode();
    void storeStockPages();
    void cachedAvailabilityFollowsEveryChange();
    void readModelCataloguePages_data();
    void readModelCataloguePages();
    void reservationsByStatus();
    void passwordsAreSaltedSlowHashes();
    void usersAuthenticate();
    void demoCatalogue();
    void syntheticCatalogue();
    void timestampsMatchQt_data();
    void timestampsMatchQt();
    void timestampParsingAgreesWithQt_data();
    void timestampParsingAgreesWithQt();
};

void TestStorage::durableSettings()
{
    test::TestDatabase db;
    QCOMPARE(pragma(db.connection(), u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(db.connection(), u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(db.connection(), u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(db.connection(), u"user_version"_s).toInt(),
             SchemaMigrator(db.connection(), SchemaMigrator::Schema::Server).latestVersion());
}

// The group-commit writer's connection: commits stop waiting for the disk (a CommitSyncer
// syncs the log instead), through a reconnect too; the log it names is this database's.
void TestStorage::deferredLogSync()
{
    test::TestDatabase db;
    auto log = db.connection().deferLogSync();
    QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().message()));
    QCOMPARE(log.value(), db.path() + u"-wal"_s);
    QCOMPARE(pragma(db.connection(), u"synchronous"_s).toInt(), 1); // NORMAL
    QVERIFY(db.connection().reconnect().ok());
    QCOMPARE(pragma(db.connection(), u"synchronous"_s).toInt(), 1);

    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 3));
    WalSync sync(log.value());
    QVERIFY(sync.flush().ok());
    WalSync missing(db.path() + u"-nowhere"_s);
    const Status refused = missing.flush();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Unavailable);
    QVERIFY2(refused.error().message().contains(u"-nowhere"_s),
             qPrintable(refused.error().message()));
}

void TestStorage::textRoundTrips_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("ASCII") << QVariant(u"MAD-001"_s) << u"text"_s;
    QTest::newRow("accents") << QVariant(u"Añejo café, crème brûlée"_s) << u"text"_s;
    QTest::newRow("outside the BMP") << QVariant(u"manzana 🍎 𝄞"_s) << u"text"_s;
    QTest::newRow("empty, not null") << QVariant(u""_s) << u"text"_s;
    QTest::newRow("null string") << QVariant(QString()) << u"null"_s;
    QTest::newRow("integer") << QVariant(qint64(-42)) << u"integer"_s;
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff", 2)) << u"blob"_s;
}

// Values written through SQLite's API (DbConnection::write, the writer's path) read back
// through QtSql as they were, with the SQL type Qt's own driver would have given them.
void TestStorage::textRoundTrips()
{
    QFETCH(QVariant, value);
    QFETCH(QString, type);
    test::TestDatabase db;
    QVERIFY(db.connection().exec(u"CREATE TABLE t (k INTEGER, v)"_s).ok());
    const QString insert = u"INSERT INTO t (k, v) VALUES (?, ?)"_s;
    // Two values in one statement, the second longer than the first, then the statement again
    // from its cache: each bound value keeps its own text.
    QVERIFY(db.connection().write(insert, { 1, value }).ok());
    QVERIFY(db.connection().write(insert, { 2, u"second value, longer than the first"_s }).ok());
    QSqlQuery q(db.connection().database());
    QVERIFY(q.exec(u"SELECT v, typeof(v) FROM t ORDER BY k"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), type);
    if (type == u"null"_s)
        QVERIFY(q.value(0).isNull());
    else if (type == u"integer"_s)
        QCOMPARE(q.value(0).toLongLong(), value.toLongLong());
    else if (type == u"blob"_s)
        QCOMPARE(q.value(0).toByteArray(), value.toByteArray());
    else
        QCOMPARE(q.value(0).toString(), value.toString());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"second value, longer than the first"_s);
}

void TestStorage::reopeningKeepsDataAndSchema()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 7));
    auto reopened = DbConnection::open(db.path());
    QVERIFY(reopened.ok());
    SchemaMigrator migrator(*reopened.value(), SchemaMigrator::Schema::Server);
    QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
    InventoryQueries queries(*reopened.value());
    const auto rows = queries.availability(u"P1"_s);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().quantity, 7);
}

void TestStorage::refusesNewerSchema()
{
    test::TestDatabase db;
    QVERIFY(db.connection().exec(u"PRAGMA user_version = 999"_s).ok());
    auto reopened = DbConnection::open(db.path());
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code(), ErrorCode::Unavailable);
    QVERIFY(reopened.error().message().contains(u"newer"_s));
}

void TestStorage::upgradesAVersionOneDatabase()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 7));
    db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 2, u"c"_s));
    // Back to the reservations table and indexes version 1 made, with the same rows.
    DbConnection &c = db.connection();
    QVERIFY(c.exec(u"DROP INDEX reservations_due"_s).ok());
    QVERIFY(c.exec(u"ALTER TABLE reservations RENAME TO reservations_now"_s).ok());
    const QList<QStringList> steps = ServerSchema::steps(c.dialect());
    for (const QString &sql : steps.constFirst()) {
        if (sql.contains(u" reservations "_s))
            QVERIFY2(c.exec(sql).ok(), qPrintable(sql));
    }
    QVERIFY(c.exec(u"INSERT INTO reservations SELECT * FROM reservations_now"_s).ok());
    QVERIFY(c.exec(u"DROP TABLE reservations_now"_s).ok());
    QVERIFY(c.exec(u"PRAGMA user_version = 1"_s).ok());

    auto reopened = DbConnection::open(db.path());
    QVERIFY(reopened.ok());
    QCOMPARE(pragma(*reopened.value(), u"user_version"_s).toInt(), 3);
    QSqlQuery schema(reopened.value()->database());
    QVERIFY(schema.exec(u"SELECT name, sql FROM sqlite_master WHERE tbl_name = 'reservations'"_s));
    QStringList objects;
    while (schema.next()) {
        objects << schema.value(0).toString();
        if (schema.value(0).toString() == u"reservations"_s)
            QVERIFY(schema.value(1).toString().endsWith(u"WITHOUT ROWID"_s));
    }
    objects.sort();
    QCOMPARE(objects, QStringList({ u"reservations"_s, u"reservations_due"_s }));
    const auto problems = InvariantChecker(*reopened.value()).check();
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QCOMPARE(InventoryQueries(*reopened.value()).availability(u"P1"_s)->constFirst().reserved, 2);

    // The checker (whose query changed with the index) still sees what pending reservations hold.
    QVERIFY(reopened.value()->exec(u"UPDATE stock SET reserved = 0"_s).ok());
    const auto tampered = InvariantChecker(*reopened.value()).check();
    QVERIFY(tampered.ok());
    const QString all = tampered->join(u'\n');
    QVERIFY2(all.contains(u"reserved 0 but pending reservations hold 2"_s), qPrintable(all));
}

void TestStorage::unopenableLocationIsAnError()
{
    auto opened = DbConnection::open(u"/nonexistent-dir/sub/inventory.db"_s);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message().contains(u"nonexistent-dir"_s));
}

void TestStorage::productSearch_data()
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

void TestStorage::productSearch()
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

void TestStorage::productLookupBySkuAndBarcode()
{
    test::TestDatabase db;
    QCOMPARE(db.queries().product(u"P1"_s).value()->sku, u"SKU-1"_s);
    QCOMPARE(db.queries().product(u"SKU-2"_s).value()->id, u"P2"_s);
    QCOMPARE(db.queries().product(u"8400000000011"_s).value()->id, u"P1"_s);
    QVERIFY(!db.queries().product(u"nope"_s).value().has_value());
    QCOMPARE(db.queries().product(u"P1"_s).value()->priceCents, 1999);
}

void TestStorage::storeStockPages()
{
    test::TestDatabase db;
    QList<Command> commands;
    for (const Product &p : SyntheticCatalog::products(25))
        commands << Command::createProduct(p) << Command::adjust(p.id, u"S1"_s, 3);
    db.engine().applyBatch(commands);
    const auto first = db.queries().storeStock(u"S1"_s, 1, 10).value();
    const auto last = db.queries().storeStock(u"S1"_s, 3, 10).value();
    QCOMPARE(first.total, 25);
    QCOMPARE(first.items.size(), 10);
    QCOMPARE(last.items.size(), 5);
    QCOMPARE(first.items.first().productId, SyntheticCatalog::product(0).id);
}

// The availability body is cached per product: every committed change must show at once,
// and a store filter must never be answered from (or stored as) the all-stores body.
void TestStorage::cachedAvailabilityFollowsEveryChange()
{
    test::TestDatabase db;
    ReadModel model;
    QVERIFY(model.load(db.queries()).ok());
    auto parse = [&](const QString &storeId = {}) {
        return QJsonDocument::fromJson(model.availabilityJson(u"P1"_s, storeId)).object();
    };
    QCOMPARE(parse().value(u"totalAvailable"_s).toInteger(), 0);
    QCOMPARE(parse().value(u"stores"_s).toArray().size(), 2);
    QCOMPARE(parse().value(u"totalAvailable"_s).toInteger(), 0); // served from the cache

    auto commit = [&](const QList<Command> &commands) {
        const BatchResult result = db.engine().applyBatch(commands);
        QVERIFY(!result.failed);
        QCOMPARE(result.events.size(), commands.size());
        model.applyAll(result.events);
    };
    commit({ Command::adjust(u"P1"_s, u"S1"_s, 5), Command::adjust(u"P1"_s, u"S2"_s, 3) });
    QCOMPARE(parse().value(u"totalAvailable"_s).toInteger(), 8);
    const QJsonObject onlyS2 = parse(u"S2"_s);
    QCOMPARE(onlyS2.value(u"totalAvailable"_s).toInteger(), 3);
    QCOMPARE(onlyS2.value(u"stores"_s).toArray().size(), 1);
    QCOMPARE(parse().value(u"totalAvailable"_s).toInteger(), 8);

    commit({ Command::adjust(u"P1"_s, u"S1"_s, -2) });
    const QJsonArray stores = parse().value(u"stores"_s).toArray();
    QCOMPARE(parse().value(u"totalAvailable"_s).toInteger(), 6);
    QCOMPARE(stores.at(0).toObject().value(u"available"_s).toInteger(), 3);
    QCOMPARE(stores.at(0).toObject().value(u"version"_s).toInteger(), 2);
}

void TestStorage::readModelCataloguePages_data()
{
    QTest::addColumn<int>("limit");
    for (const int limit : { 1, 3, 7, 25, 100 })
        QTest::newRow(qPrintable(u"limit %1"_s.arg(limit))) << limit;
}

// Unfiltered pages are slices of the id order: together they are the catalogue, once each,
// in order, also after a product whose id sorts in the middle is created live.
void TestStorage::readModelCataloguePages()
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

void TestStorage::reservationsByStatus()
{
    test::TestDatabase db;
    db.engine().applyBatch(
        { Command::adjust(u"P1"_s, u"S1"_s, 9), Command::adjust(u"P1"_s, u"S2"_s, 9),
          Command::reserve(u"P1"_s, u"S1"_s, 1, u"a"_s, 60, u"A"_s),
          Command::reserve(u"P1"_s, u"S1"_s, 1, u"b"_s, 60, u"B"_s),
          Command::reserve(u"P1"_s, u"S2"_s, 1, u"c"_s, 60, u"C"_s), Command::confirm(u"B"_s) });
    QCOMPARE(db.queries().reservations(u"S1"_s, std::nullopt)->size(), 2);
    QCOMPARE(db.queries().reservations(u"S1"_s, ReservationStatus::Pending)->size(), 1);
    QCOMPARE(db.queries().reservations({}, ReservationStatus::Pending)->size(), 2);
    QCOMPARE(db.queries().reservations({}, ReservationStatus::Confirmed)->constFirst().id, u"B"_s);
}

void TestStorage::passwordsAreSaltedSlowHashes()
{
    const PasswordHasher hasher;
    const QString a = hasher.hash(u"secret"_s);
    const QString b = hasher.hash(u"secret"_s);
    QVERIFY(a != b); // salted
    QVERIFY(a.startsWith(u"pbkdf2-sha256$100000$"_s));
    QVERIFY(!a.contains(u"secret"_s));
    QVERIFY(PasswordHasher::verify(u"secret"_s, a));
    QVERIFY(!PasswordHasher::verify(u"Secret"_s, a));
    QVERIFY(!PasswordHasher::verify(u"secret"_s, u"garbage"_s));
}

void TestStorage::usersAuthenticate()
{
    test::TestDatabase db;
    UserStore users(db.connection(), db.clock());
    QVERIFY(users.add({ u"clerk"_s, Role::Clerk, { u"S1"_s } }, u"pw-1234"_s).ok());
    QCOMPARE(users.add({ u"clerk"_s, Role::Clerk, {} }, u"pw-1234"_s).error().codeName(),
             u"VALIDATION_FAILED"_s);
    QCOMPARE(users.add({ u"x"_s, Role::Clerk, {} }, u"pw"_s)
                 .error()
                 .details()
                 .value(u"field"_s)
                 .toString(),
             u"password"_s);
    const auto ok = users.authenticate(u"clerk"_s, u"pw-1234"_s);
    QVERIFY(ok.ok());
    QCOMPARE(ok->storeIds, QStringList { u"S1"_s });
    QVERIFY(ok->canWriteStore(u"S1"_s));
    QVERIFY(!ok->canWriteStore(u"S2"_s));
    QCOMPARE(users.authenticate(u"clerk"_s, u"wrong"_s).error().code(), ErrorCode::Unauthenticated);
    QCOMPARE(users.authenticate(u"nobody"_s, u"pw-1234"_s).error().code(),
             ErrorCode::Unauthenticated);
    QVERIFY(users.setPassword(u"clerk"_s, u"new-pass"_s).ok());
    QVERIFY(users.authenticate(u"clerk"_s, u"new-pass"_s).ok());
    QCOMPARE(users.setPassword(u"nobody"_s, u"new-pass"_s).error().code(), ErrorCode::NotFound);
}

void TestStorage::demoCatalogue()
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

void TestStorage::syntheticCatalogue()
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

void TestStorage::timestampsMatchQt_data()
{
    QTest::addColumn<qint64>("ms");
    for (const qint64 ms :
         { 0LL, 1LL, 999LL, 1000LL, -1LL, -86'400'001LL, 951'782'400'000LL /* 2000-02-29 */,
           1'800'000'000'123LL, 4'107'542'400'000LL /* 2100-03-01 */,
           253'402'300'799'999LL /* 9999-12-31 */, 1'795'478'399'999LL, 1'795'478'400'000LL })
        QTest::newRow(qPrintable(QString::number(ms))) << ms;
}

void TestStorage::timestampsMatchQt()
{
    QFETCH(qint64, ms);
    const QString expected
        = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    QCOMPARE(timestamp::format(ms), expected);
    QCOMPARE(timestamp::parse(expected), std::optional<qint64>(ms));
}

void TestStorage::timestampParsingAgreesWithQt_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "2026-02-28T23:59:59.999Z", "2024-02-29T00:00:00.000Z", "2026-02-29T00:00:00.000Z",
           "2026-04-31T10:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
           "2026-01-01T24:00:00.000Z", "2026-01-01T10:60:00.000Z", "2026-01-01T10:00:61.000Z",
           "2026-01-01 10:00:00.000Z", "2026-01-01T10:00:00.0000", "2026-1-01T10:00:00.000Z",
           "2026-01-01T10:00:00.000+02:00", "2026-01-01T10:00:00Z", "garbage", "" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestStorage::timestampParsingAgreesWithQt()
{
    // The hand-written fast path must accept and reject exactly what QDateTime does.
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const auto ours = timestamp::parse(text);
    QCOMPARE(ours.has_value(), qt.isValid());
    if (ours)
        QCOMPARE(*ours, qt.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
