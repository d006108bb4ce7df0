// The terminal's local cache: search as you type (any substring from three characters on,
// through a trigram index; prefixes below that), kept in step with every way products
// change, and the index built for a profile made before it existed. Queued tickets and
// returns in the shown stock, the till's copies of its tickets, reservations at risk.
#include "core/client/localcache.h"
#include "core/client/recentevents.h"
#include "core/client/tickets/localtickets.h"
#include "core/domain/clock.h"
#include "core/domain/store.h"
#include "core/storage/clientschema.h"
#include "readok.h"

#include <QJsonArray>
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
    void queuedTicketsAndReturnsCountInTheShownStock();
    void aRefusedTicketIsRetriedUnderItsOwnId();
    void ticketCopiesCountEachReturnOnce();
    void atRiskReservationsFollowTheFeed();

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

namespace {
QJsonObject line(const QString &productId, qint64 quantity, const QString &disposition = {})
{
    QJsonObject json { { u"productId"_s, productId }, { u"quantity"_s, quantity } };
    if (!disposition.isEmpty())
        json.insert(u"disposition"_s, disposition);
    return json;
}

qint64 shown(LocalCache &cache, const QString &productId)
{
    return readOk(cache.row(productId, u"MAD-001"_s)).quantity;
}
} // namespace

void TestLocalCache::queuedTicketsAndReturnsCountInTheShownStock()
{
    QVERIFY(m_cache->putRows(
        { { u"P1"_s, u"MAD-001"_s, 10, 0, 3, 1 }, { u"P2"_s, u"MAD-001"_s, 5, 0, 1, 1 } }));
    auto ticket
        = m_cache->enqueue(u"ticket"_s,
                           { { u"ticketId"_s, u"MAD-001-AAAA-T-000001"_s },
                             { u"storeId"_s, u"MAD-001"_s },
                             { u"lines"_s, QJsonArray { line(u"P1"_s, 2), line(u"P2"_s, 1) } },
                             { u"offline"_s, true } },
                           {}, u"MAD-001"_s, 0, u"MAD-001-AAAA-T-000001"_s);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->key, u"MAD-001-AAAA-T-000001"_s);
    QCOMPARE(shown(*m_cache, u"P1"_s), 8);
    QCOMPARE(shown(*m_cache, u"P2"_s), 4);
    // A return: restocked units come back to the shown stock, damaged ones do not.
    QVERIFY(m_cache
                ->enqueue(u"return"_s,
                          { { u"returnId"_s, u"MAD-001-AAAA-R-000001"_s },
                            { u"ticketId"_s, u"MAD-001-AAAA-T-000001"_s },
                            { u"storeId"_s, u"MAD-001"_s },
                            { u"lines"_s,
                              QJsonArray { line(u"P1"_s, 1, u"restock"_s),
                                           line(u"P2"_s, 1, u"damaged"_s) } } },
                          {}, u"MAD-001"_s, 0, u"MAD-001-AAAA-R-000001"_s)
                .ok());
    QCOMPARE(shown(*m_cache, u"P1"_s), 9);
    QCOMPARE(shown(*m_cache, u"P2"_s), 4);
    // A stock operation still counts as before, and the matrix agrees with the rows.
    QVERIFY(m_cache->enqueue(u"stock"_s, {}, u"P1"_s, u"MAD-001"_s, -3).ok());
    QCOMPARE(shown(*m_cache, u"P1"_s), 6);
    for (const StockRow &row : readOk(m_cache->allRows()))
        QCOMPARE(row.quantity, shown(*m_cache, row.productId));
    // Accepted: the ticket's effect arrives with the server's rows, not from the queue.
    QVERIFY(m_cache->recordResults({ { u"MAD-001-AAAA-T-000001"_s,
                                       201,
                                       { { u"ticketId"_s, u"MAD-001-AAAA-T-000001"_s } } } }));
    QCOMPARE(shown(*m_cache, u"P1"_s), 8);
    QCOMPARE(readOk(m_cache->queuedCount()), 2);
}

void TestLocalCache::aRefusedTicketIsRetriedUnderItsOwnId()
{
    const QString id = u"MAD-001-AAAA-T-000002"_s;
    QVERIFY(m_cache
                ->enqueue(u"ticket"_s, { { u"lines"_s, QJsonArray { line(u"P1"_s, 1) } } }, {},
                          u"MAD-001"_s, 0, id)
                .ok());
    QVERIFY(m_cache->enqueue(u"stock"_s, { { u"productId"_s, u"P1"_s } }, u"P1"_s).ok());
    const QString stockKey = readOk(m_cache->queued()).at(1).key;
    const QJsonObject refused { { u"error"_s, QJsonObject { { u"code"_s, u"FORBIDDEN"_s } } } };
    QVERIFY(m_cache->recordResults({ { id, 403, refused }, { stockKey, 403, refused } }));
    QCOMPARE(readOk(m_cache->rejected()).size(), 2);
    QCOMPARE(readOk(m_cache->queuedCount()), 0);
    QVERIFY(m_cache->retry(id));
    QVERIFY(m_cache->retry(stockKey));
    const QList<PendingOperation> queued = readOk(m_cache->queued());
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).key, id); // the ticket's id is the ticket
    QVERIFY(queued.at(1).key != stockKey); // a stock operation gets a new key
}

void TestLocalCache::ticketCopiesCountEachReturnOnce()
{
    LocalTickets tickets(m_cache->connection());
    const QString id = u"MAD-001-AAAA-T-000003"_s;
    QVERIFY(!readOk(tickets.find(id)).has_value());
    QJsonObject sold = line(u"P1"_s, 3);
    sold.insert(u"returned"_s, 0);
    QVERIFY(tickets.keep({ { u"ticketId"_s, id },
                           { u"soldAt"_s, u"2030-01-01T10:00:00.000Z"_s },
                           { u"queued"_s, true },
                           { u"lines"_s, QJsonArray { sold } } }));
    // Taken back here while offline: counted at once, and never twice.
    const QList<TicketLine> one { { u"P1"_s, 1, {}, u"restock"_s, 0 } };
    QVERIFY(tickets.countReturn(id, u"R1"_s, one));
    QVERIFY(tickets.countReturn(id, u"R1"_s, one));
    QCOMPARE(LocalTickets::returnable(*readOk(tickets.find(id)), u"P1"_s), 2);
    // The ticket synced (the server has not had R1 yet): the copy keeps R1 counted.
    QJsonObject synced = line(u"P1"_s, 3);
    synced.insert(u"returned"_s, 0);
    QVERIFY(tickets.absorb({ { u"ticketId"_s, id },
                             { u"syncedAt"_s, u"2030-01-01T10:05:00.000Z"_s },
                             { u"eventSeq"_s, 40 },
                             { u"lines"_s, QJsonArray { synced } } }));
    QJsonObject copy = *readOk(tickets.find(id));
    QVERIFY(!copy.contains(u"queued"_s));
    QCOMPARE(LocalTickets::returnable(copy, u"P1"_s), 2);
    // R1's own event and an old one are not counted again; another till's return is.
    const auto returned = [&](qint64 seq, const QString &returnId) {
        return Event(seq, u"ticket.returned"_s, 0, u"MAD-001"_s, {},
                     QJsonObject { { u"ticketId"_s, id },
                                   { u"returnId"_s, returnId },
                                   { u"lines"_s, QJsonArray { line(u"P1"_s, 1) } } });
    };
    QVERIFY(readOk(m_cache->applyEvents(
                { returned(39, u"R0"_s), returned(41, u"R1"_s), returned(42, u"R2"_s) }))
            == 3);
    QCOMPARE(LocalTickets::returnable(*readOk(tickets.find(id)), u"P1"_s), 1);
    // Tickets of other tills are not kept.
    QVERIFY(tickets.absorb({ { u"ticketId"_s, u"OTHER"_s }, { u"lines"_s, QJsonArray() } }));
    QVERIFY(!readOk(tickets.find(u"OTHER"_s)).has_value());
}

void TestLocalCache::atRiskReservationsFollowTheFeed()
{
    const auto reservation = [](const QString &id, const QString &status, bool atRisk) {
        return QJsonObject { { u"reservationId"_s, id },     { u"productId"_s, u"P1"_s },
                             { u"storeId"_s, u"MAD-001"_s }, { u"quantity"_s, 1 },
                             { u"customerId"_s, u"web"_s },  { u"status"_s, status },
                             { u"atRisk"_s, atRisk } };
    };
    const auto atRisk = [&] {
        QStringList ids;
        for (const Reservation &r : readOk(m_cache->reservations(u"MAD-001"_s))) {
            if (r.atRisk)
                ids << r.id;
        }
        return ids;
    };
    QList<Event> events;
    for (const QString &id : { u"A"_s, u"B"_s, u"C"_s })
        events << Event(events.size() + 1, u"reservation.created"_s, 0, u"MAD-001"_s, u"P1"_s,
                        QJsonObject { { u"quantity"_s, 5 },
                                      { u"reserved"_s, 3 },
                                      { u"version"_s, events.size() + 1 },
                                      { u"reservation"_s, reservation(id, u"PENDING"_s, false) } });
    events << Event(4, u"stock.discrepancy"_s, 0, u"MAD-001"_s, u"P1"_s,
                    QJsonObject { { u"discrepancyId"_s, u"D-4"_s },
                                  { u"shortBy"_s, 2 },
                                  { u"reservationsAtRisk"_s, QJsonArray { u"C"_s, u"B"_s } } });
    QCOMPARE(readOk(m_cache->applyEvents(events)), 4);
    QCOMPARE(atRisk(), (QStringList { u"B"_s, u"C"_s }));
    // The discrepancy's event carries no row: the row stays as the last stock event left it.
    QCOMPARE(readOk(m_cache->row(u"P1"_s, u"MAD-001"_s)).version, 3);
    // Resolved: B covered again; C is sold (a reservation the server sends whole).
    QVERIFY(m_cache->applyEvents(
        { Event(5, u"discrepancy.resolved"_s, 0, u"MAD-001"_s, u"P1"_s,
                QJsonObject { { u"discrepancyId"_s, u"D-4"_s },
                              { u"reservationsCovered"_s, QJsonArray { u"B"_s } } }),
          Event(
              6, u"reservation.confirmed"_s, 0, u"MAD-001"_s, u"P1"_s,
              QJsonObject { { u"quantity"_s, 4 },
                            { u"reserved"_s, 2 },
                            { u"version"_s, 6 },
                            { u"reservation"_s, reservation(u"C"_s, u"CONFIRMED"_s, true) } }) }));
    QCOMPARE(atRisk(), QStringList());
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
