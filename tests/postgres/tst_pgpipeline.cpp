// A PostgreSQL connection's pipeline (DbConnection::beginPipeline, PgPipeline): statements
// sent without waiting for their replies, read back at the commit; a failure anywhere in it
// fails the commit and leaves nothing written; a read in the middle reads the replies first.
#include "testdatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestPgPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theCommitWritesEveryStatement();
    void aFailureShowsAtTheCommitAndNothingIsWritten();
    void aCountOtherThanExpectedFailsTheCommit();
    void aReadInTheMiddleReadsTheRepliesFirst();
    void anEngineBatchEndsInAPipeline();
    void noPipelineOutsideATransaction();

private:
    // The counter's value, or -1 when it is missing, -2 when the read failed.
    static qint64 counter(DbConnection &connection, const QString &name);
};

void TestPgPipeline::initTestCase()
{
    QVERIFY2(test::TestDatabase::onPostgres(),
             "runs against the PostgreSQL test cluster (ctest fixture)");
}

qint64 TestPgPipeline::counter(DbConnection &connection, const QString &name)
{
    auto row = connection.integerRow(u"SELECT value FROM counters WHERE name = ?"_s, { name });
    if (!row)
        return -2;
    return row.value() ? row.value()->constFirst() : -1;
}

void TestPgPipeline::theCommitWritesEveryStatement()
{
    test::TestDatabase db(false);
    DbConnection &connection = db.connection();
    // Twice: the second pipeline runs the statements the first one prepared.
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(connection.beginWrite());
        // A query read just before, as the engine's last one is: QtSql's driver leaves its
        // connection in single-row mode, which the pipeline's replies then come in.
        QCOMPARE(counter(connection, u"a1"_s), round == 1 ? -1 : 11);
        connection.beginPipeline();
        const QString suffix = QString::number(round);
        QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, ?)"_s,
                                 { u"a"_s + suffix, 10 }));
        // A ? inside a quoted literal is text, not a parameter.
        QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES ('b?' || ?, ?)"_s,
                                 { suffix, 20 }));
        QVERIFY(
            connection.writeExactly(u"UPDATE counters SET value = value + 1 WHERE name IN (?, ?)"_s,
                                    { u"a"_s + suffix, u"b?"_s + suffix }, 2));
        QVERIFY(connection.exec(u"NOTIFY pipeline_test"_s));
        const Status committed = connection.commit();
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message()));
        QCOMPARE(counter(connection, u"a"_s + suffix), 11);
        QCOMPARE(counter(connection, u"b?"_s + suffix), 21);
    }
}

void TestPgPipeline::aFailureShowsAtTheCommitAndNothingIsWritten()
{
    test::TestDatabase db(false);
    DbConnection &connection = db.connection();
    QVERIFY(connection.beginWrite());
    connection.beginPipeline();
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 1)"_s, { u"x"_s }));
    // Sent, not yet answered: the duplicate key shows only when the replies are read.
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 2)"_s, { u"x"_s }));
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 3)"_s, { u"y"_s }));
    const Status committed = connection.commit();
    QVERIFY(!committed);
    QCOMPARE(connection.lastSqlState(), u"23505"_s);
    connection.rollback();
    QCOMPARE(counter(connection, u"x"_s), -1);
    QCOMPARE(counter(connection, u"y"_s), -1);
    // The connection goes on: the same statements, prepared before, run again.
    QVERIFY(connection.beginWrite());
    connection.beginPipeline();
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 1)"_s, { u"x"_s }));
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 3)"_s, { u"y"_s }));
    QVERIFY(connection.commit());
    QCOMPARE(counter(connection, u"x"_s), 1);
    QCOMPARE(counter(connection, u"y"_s), 3);
}

void TestPgPipeline::aCountOtherThanExpectedFailsTheCommit()
{
    test::TestDatabase db(false);
    DbConnection &connection = db.connection();
    QVERIFY(connection.beginWrite());
    connection.beginPipeline();
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 1)"_s, { u"z"_s }));
    QVERIFY(connection.writeExactly(u"UPDATE counters SET value = 5 WHERE name = ?"_s,
                                    { u"missing"_s }, 1));
    const Status committed = connection.commit();
    QVERIFY(!committed);
    QVERIFY2(committed.error().message().contains(u"changed 0 row(s) where 1 were expected"_s),
             qPrintable(committed.error().message()));
    connection.rollback();
    QCOMPARE(counter(connection, u"z"_s), -1);
}

void TestPgPipeline::aReadInTheMiddleReadsTheRepliesFirst()
{
    test::TestDatabase db(false);
    DbConnection &connection = db.connection();
    QVERIFY(connection.beginWrite());
    connection.beginPipeline();
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 7)"_s, { u"r"_s }));
    QCOMPARE(counter(connection, u"r"_s), 7);
    QVERIFY(connection.write(u"UPDATE counters SET value = 8 WHERE name = ?"_s, { u"r"_s }));
    QVERIFY(connection.commit());
    QCOMPARE(counter(connection, u"r"_s), 8);
}

void TestPgPipeline::anEngineBatchEndsInAPipeline()
{
    test::TestDatabase db;
    QVERIFY(!db.engine().applyBatch({ Command::adjust(u"P1"_s, u"S1"_s, 5) }).failed);
    const BatchResult result
        = db.engine().applyBatch({ Command::reserve(u"P1"_s, u"S1"_s, 1, u"c1"_s),
                                   Command::reserve(u"P1"_s, u"S1"_s, 9, u"c2"_s),
                                   Command::reserve(u"P1"_s, u"S1"_s, 2, u"c3"_s) });
    QVERIFY(!result.failed);
    QCOMPARE(result.outcomes.size(), 3);
    QVERIFY(result.outcomes.at(0).ok());
    QVERIFY(!result.outcomes.at(1).ok());
    QVERIFY(result.outcomes.at(2).ok());
    QCOMPARE(db.row().reserved, 3);
    // What the engine's own session prepared for its pipelines: the held rows' UPDATE, checked
    // for its count, and the COMMIT went that way.
    const auto prepared = [&db](const QString &like) {
        auto row = db.connection().integerRow(
            u"SELECT COUNT(*) FROM pg_prepared_statements WHERE name LIKE 'inventory_pipeline_%'"
            " AND statement LIKE ?"_s,
            { like });
        return row && row.value() ? row.value()->constFirst() : -1;
    };
    QCOMPARE(prepared(u"WITH changed AS (UPDATE stock %"_s), 1);
    QCOMPARE(prepared(u"COMMIT"_s), 1);
}

void TestPgPipeline::noPipelineOutsideATransaction()
{
    test::TestDatabase db(false);
    DbConnection &connection = db.connection();
    QVERIFY(connection.write(u"INSERT INTO counters (name, value) VALUES (?, 1)"_s, { u"o"_s }));
    // Outside a transaction the Sync ending a pipeline would commit what a failure should have
    // rolled back: the statements go one by one, and a failure shows at once.
    connection.beginPipeline();
    QVERIFY(!connection.write(u"INSERT INTO counters (name, value) VALUES (?, 2)"_s, { u"o"_s }));
    QCOMPARE(connection.lastSqlState(), u"23505"_s);
    QCOMPARE(counter(connection, u"o"_s), 1);
}

QTEST_GUILESS_MAIN(TestPgPipeline)
#include "tst_pgpipeline.moc"
