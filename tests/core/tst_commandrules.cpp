// Every rule of every engine command: preconditions, error codes, and that a rejected
// command changes nothing.
#include "testdatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

Q_DECLARE_METATYPE(inventory::Command)

namespace {
struct Snapshot
{
    QList<StockRow> rows;
    qint64 lastSeq = 0;
    QList<Reservation> reservations;
    qsizetype products = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(test::TestDatabase &db)
{
    return { db.queries().allStock().value(), db.lastSeq(),
             db.queries().reservations({}, std::nullopt).value(),
             db.queries().allProducts()->size() };
}

Command reserveR1(qint64 quantity = 2)
{
    return Command::reserve(u"P1"_s, u"S1"_s, quantity, u"customer-1"_s, 60, u"R1"_s);
}
} // namespace

class TestCommandRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyChangeAppendsOneEvent();
    void expiryReleasesUnits();
    void confirmAfterExpiryIsInvalidState();
    void serverMadeReservationIdsAreTimeOrderedUuids();
};

void TestCommandRules::rules_data()
{
    QTest::addColumn<QList<Command>>("setup");
    QTest::addColumn<Command>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail"); // "key=value" expected in error details, or a field
    QTest::addColumn<QList<qint64>>("row"); // quantity, reserved, version of P1@S1 afterwards

    const QList<Command> stock10 { Command::adjust(u"P1"_s, u"S1"_s, 10) };
    const QList<Command> held { Command::adjust(u"P1"_s, u"S1"_s, 10), reserveR1(4) };
    const QString maxText(201, u'x');

    // adjust
    QTest::newRow("add to a never-stocked product starts from 0")
        << QList<Command> {} << Command::adjust(u"P1"_s, u"S1"_s, 5) << 200 << u""_s << u""_s
        << QList<qint64> { 5, 0, 1 };
    QTest::newRow("add bumps the version by one")
        << stock10 << Command::adjust(u"P1"_s, u"S1"_s, 3) << 200 << u""_s << u""_s
        << QList<qint64> { 13, 0, 2 };
    QTest::newRow("subtract within available")
        << stock10 << Command::adjust(u"P1"_s, u"S1"_s, -10) << 200 << u""_s << u""_s
        << QList<qint64> { 0, 0, 2 };
    QTest::newRow("subtract more than available")
        << stock10 << Command::adjust(u"P1"_s, u"S1"_s, -11) << 409 << u"INSUFFICIENT_STOCK"_s
        << u"available=10"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("subtract below reserved")
        << held << Command::adjust(u"P1"_s, u"S1"_s, -7) << 409 << u"INSUFFICIENT_STOCK"_s
        << u"requested=7"_s << QList<qint64> { 10, 4, 2 };
    QTest::newRow("subtract from a never-stocked product")
        << QList<Command> {} << Command::adjust(u"P1"_s, u"S1"_s, -1) << 409
        << u"INSUFFICIENT_STOCK"_s << u"available=0"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("unknown product")
        << QList<Command> {} << Command::adjust(u"NOPE"_s, u"S1"_s, 1) << 404 << u"NOT_FOUND"_s
        << u"id=NOPE"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("unknown store")
        << QList<Command> {} << Command::adjust(u"P1"_s, u"S9"_s, 1) << 404 << u"NOT_FOUND"_s
        << u"id=S9"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("zero delta") << stock10 << Command::adjust(u"P1"_s, u"S1"_s, 0) << 400
                                << u"VALIDATION_FAILED"_s << u"field=quantity"_s
                                << QList<qint64> { 10, 0, 1 };
    QTest::newRow("delta above 1000000")
        << stock10 << Command::adjust(u"P1"_s, u"S1"_s, 1'000'001) << 400 << u"VALIDATION_FAILED"_s
        << u"field=quantity"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("delta below -1000000")
        << stock10 << Command::adjust(u"P1"_s, u"S1"_s, -1'000'001) << 400 << u"VALIDATION_FAILED"_s
        << u"field=quantity"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("product id with a bad character")
        << QList<Command> {} << Command::adjust(u"P 1"_s, u"S1"_s, 1) << 400
        << u"VALIDATION_FAILED"_s << u"field=productId"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("product id with a non-ASCII letter")
        << QList<Command> {} << Command::adjust(u"PIÑA"_s, u"S1"_s, 1) << 400
        << u"VALIDATION_FAILED"_s << u"field=productId"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("product id of 64 allowed characters passes validation")
        << QList<Command> {} << Command::adjust(u"aZ09._:-"_s.repeated(8), u"S1"_s, 1) << 404
        << u"NOT_FOUND"_s << u"id="_s + u"aZ09._:-"_s.repeated(8) << QList<qint64> { 0, 0, 0 };
    QTest::newRow("store id too long")
        << QList<Command> {} << Command::adjust(u"P1"_s, QString(65, u'S'), 1) << 400
        << u"VALIDATION_FAILED"_s << u"field=storeId"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("reason too long")
        << stock10 << Command::adjust(u"P1"_s, u"S1"_s, 1, maxText) << 400 << u"VALIDATION_FAILED"_s
        << u"field=reason"_s << QList<qint64> { 10, 0, 1 };

    // count
    QTest::newRow("count sets the quantity") << stock10 << Command::count(u"P1"_s, u"S1"_s, 7)
                                             << 200 << u""_s << u""_s << QList<qint64> { 7, 0, 2 };
    QTest::newRow("count with the current version")
        << stock10 << Command::count(u"P1"_s, u"S1"_s, 7, 1) << 200 << u""_s << u""_s
        << QList<qint64> { 7, 0, 2 };
    QTest::newRow("count with a stale version")
        << stock10 << Command::count(u"P1"_s, u"S1"_s, 7, 0) << 409 << u"VERSION_CONFLICT"_s
        << u"currentVersion=1"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("count below reserved")
        << held << Command::count(u"P1"_s, u"S1"_s, 3) << 409 << u"INSUFFICIENT_STOCK"_s
        << u"requested=3"_s << QList<qint64> { 10, 4, 2 };
    QTest::newRow("count of a never-stocked product at version 0")
        << QList<Command> {} << Command::count(u"P1"_s, u"S1"_s, 4, 0) << 200 << u""_s << u""_s
        << QList<qint64> { 4, 0, 1 };
    QTest::newRow("count to zero") << stock10 << Command::count(u"P1"_s, u"S1"_s, 0) << 200 << u""_s
                                   << u""_s << QList<qint64> { 0, 0, 2 };
    QTest::newRow("negative count")
        << stock10 << Command::count(u"P1"_s, u"S1"_s, -1) << 400 << u"VALIDATION_FAILED"_s
        << u"field=quantity"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("count above 1000000000")
        << stock10 << Command::count(u"P1"_s, u"S1"_s, 1'000'000'001) << 400
        << u"VALIDATION_FAILED"_s << u"field=quantity"_s << QList<qint64> { 10, 0, 1 };

    // reserve
    QTest::newRow("reserve holds units")
        << stock10 << reserveR1(4) << 201 << u""_s << u""_s << QList<qint64> { 10, 4, 2 };
    QTest::newRow("reserve all that is available")
        << held << Command::reserve(u"P1"_s, u"S1"_s, 6, u"c2"_s) << 201 << u""_s << u""_s
        << QList<qint64> { 10, 10, 3 };
    QTest::newRow("reserve more than available")
        << held << Command::reserve(u"P1"_s, u"S1"_s, 7, u"c2"_s) << 409 << u"INSUFFICIENT_STOCK"_s
        << u"available=6"_s << QList<qint64> { 10, 4, 2 };
    QTest::newRow("reserve zero") << stock10 << reserveR1(0) << 400 << u"VALIDATION_FAILED"_s
                                  << u"field=quantity"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("reserve without customer")
        << stock10 << Command::reserve(u"P1"_s, u"S1"_s, 1, {}) << 400 << u"VALIDATION_FAILED"_s
        << u"field=customerId"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("customer too long")
        << stock10 << Command::reserve(u"P1"_s, u"S1"_s, 1, maxText) << 400
        << u"VALIDATION_FAILED"_s << u"field=customerId"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("ttl zero") << stock10 << Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, 0) << 400
                              << u"VALIDATION_FAILED"_s << u"field=ttl"_s
                              << QList<qint64> { 10, 0, 1 };
    QTest::newRow("ttl above a day")
        << stock10 << Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, 86'401) << 400
        << u"VALIDATION_FAILED"_s << u"field=ttl"_s << QList<qint64> { 10, 0, 1 };
    QTest::newRow("reserve at an unknown store")
        << stock10 << Command::reserve(u"P1"_s, u"S9"_s, 1, u"c"_s) << 404 << u"NOT_FOUND"_s
        << u"id=S9"_s << QList<qint64> { 10, 0, 1 };

    // confirm and cancel
    QTest::newRow("confirm sells the held units")
        << held << Command::confirm(u"R1"_s) << 200 << u""_s << u""_s << QList<qint64> { 6, 0, 3 };
    QTest::newRow("confirm twice is idempotent")
        << (held + QList<Command> { Command::confirm(u"R1"_s) }) << Command::confirm(u"R1"_s) << 200
        << u""_s << u""_s << QList<qint64> { 6, 0, 3 };
    QTest::newRow("confirm a cancelled reservation")
        << (held + QList<Command> { Command::cancel(u"R1"_s) }) << Command::confirm(u"R1"_s) << 409
        << u"INVALID_STATE"_s << u"status=CANCELLED"_s << QList<qint64> { 10, 0, 3 };
    QTest::newRow("confirm an unknown reservation")
        << held << Command::confirm(u"R9"_s) << 404 << u"NOT_FOUND"_s << u"id=R9"_s
        << QList<qint64> { 10, 4, 2 };
    QTest::newRow("cancel releases the held units")
        << held << Command::cancel(u"R1"_s) << 200 << u""_s << u""_s << QList<qint64> { 10, 0, 3 };
    QTest::newRow("cancel twice is idempotent")
        << (held + QList<Command> { Command::cancel(u"R1"_s) }) << Command::cancel(u"R1"_s) << 200
        << u""_s << u""_s << QList<qint64> { 10, 0, 3 };
    QTest::newRow("cancel a confirmed reservation")
        << (held + QList<Command> { Command::confirm(u"R1"_s) }) << Command::cancel(u"R1"_s) << 409
        << u"INVALID_STATE"_s << u"status=CONFIRMED"_s << QList<qint64> { 6, 0, 3 };
    QTest::newRow("reservation id with a bad character")
        << held << Command::cancel(u"R/1"_s) << 400 << u"VALIDATION_FAILED"_s
        << u"field=reservationId"_s << QList<qint64> { 10, 4, 2 };

    // products
    QTest::newRow("create a product")
        << QList<Command> {}
        << Command::createProduct(
               { u"P3"_s, u"SKU-3"_s, u"123"_s, u"Cable"_s, u"Accesorios"_s, 500 })
        << 201 << u""_s << u""_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("duplicate sku")
        << QList<Command> {}
        << Command::createProduct({ u"P3"_s, u"SKU-1"_s, {}, u"Cable"_s, u"Accesorios"_s, 500 })
        << 400 << u"VALIDATION_FAILED"_s << u"field=sku"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("duplicate barcode")
        << QList<Command> {}
        << Command::createProduct(
               { u"P3"_s, u"SKU-3"_s, u"8400000000011"_s, u"Cable"_s, u"Accesorios"_s, 500 })
        << 400 << u"VALIDATION_FAILED"_s << u"field=barcode"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("negative price")
        << QList<Command> {}
        << Command::createProduct({ u"P3"_s, u"SKU-3"_s, {}, u"Cable"_s, u"Accesorios"_s, -1 })
        << 400 << u"VALIDATION_FAILED"_s << u"field=price"_s << QList<qint64> { 0, 0, 0 };
    QTest::newRow("empty name") << QList<Command> {}
                                << Command::createProduct(
                                       { u"P3"_s, u"SKU-3"_s, {}, u"  "_s, u"Accesorios"_s, 1 })
                                << 400 << u"VALIDATION_FAILED"_s << u"field=name"_s
                                << QList<qint64> { 0, 0, 0 };
}

void TestCommandRules::rules()
{
    QFETCH(QList<Command>, setup);
    QFETCH(Command, command);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    QFETCH(QList<qint64>, row);

    test::TestDatabase db;
    for (const Command &step : std::as_const(setup)) {
        const CommandOutcome outcome = db.engine().execute(step);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message() : QString()));
    }
    const Snapshot before = snapshot(db);

    const CommandOutcome outcome = db.engine().execute(command);
    QCOMPARE(outcome.status, status);
    if (code.isEmpty()) {
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.body.object().contains(u"error"_s));
    } else {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error->codeName(), code);
        QCOMPARE(outcome.body.object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 code);
        const QStringList kv = detail.split(u'=');
        const QJsonValue value = outcome.error->details().value(kv.at(0));
        QCOMPARE(value.isDouble() ? QString::number(value.toInteger()) : value.toString(),
                 kv.at(1));
        QCOMPARE(snapshot(db), before); // a rejected command changes nothing
    }
    const StockRow after = db.row();
    QCOMPARE((QList<qint64> { after.quantity, after.reserved, after.version }), row);
    QVERIFY2(db.violations().isEmpty(), qPrintable(db.violations().join(u'\n')));
}

void TestCommandRules::everyChangeAppendsOneEvent()
{
    test::TestDatabase db;
    const qint64 start = db.lastSeq();
    const CommandOutcome added
        = db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 5, u"received"_s).by(u"clerk"_s));
    QCOMPARE(added.body.object().value(u"eventSeq"_s).toInteger(), start + 1);
    db.engine().execute(Command::count(u"P1"_s, u"S1"_s, 9));
    db.engine().execute(reserveR1(2));
    db.engine().execute(Command::confirm(u"R1"_s));
    db.engine().execute(Command::confirm(u"R1"_s)); // repeat: no new event
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, -100)); // rejected: no event

    const QList<Event> events = db.queries().eventsSince(start, 100).value();
    QStringList types;
    for (const Event &e : events)
        types << e.type;
    QCOMPARE(types,
             (QStringList { u"stock.adjusted"_s, u"stock.counted"_s, u"reservation.created"_s,
                            u"reservation.confirmed"_s }));
    QCOMPARE(events.at(0).data.object().value(u"delta"_s).toInteger(), 5);
    QCOMPARE(events.at(0).data.object().value(u"reason"_s).toString(), u"received"_s);
    QCOMPARE(events.at(0).data.object().value(u"actor"_s).toString(), u"clerk"_s);
    QCOMPARE(events.at(1).data.object().value(u"delta"_s).toInteger(), 4);
    QCOMPARE(events.at(3).data.object().value(u"quantity"_s).toInteger(), 7);
    QCOMPARE(events.at(3).data.object().value(u"available"_s).toInteger(), 7);
    QCOMPARE(events.at(3).data.object().value(u"version"_s).toInteger(), 4);
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).seq, start + 1 + i);
    QCOMPARE(db.queries().eventsSince(start, 100, u"S2"_s)->size(), 0);
}

void TestCommandRules::expiryReleasesUnits()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10));
    db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 3, u"c"_s, 5, u"R1"_s));
    db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 2, u"c"_s, 60, u"R2"_s));
    QCOMPARE(db.queries().nextExpiryMs().value(), std::optional<qint64>(db.clock().nowMs() + 5000));

    db.clock().advance(4999);
    QCOMPARE(db.engine().expireDue().events.size(), 0);
    db.clock().advance(1);
    const BatchResult expired = db.engine().expireDue();
    QCOMPARE(expired.events.size(), 1);
    QCOMPARE(expired.events.first().type, u"reservation.expired"_s);
    QCOMPARE(db.queries().reservation(u"R1"_s).value()->status, ReservationStatus::Expired);
    QCOMPARE(db.row().reserved, 2);
    QCOMPARE(db.queries().nextExpiryMs().value(),
             std::optional<qint64>(db.clock().nowMs() + 55000));
    QVERIFY(db.violations().isEmpty());
}

void TestCommandRules::confirmAfterExpiryIsInvalidState()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10));
    db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 3, u"c"_s, 1, u"R1"_s));
    db.clock().advance(1000);
    const CommandOutcome outcome = db.engine().execute(Command::confirm(u"R1"_s));
    QCOMPARE(outcome.status, 409);
    QCOMPARE(outcome.error->details().value(u"status"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(db.row().quantity, 10);
    QCOMPARE(db.row().reserved, 0);
}

void TestCommandRules::serverMadeReservationIdsAreTimeOrderedUuids()
{
    test::TestDatabase db;
    QCOMPARE(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 100)).status, 200);
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 0)
            db.clock().advance(1);
        const CommandOutcome outcome
            = db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s));
        QCOMPARE(outcome.status, 201);
        ids << outcome.body.object().value(u"reservationId"_s).toString();
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QUuid uuid(ids.at(i));
        QVERIFY2(!uuid.isNull(), qPrintable(ids.at(i)));
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QCOMPARE(ids.at(i).at(14), u'7'); // QUuid::version() in Qt 6.4 knows only 1 to 5
        QCOMPARE(ids.at(i).size(), 36);
    }
    // Ids sort in the order they were made, in a later millisecond or in the same one.
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY2(ids.at(i) > ids.at(i - 1), qPrintable(ids.at(i - 1) + u" then "_s + ids.at(i)));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

QTEST_GUILESS_MAIN(TestCommandRules)
#include "tst_commandrules.moc"
