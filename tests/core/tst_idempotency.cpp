// Idempotency keys: a repeat executes nothing and answers the first result; a reuse with
// another command is refused; remembered across reopening the database.
#include "idempotencystore.h"
#include "testdatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void repeatExecutesOnce();
    void reuseWithOtherCommandIsRefused();
    void rejectionIsRemembered();
    void validationFailureIsNotRemembered();
    void survivesReopening();
    void clientChosenReservationId();
    void repeatInsideOneBatch();
    void purgeForgetsOldEntries();
};

void TestIdempotency::repeatExecutesOnce()
{
    test::TestDatabase db;
    const Command sale = Command::adjust(u"P1"_s, u"S1"_s, 4).withKey(u"key-1"_s);
    const CommandOutcome first = db.engine().execute(sale);
    const qint64 seq = db.lastSeq();
    db.clock().advance(60'000);
    const CommandOutcome second = db.engine().execute(sale);
    QVERIFY(first.ok());
    QVERIFY(!first.replayed);
    QVERIFY(second.replayed);
    QCOMPARE(second.status, first.status);
    QCOMPARE(second.bodyObject(), first.bodyObject());
    QCOMPARE(db.lastSeq(), seq);
    QCOMPARE(db.row().quantity, 4);
}

void TestIdempotency::reuseWithOtherCommandIsRefused()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 4).withKey(u"key-1"_s));
    const qint64 seq = db.lastSeq();
    const CommandOutcome reuse
        = db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 5).withKey(u"key-1"_s));
    QCOMPARE(reuse.status, 422);
    QCOMPARE(reuse.error->codeName(), u"IDEMPOTENCY_KEY_REUSED"_s);
    QCOMPARE(db.lastSeq(), seq);
    QCOMPARE(db.row().quantity, 4);
    // The actor is not part of the request's identity: the same command from another
    // sender with the same key is still the same request.
    QVERIFY(db.engine()
                .execute(Command::adjust(u"P1"_s, u"S1"_s, 4).withKey(u"key-1"_s).by(u"x"_s))
                .replayed);
}

void TestIdempotency::rejectionIsRemembered()
{
    test::TestDatabase db;
    const Command sale = Command::adjust(u"P1"_s, u"S1"_s, -1).withKey(u"offline-sale"_s);
    QCOMPARE(db.engine().execute(sale).status, 409);
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10));
    const CommandOutcome again = db.engine().execute(sale);
    QVERIFY(again.replayed);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.error->codeName(), u"INSUFFICIENT_STOCK"_s);
    QCOMPARE(db.row().quantity, 10);
}

void TestIdempotency::validationFailureIsNotRemembered()
{
    test::TestDatabase db;
    QCOMPARE(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 0).withKey(u"k"_s)).status, 400);
    QCOMPARE(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 2).withKey(u"k"_s)).status, 200);
    QCOMPARE(db.row().quantity, 2);
}

void TestIdempotency::survivesReopening()
{
    test::TestDatabase db;
    const Command reserve = Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s).withKey(u"persist"_s);
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 3));
    const CommandOutcome first = db.engine().execute(reserve);
    QCOMPARE(first.status, 201);

    auto reopened = DbConnection::open(db.path());
    QVERIFY(reopened.ok());
    InventoryEngine engine(*reopened.value(), db.clock());
    const CommandOutcome replay = engine.execute(reserve);
    QVERIFY(replay.replayed);
    QCOMPARE(replay.bodyObject(), first.bodyObject());
    QVERIFY(!first.encodedBody.isEmpty());
    QCOMPARE(replay.encodedBody, first.encodedBody); // the same bytes, not only the same JSON
    QCOMPARE(db.row().reserved, 1);
}

void TestIdempotency::clientChosenReservationId()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 3));
    const Command reserve = Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, 60, u"web-42"_s);
    const CommandOutcome first = db.engine().execute(reserve);
    QCOMPARE(first.bodyObject().value(u"reservationId"_s).toString(), u"web-42"_s);
    QVERIFY(db.engine().execute(reserve).replayed);
    const CommandOutcome other
        = db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 2, u"c"_s, 60, u"web-42"_s));
    QCOMPARE(other.status, 422);
    QCOMPARE(db.row().reserved, 1);
}

void TestIdempotency::repeatInsideOneBatch()
{
    test::TestDatabase db;
    const Command sale = Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"twice"_s);
    const BatchResult result = db.engine().applyBatch({ sale, sale });
    QVERIFY(!result.outcomes.at(0).replayed);
    QVERIFY(result.outcomes.at(1).replayed);
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(db.row().quantity, 1);
}

void TestIdempotency::purgeForgetsOldEntries()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"old"_s));
    db.clock().advance(48 * 3600 * 1000LL);
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"new"_s));
    IdempotencyStore store(db.connection());
    QCOMPARE(store.purgeOlderThan(db.clock().nowMs() - 25 * 3600 * 1000LL).value(), 1);
    QVERIFY(!store.find(u"old"_s).value().has_value());
    QVERIFY(store.find(u"new"_s).value().has_value());
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
