// Reads of stock and reservations: store stock pages, the read model's stock and its cached
// availability answers, reservations by status. The catalogue's reads are in tst_catalogreads,
// a scan of a whole table in tst_tablescans.
#include "core/engine/admin/storeregistry.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/readmodel.h"
#include "core/engine/state/stockgrid.h"
#include "syntheticcatalog.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestReadQueries : public QObject
{
    Q_OBJECT

private slots:
    void storeStockPages();
    void cachedAvailabilityFollowsEveryChange();
    void availabilityCopiesKeepTheirStores();
    void availabilityCacheKeepsWhatIsReadMost();
    void reservationsByStatus();
    void finishedReservationsLeaveTheReadModel();
    void readModelStockMatchesTheDatabase();
};

void TestReadQueries::storeStockPages()
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
void TestReadQueries::cachedAvailabilityFollowsEveryChange()
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

    // A body written from a copy made before a change (as the server writes long ones on a
    // worker) is not kept: the next read shows the change.
    const ProductAvailability before = model.availabilityOf(u"P1"_s);
    QCOMPARE(before.size(), 2);
    commit({ Command::adjust(u"P1"_s, u"S2"_s, 4) });
    model.keepAvailabilityJson(before, before.toJson());
    QVERIFY(!model.cachedAvailabilityJson(u"P1"_s));
    QCOMPARE(parse().value(u"totalAvailable"_s).toInteger(), 10);
    const ProductAvailability current = model.availabilityOf(u"P1"_s);
    model.keepAvailabilityJson(current, current.toJson());
    QCOMPARE(model.cachedAvailabilityJson(u"P1"_s).value_or(QByteArray()), current.toJson());
    // A one-store copy is not the body for every store.
    const ProductAvailability one = model.availabilityOf(u"P1"_s, u"S1"_s);
    QCOMPARE(one.size(), 1);
    commit({ Command::adjust(u"P1"_s, u"S1"_s, 1) });
    model.keepAvailabilityJson(one, one.toJson());
    QVERIFY(!model.cachedAvailabilityJson(u"P1"_s));
}

// A copy of a product's rows shares the grid's list of stores until a store is added: the
// copies made before keep the stores they had, those made after have the new one in its
// place, and each store id is written as JSON (escaped) in the body.
void TestReadQueries::availabilityCopiesKeepTheirStores()
{
    StockGrid grid;
    grid.addStore(u"S1"_s);
    grid.addStore(u"S\"2"_s);
    grid.put(StockRow { u"P1"_s, u"S1"_s, 5, 1, 3 });
    grid.put(StockRow { u"P1"_s, u"S\"2"_s, 7, 0, 1 });
    const ProductAvailability before = grid.availability(u"P1"_s);
    const ProductAvailability alsoBefore = grid.availability(u"P1"_s);
    grid.addStore(u"S0"_s);
    const ProductAvailability after = grid.availability(u"P1"_s);

    const auto storeIds = [](const ProductAvailability &copy) {
        QStringList ids;
        for (const StockRow &row : copy.rows())
            ids << row.storeId;
        return ids;
    };
    QCOMPARE(storeIds(before), QStringList({ u"S\"2"_s, u"S1"_s })); // '"' sorts first
    QCOMPARE(storeIds(alsoBefore), storeIds(before));
    QCOMPARE(storeIds(after), QStringList({ u"S\"2"_s, u"S0"_s, u"S1"_s }));
    QCOMPARE(after.rows().at(1).quantity, 0);
    QCOMPARE(after.rows().at(2).quantity, 5);

    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(after.toJson(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = body.value(u"stores"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"storeId"_s).toString(), u"S\"2"_s);
    QCOMPARE(rows.at(0).toObject().value(u"available"_s).toInteger(), 7);
    QCOMPARE(rows.at(1).toObject().value(u"available"_s).toInteger(), 0);
    QCOMPARE(rows.at(2).toObject().value(u"available"_s).toInteger(), 4);
    QCOMPARE(body.value(u"totalAvailable"_s).toInteger(), 11);
    QCOMPARE(QJsonDocument::fromJson(before.toJson()).object().value(u"stores"_s).toArray().size(),
             2);
}

// The availability bodies are kept within their bytes, the least recently read going first:
// a product read between every other one stays, however many others pass through.
void TestReadQueries::availabilityCacheKeepsWhatIsReadMost()
{
    test::TestDatabase db;
    QList<Command> commands;
    const QList<Product> products = SyntheticCatalog::products(13);
    for (const Product &p : products)
        commands << Command::createProduct(p) << Command::adjust(p.id, u"S1"_s, 3);
    QVERIFY(!db.engine().applyBatch(commands).failed);
    const QString hot = products.first().id;
    qsizetype bodyBytes = 0;
    {
        ReadModel probe;
        QVERIFY(probe.load(db.queries()).ok());
        bodyBytes = probe.availabilityJson(hot).size();
    }
    ReadModel model(4 * bodyBytes + bodyBytes / 2); // room for four bodies
    QVERIFY(model.load(db.queries()).ok());
    const QByteArray hotBody = model.availabilityJson(hot);
    for (qsizetype i = 1; i < products.size(); ++i) {
        QCOMPARE(model.availabilityJson(hot), hotBody);
        QCOMPARE(model.availabilityJson(products.at(i).id).size(), bodyBytes);
        QVERIFY2(model.cachedAvailabilityJson(hot), qPrintable(u"after %1 others"_s.arg(i)));
    }
    QVERIFY(model.cachedAvailabilityJson(products.last().id));
    QVERIFY(!model.cachedAvailabilityJson(products.at(1).id)); // the oldest went
    // A change of the product still drops its body.
    model.applyAll(db.engine().applyBatch({ Command::adjust(hot, u"S1"_s, 1) }).events);
    QVERIFY(!model.cachedAvailabilityJson(hot));
}

void TestReadQueries::reservationsByStatus()
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

// Memory bounded by live state: the read model keeps the held reservations only, loaded or
// applied, and counts the finished ones for the metrics.
void TestReadQueries::finishedReservationsLeaveTheReadModel()
{
    test::TestDatabase db;
    db.engine().applyBatch({ Command::adjust(u"P1"_s, u"S1"_s, 9),
                             Command::reserve(u"P1"_s, u"S1"_s, 1, u"a"_s, 60, u"A"_s),
                             Command::reserve(u"P1"_s, u"S1"_s, 1, u"b"_s, 60, u"B"_s),
                             Command::confirm(u"B"_s) });
    ReadModel model;
    QVERIFY(model.load(db.queries()).ok());
    QCOMPARE(model.heldReservationCount(), 1);
    QVERIFY(model.reservation(u"A"_s));
    QVERIFY(!model.reservation(u"B"_s));
    QCOMPARE(model.reservationCounts().value(ReservationStatus::Confirmed), 1);

    const BatchResult more = db.engine().applyBatch(
        { Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, 60, u"C"_s), Command::cancel(u"A"_s) });
    model.applyAll(more.events);
    QCOMPARE(model.heldReservationCount(), 1);
    QCOMPARE(model.pendingReservations(u"S1"_s).constFirst().id, u"C"_s);
    QCOMPARE(model.reservationCounts().value(ReservationStatus::Cancelled), 1);
    QCOMPARE(model.reservationCounts().value(ReservationStatus::Pending), 1);
    // Expired ones leave too, and with them the expiry schedule's entry.
    db.clock().advance(61'000);
    model.applyAll(db.engine().expireDue().events);
    QCOMPARE(model.heldReservationCount(), 0);
    QVERIFY(!model.nextExpiryMs());
    QCOMPARE(model.reservationCounts().value(ReservationStatus::Expired), 1);
}

// The read model keeps stock as a grid of products × stores (StockGrid): whatever order rows
// and products come in, loaded or applied, every read of it equals the database's.
void TestReadQueries::readModelStockMatchesTheDatabase()
{
    test::TestDatabase db;
    StoreRegistry stores(db.connection());
    QVERIFY(stores.add({ u"S3"_s, u"Store three"_s, u"Bilbao"_s }).ok());
    QList<Command> creates;
    for (const Product &p : SyntheticCatalog::products(12, 10))
        creates.append(Command::createProduct(p));
    QCOMPARE(db.engine().applyAllOrNothing(creates).value(), qsizetype(-1));
    ReadModel live;
    QVERIFY(live.load(db.queries()).ok());
    Product late = SyntheticCatalog::product(40);
    late.id = u"P15"_s; // between P1 and P2: its number comes last, its place does not
    const BatchResult created = db.engine().applyBatch({ Command::createProduct(late) });
    QVERIFY(!created.failed);
    live.applyAll(created.events);

    const auto all = db.queries().searchProducts({}, {}, 1, 1000);
    QVERIFY(all.ok());
    QStringList ids;
    for (const Product &p : all->items)
        ids << p.id;
    QRandomGenerator random(29);
    for (int round = 0; round < 6; ++round) {
        QList<Command> commands;
        for (int i = 0; i < 25; ++i) {
            const QString product = ids.at(random.bounded(int(ids.size())));
            const QString store = u"S%1"_s.arg(random.bounded(1, 4));
            switch (random.bounded(4)) {
            case 0:
                commands.append(Command::setLevels(product, store, 2, 9));
                break;
            case 1:
                commands.append(Command::reserve(product, store, 1, u"c"_s, 600,
                                                 u"R%1-%2"_s.arg(round).arg(i)));
                break;
            default:
                commands.append(Command::adjust(product, store, random.bounded(1, 20)));
            }
        }
        live.applyAll(db.engine().applyBatch(commands).events);
    }
    ReadModel loaded;
    QVERIFY(loaded.load(db.queries()).ok());

    qsizetype rows = 0;
    for (const QString &store : { u"S1"_s, u"S2"_s, u"S3"_s, u"S9"_s }) {
        const auto fromDb = db.queries().storeStock(store, 1, 1000);
        QVERIFY(fromDb.ok());
        rows += fromDb->items.size();
        for (const ReadModel *model : { &live, &loaded }) {
            QCOMPARE(model->storeRows(store), fromDb->items);
            QList<StockRow> paged;
            for (int page = 1; page <= 10; ++page) {
                const Page<StockRow> slice = model->storeStock(store, page, 4);
                QCOMPARE(slice.total, fromDb->total);
                paged.append(slice.items);
            }
            QCOMPARE(paged, fromDb->items);
        }
    }
    QVERIFY(rows > 20);
    QCOMPARE(live.stockRowCount(), rows);
    QCOMPARE(loaded.stockRowCount(), rows);
    for (const QString &product : ids) {
        const auto fromDb = db.queries().availability(product);
        QVERIFY(fromDb.ok());
        qint64 available = 0;
        qint64 holding = 0;
        for (const StockRow &row : fromDb.value()) {
            available += row.available();
            holding += row.available() > 0 ? 1 : 0;
            QCOMPARE(live.availability(product, row.storeId), QList<StockRow> { row });
            QCOMPARE(loaded.availability(product, row.storeId), QList<StockRow> { row });
        }
        QCOMPARE(live.availability(product).size(), 3); // a store without the row shows zero
        const Page<StockSummary> all = live.summary({}, 1, 1000);
        const StockSummary line
            = *std::find_if(all.items.begin(), all.items.end(),
                            [&](const StockSummary &s) { return s.productId == product; });
        QCOMPARE(line, (StockSummary { product, available, holding }));
        QCOMPARE(loaded.summary({}, 1, 1000).items, all.items);
    }
}

QTEST_GUILESS_MAIN(TestReadQueries)
#include "tst_readqueries.moc"
