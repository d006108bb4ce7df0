// Batches of commands in one transaction: each command succeeds or fails on its own, seq
// stays gap-free, a failure after a write leaves no trace, and commands on one row see the
// row the earlier ones left.
#include "testdatabase.h"

#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace inventory;

Q_DECLARE_METATYPE(inventory::Command)

class TestBatches : public QObject
{
    Q_OBJECT

private slots:
    void batchCommandsSucceedOrFailOnTheirOwn();
    void seqStaysGapFreeAcrossBatches();
    void failureAfterAWriteLeavesNoTrace();
    void aBatchOnOneRowGivesEachCommandTheRowItLeft();
    void aBatchKeepsOnlyTheNewRowsItsCommandsChanged();
    void anySizeWithFailuresAnywhere_data();
    void anySizeWithFailuresAnywhere();
};

namespace {
// How a command of anySizeWithFailuresAnywhere fails, or that it does not.
enum class Fails { No, Refused, WroteFirst };

// Position i of a batch: a reservation of one unit of P1@S1 (R<i>), a unit more of P2@S2, or
// the confirmation of the reservation two places before; a refused command asks for more than
// there is, or confirms what does not exist; one that writes first reserves P2 at S1, a row the
// command creates and then finds empty.
Command batchCommand(int i, Fails fails)
{
    if (fails == Fails::WroteFirst)
        return Command::reserve(u"P2"_s, u"S1"_s, 1, u"c"_s, 60, u"W%1"_s.arg(i));
    if (fails == Fails::Refused)
        return i % 2 ? Command::adjust(u"P1"_s, u"S1"_s, -1000000)
                     : Command::confirm(u"NONE-%1"_s.arg(i));
    switch (i % 3) {
    case 0:
        return Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, 60, u"R%1"_s.arg(i));
    case 1:
        return Command::adjust(u"P2"_s, u"S2"_s, 1).withKey(u"add-%1"_s.arg(i));
    default:
        return Command::confirm(u"R%1"_s.arg(i - 2));
    }
}
} // namespace

void TestBatches::anySizeWithFailuresAnywhere_data()
{
    // On PostgreSQL a batch is read before and written after its commands in one statement per
    // table (BatchTables); every size, and failures in every position, must give each command
    // the outcome it would have had on its own.
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("refused");
    QTest::addColumn<int>("wroteFirst"); // the position of a command that writes, then fails
    QTest::newRow("1 ok") << 1 << QList<int> {} << -1;
    QTest::newRow("1 refused") << 1 << QList<int> { 0 } << -1;
    QTest::newRow("1 wrote first") << 1 << QList<int> {} << 0;
    QTest::newRow("2 ok") << 2 << QList<int> {} << -1;
    QTest::newRow("2 first refused") << 2 << QList<int> { 0 } << -1;
    QTest::newRow("2 second refused") << 2 << QList<int> { 1 } << -1;
    QTest::newRow("2 both refused") << 2 << QList<int> { 0, 1 } << -1;
    QTest::newRow("2 second wrote first") << 2 << QList<int> {} << 1;
    QList<int> everySeventh;
    for (int i = 3; i < 4096; i += 7)
        everySeventh << i;
    QTest::newRow("4096 ok") << 4096 << QList<int> {} << -1;
    QTest::newRow("4096 first, middle, last refused") << 4096 << QList<int> { 0, 2048, 4095 } << -1;
    QTest::newRow("4096 every seventh refused") << 4096 << everySeventh << -1;
    QTest::newRow("4096 middle wrote first") << 4096 << QList<int> { 5 } << 2049;
}

void TestBatches::anySizeWithFailuresAnywhere()
{
    QFETCH(int, size);
    QFETCH(QList<int>, refused);
    QFETCH(int, wroteFirst);
    test::TestDatabase db;
    QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 5000)).ok());
    const qint64 before = db.lastSeq();

    QList<Command> batch;
    QList<int> expected;
    QSet<int> reserved; // positions whose reservation was made
    qint64 held = 0, confirmed = 0, added = 0;
    for (int i = 0; i < size; ++i) {
        const Fails fails = i == wroteFirst ? Fails::WroteFirst
            : refused.contains(i)           ? Fails::Refused
                                            : Fails::No;
        Command command = batchCommand(i, fails);
        if (fails == Fails::No && i % 3 == 2 && !reserved.contains(i - 2))
            command = Command::confirm(u"NONE-%1"_s.arg(i)); // what it would confirm was refused
        batch << command;
        if (fails == Fails::WroteFirst) {
            expected << 409;
        } else if (fails == Fails::Refused || command.reservationId.startsWith(u"NONE"_s)) {
            expected << (command.kind == CommandKind::Confirm ? 404 : 409);
        } else if (i % 3 == 0) {
            expected << 201;
            reserved << i;
            ++held;
        } else if (i % 3 == 1) {
            expected << 200;
            ++added;
        } else {
            expected << 200;
            --held;
            ++confirmed;
        }
    }
    const BatchResult result = db.engine().applyBatch(batch);
    QList<int> statuses;
    for (const CommandOutcome &o : result.outcomes)
        statuses << o.status;
    QCOMPARE(statuses, expected);

    const qsizetype succeeded = std::count_if(expected.cbegin(), expected.cend(),
                                              [](int status) { return status < 300; });
    QCOMPARE(result.events.size(), succeeded);
    for (qsizetype i = 0; i < result.events.size(); ++i)
        QCOMPARE(result.events.at(i).seq, before + 1 + i);
    QCOMPARE(db.lastSeq(), before + succeeded);
    QCOMPARE(db.queries().eventsSince(before, 10000).value().size(), succeeded);
    QCOMPARE(db.row().quantity, 5000 - confirmed);
    QCOMPARE(db.row().reserved, held);
    QCOMPARE(db.row(u"P2"_s, u"S2"_s).quantity, added);
    QCOMPARE(db.row(u"P2"_s, u"S1"_s).version, 0); // the row the failing command made is gone
    QVERIFY(db.violations().isEmpty());

    // The same batch again: every keyed command answered as the first time, nothing applied
    // twice (the confirmations find their reservations confirmed already).
    const BatchResult again = db.engine().applyBatch(batch);
    for (int i = 0; i < size; ++i) {
        const Command &command = batch.at(i);
        if (!command.effectiveIdempotencyKey().isEmpty() && command.kind != CommandKind::Confirm) {
            QCOMPARE(again.outcomes.at(i).status, result.outcomes.at(i).status);
            QCOMPARE(again.outcomes.at(i).body.text(), result.outcomes.at(i).body.text());
        }
    }
    QCOMPARE(db.row().quantity, 5000 - confirmed);
    QCOMPARE(db.row(u"P2"_s, u"S2"_s).quantity, added);
    QVERIFY(db.violations().isEmpty());
}

void TestBatches::batchCommandsSucceedOrFailOnTheirOwn()
{
    test::TestDatabase db;
    const BatchResult result = db.engine().applyBatch(
        { Command::adjust(u"P1"_s, u"S1"_s, 5), Command::adjust(u"P1"_s, u"S1"_s, -50),
          Command::adjust(u"NOPE"_s, u"S1"_s, 1), Command::reserve(u"P1"_s, u"S1"_s, 5, u"c"_s),
          Command::adjust(u"P1"_s, u"S1"_s, 0), Command::adjust(u"P2"_s, u"S2"_s, 1) });
    QList<int> statuses;
    for (const CommandOutcome &o : result.outcomes)
        statuses << o.status;
    QCOMPARE(statuses, (QList<int> { 200, 409, 404, 201, 400, 200 }));
    QCOMPARE(result.events.size(), 3);
    QCOMPARE(db.row().quantity, 5);
    QCOMPARE(db.row().reserved, 5);
    QCOMPARE(db.row(u"P2"_s, u"S2"_s).quantity, 1);
    QVERIFY(db.violations().isEmpty());
}

void TestBatches::seqStaysGapFreeAcrossBatches()
{
    test::TestDatabase db;
    const qint64 before = db.lastSeq();
    QList<qint64> seqs;
    // Failing commands between successful ones roll back to their savepoints; the seqs the
    // batch hands out must still be consecutive, and the next batch must continue from them.
    for (int round = 0; round < 3; ++round) {
        const BatchResult result = db.engine().applyBatch(
            { Command::adjust(u"P1"_s, u"S1"_s, 5), Command::adjust(u"P1"_s, u"S1"_s, -500),
              Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s),
              Command::reserve(u"P1"_s, u"S1"_s, 500, u"c"_s),
              Command::adjust(u"P2"_s, u"S2"_s, 1) });
        QCOMPARE(result.events.size(), 3);
        for (const Event &e : result.events)
            seqs << e.seq;
    }
    QCOMPARE(seqs.size(), 9);
    for (qsizetype i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), before + 1 + i);
    QCOMPARE(db.lastSeq(), before + 9);
    QCOMPARE(db.queries().eventsSince(before, 100).value().size(), 9);
    QVERIFY(db.violations().isEmpty());
}

void TestBatches::failureAfterAWriteLeavesNoTrace()
{
    test::TestDatabase db;
    const qint64 before = db.lastSeq();
    // P2 has no stock row at S1: the reservation creates it at 0, then finds too little
    // stock. It wrote before it failed, so the batch (run without savepoints) must go round
    // again with one per command: the row must be gone, the neighbours applied once. On
    // PostgreSQL the batch made the row before its commands and removes it unused: nothing
    // runs again, and the outcome must be the same.
    QLoggingCategory::setFilterRules(u"inventory.engine.debug=true"_s);
    if (!test::TestDatabase::onPostgres())
        QTest::ignoreMessage(QtDebugMsg,
                             "a command failed after writing: the batch runs again with a "
                             "savepoint per command");
    const BatchResult result = db.engine().applyBatch(
        { Command::adjust(u"P1"_s, u"S1"_s, 5), Command::reserve(u"P2"_s, u"S1"_s, 1, u"c"_s),
          Command::adjust(u"P1"_s, u"S1"_s, 2) });
    QLoggingCategory::setFilterRules({});
    QList<int> statuses;
    for (const CommandOutcome &o : result.outcomes)
        statuses << o.status;
    QCOMPARE(statuses, (QList<int> { 200, 409, 200 }));
    QCOMPARE(db.row().quantity, 7);
    auto stock = db.connection().integerRow(
        u"SELECT COUNT(*) FROM stock WHERE product_id = 'P2' AND store_id = 'S1'"_s, {});
    QVERIFY(stock && stock.value());
    QCOMPARE(stock.value()->constFirst(), 0);
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events.at(0).seq, before + 1);
    QCOMPARE(result.events.at(1).seq, before + 2);
    QCOMPARE(db.lastSeq(), before + 2);
    QVERIFY(db.violations().isEmpty());
}

void TestBatches::aBatchOnOneRowGivesEachCommandTheRowItLeft()
{
    // On SQLite a batch keeps the rows it changes and writes them once before the commit:
    // each command must still see the row as the commands before it left it, refusals
    // included, and the database must end up with the last of them.
    test::TestDatabase db;
    QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10)).ok());
    const qint64 before = db.lastSeq();
    const BatchResult result = db.engine().applyBatch({
        Command::reserve(u"P1"_s, u"S1"_s, 4, u"c"_s, 60, u"R1"_s),
        Command::reserve(u"P1"_s, u"S1"_s, 5, u"c"_s, 60, u"R2"_s),
        Command::reserve(u"P1"_s, u"S1"_s, 2, u"c"_s, 60, u"R3"_s), // 1 available
        Command::adjust(u"P1"_s, u"S1"_s, -2), // would leave 8 for 9 reserved
        Command::confirm(u"R1"_s), Command::cancel(u"R2"_s), Command::count(u"P1"_s, u"S1"_s, 3, 5),
        Command::count(u"P1"_s, u"S1"_s, 4, 5), // the row is at version 6 by now
        Command::reserve(u"P1"_s, u"S1"_s, 3, u"c"_s, 60, u"R4"_s),
        Command::adjust(u"P1"_s, u"S2"_s, 1), // a row the batch creates
    });
    QList<int> statuses;
    for (const CommandOutcome &o : result.outcomes)
        statuses << o.status;
    QCOMPARE(statuses, (QList<int> { 201, 201, 409, 409, 200, 200, 200, 409, 201, 200 }));
    QCOMPARE(result.outcomes.at(2).error->details().value(u"available"_s).toInteger(), 1);
    QCOMPARE(result.outcomes.at(3).error->details().value(u"available"_s).toInteger(), 1);
    QCOMPARE(result.outcomes.at(7).error->codeName(), u"VERSION_CONFLICT"_s);
    QCOMPARE(result.outcomes.at(7).error->details().value(u"currentVersion"_s).toInteger(), 6);

    QList<QList<qint64>> rows;
    for (const Event &e : result.events) {
        const QJsonObject data = e.data.object();
        rows << QList<qint64> { data.value(u"quantity"_s).toInteger(),
                                data.value(u"reserved"_s).toInteger(),
                                data.value(u"version"_s).toInteger() };
    }
    QCOMPARE(rows,
             (QList<QList<qint64>> { { 10, 4, 2 },
                                     { 10, 9, 3 },
                                     { 6, 5, 4 },
                                     { 6, 0, 5 },
                                     { 3, 0, 6 },
                                     { 3, 3, 7 },
                                     { 1, 0, 1 } }));
    // What was committed, and what the log holds, is the same.
    const StockRow row = db.row();
    QCOMPARE((QList<qint64> { row.quantity, row.reserved, row.version }),
             (QList<qint64> { 3, 3, 7 }));
    QCOMPARE(db.row(u"P1"_s, u"S2"_s).quantity, 1);
    const QList<Event> logged = db.queries().eventsSince(before, 100).value();
    QCOMPARE(logged.size(), result.events.size());
    QCOMPARE(logged.constLast().data.object().value(u"version"_s).toInteger(), 1);
    QCOMPARE(logged.at(5).data.object().value(u"version"_s).toInteger(), 7);
    QVERIFY2(db.violations().isEmpty(), qPrintable(db.violations().join(u'\n')));

    // The next batch starts from what was committed, not from rows kept by this one.
    QCOMPARE(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, -1)).status, 409);
    QCOMPARE(db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s)).status, 409);
    QCOMPARE(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 2)).status, 200);
    QCOMPARE(db.row().version, 8);
}

void TestBatches::aBatchKeepsOnlyTheNewRowsItsCommandsChanged()
{
    // Every command is on a row that does not exist yet. On PostgreSQL the batch makes the rows
    // of known products and stores before its commands, in one statement, and removes those no
    // command changed: outcomes and rows must be those of commands that each made their own.
    test::TestDatabase db;
    const qint64 before = db.lastSeq();
    const BatchResult result = db.engine().applyBatch({
        Command::adjust(u"P1"_s, u"S2"_s, 3),
        Command::reserve(u"P2"_s, u"S1"_s, 1, u"c"_s), // nothing there
        Command::adjust(u"NOPE"_s, u"S1"_s, 1), Command::adjust(u"P1"_s, u"NOWHERE"_s, 1),
        Command::adjust(u"P2"_s, u"S2"_s, 2),
        Command::reserve(u"P2"_s, u"S2"_s, 1, u"c"_s), // on the row the command before made
        Command::count(u"P1"_s, u"S1"_s, 4, 5), // a new row is at version 0
    });
    QList<int> statuses;
    for (const CommandOutcome &o : result.outcomes)
        statuses << o.status;
    QCOMPARE(statuses, (QList<int> { 200, 409, 404, 404, 200, 201, 409 }));
    QCOMPARE(result.outcomes.at(1).error->details().value(u"available"_s).toInteger(), 0);
    QCOMPARE(result.outcomes.at(2).error->details().value(u"resource"_s).toString(), u"product"_s);
    QCOMPARE(result.outcomes.at(3).error->details().value(u"resource"_s).toString(), u"store"_s);
    QCOMPARE(result.outcomes.at(6).error->codeName(), u"VERSION_CONFLICT"_s);
    QCOMPARE(result.outcomes.at(6).error->details().value(u"currentVersion"_s).toInteger(), 0);
    QCOMPARE(result.events.size(), 3);
    QCOMPARE(db.lastSeq(), before + 3);

    auto rows = db.connection().integerRow(u"SELECT COUNT(*) FROM stock"_s, {});
    QVERIFY(rows && rows.value());
    QCOMPARE(rows.value()->constFirst(), 2);
    const StockRow p1 = db.row(u"P1"_s, u"S2"_s);
    QCOMPARE((QList<qint64> { p1.quantity, p1.reserved, p1.version }), (QList<qint64> { 3, 0, 1 }));
    const StockRow p2 = db.row(u"P2"_s, u"S2"_s);
    QCOMPARE((QList<qint64> { p2.quantity, p2.reserved, p2.version }), (QList<qint64> { 2, 1, 2 }));
    QVERIFY2(db.violations().isEmpty(), qPrintable(db.violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestBatches)
#include "tst_batches.moc"
