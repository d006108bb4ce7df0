// Idempotency keys: a repeat executes nothing and answers the first result; a reuse with
// another command is refused; remembered across reopening the database.
#include "core/engine/tables/idempotencystore.h"
#include "core/protocol/commandfingerprint.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
// How fingerprints were made before they were written directly (QJsonDocument's compact
// text of the command as an object): entries stored then must still match.
QByteArray formerFingerprint(const Command &c)
{
    QJsonObject json { { u"kind"_s, Command::kindName(c.kind) },
                       { u"productId"_s, c.productId },
                       { u"storeId"_s, c.storeId },
                       { u"quantity"_s, c.quantity },
                       { u"reason"_s, c.reason },
                       { u"reservationId"_s, c.reservationId },
                       { u"customerId"_s, c.customerId },
                       { u"ttl"_s, c.ttlSeconds } };
    if (c.expectedVersion)
        json.insert(u"expectedVersion"_s, *c.expectedVersion);
    return QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}
} // namespace

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
    void fingerprintsMatchTheFormerOnes_data();
    void fingerprintsMatchTheFormerOnes();
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
    QCOMPARE(second.body.object(), first.body.object());
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

    auto reopened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
    QVERIFY(reopened.ok());
    InventoryEngine engine(*reopened.value(), db.clock());
    const CommandOutcome replay = engine.execute(reserve);
    QVERIFY(replay.replayed);
    QCOMPARE(replay.body.object(), first.body.object());
    QVERIFY(first.body.holdsText());
    QCOMPARE(replay.body.text(), first.body.text()); // the same bytes, not only the same JSON
    QCOMPARE(db.row().reserved, 1);
}

void TestIdempotency::clientChosenReservationId()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 3));
    const Command reserve = Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, 60, u"web-42"_s);
    const CommandOutcome first = db.engine().execute(reserve);
    QCOMPARE(first.body.object().value(u"reservationId"_s).toString(), u"web-42"_s);
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
    const Command old = Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"old"_s);
    db.engine().execute(old);
    IdempotencyStore store(db.connection());
    // Within a day a resend is answered; the engine's own purge keeps what is younger.
    db.clock().advance(23 * 3600 * 1000LL);
    QVERIFY(db.engine().execute(old).replayed);
    QVERIFY(store.find(u"old"_s).value().has_value());
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"young"_s));
    // A day later the next batch forgets it by itself, and only it.
    db.clock().advance(2 * 3600 * 1000LL);
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 1).withKey(u"new"_s));
    QVERIFY(!store.find(u"old"_s).value().has_value());
    QVERIFY(store.find(u"young"_s).value().has_value());
    QVERIFY(store.find(u"new"_s).value().has_value());
    // By hand, a bounded number at a time, the oldest first.
    db.clock().advance(48 * 3600 * 1000LL);
    QCOMPARE(store.purgeOlderThan(db.clock().nowMs(), 1).value(), 1);
    QVERIFY(!store.find(u"young"_s).value().has_value());
    QVERIFY(store.find(u"new"_s).value().has_value());
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"

void TestIdempotency::fingerprintsMatchTheFormerOnes_data()
{
    QTest::addColumn<Command>("command");
    QTest::newRow("adjust") << Command::adjust(u"PROD-001"_s, u"MAD-001"_s, -3, u"sale"_s);
    QTest::newRow("count with version")
        << Command::count(u"PROD-002"_s, u"BCN-001"_s, 40, qint64(7), u"recuento"_s);
    QTest::newRow("count without version") << Command::count(u"P"_s, u"S"_s, 0);
    QTest::newRow("reserve") << Command::reserve(u"PROD-003"_s, u"VAL-001"_s, 2, u"cliente-9"_s,
                                                 86'400, u"web-1"_s);
    QTest::newRow("confirm") << Command::confirm(u"res-123"_s);
    QTest::newRow("escapes in the reason")
        << Command::adjust(u"P"_s, u"S"_s, 1, u"a\"b\\c\b\f\n\r\t\u0001\u001f/\u007f"_s);
    QTest::newRow("accents and emoji")
        << Command::adjust(u"P"_s, u"S"_s, 1, u"Ratón inalámbrico 🖱️ ñ €"_s);
    QTest::newRow("lone surrogates") << Command::adjust(
        u"P"_s, u"S"_s, 1, QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00) + QChar(0xD83D));
    QTest::newRow("extremes") << Command::adjust(u""_s, u""_s, std::numeric_limits<qint64>::min());
}

void TestIdempotency::fingerprintsMatchTheFormerOnes()
{
    QFETCH(Command, command);
    QCOMPARE(commandFingerprint(command), formerFingerprint(command));
}
