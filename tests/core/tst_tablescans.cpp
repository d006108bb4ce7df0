// DbConnection::scanAll, how the read model's load reads the stock table: on SQLite through
// its own API, on PostgreSQL one COPY whose text format is parsed as it streams in
// (PgCopyReader). Every row once, every value as it was written, failures as errors.
#include "core/domain/command.h"
#include "core/engine/inventoryqueries.h"
#include "core/storage/dbconnection.h"
#include "core/storage/rowvalues.h"
#include "syntheticcatalog.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QtTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestTableScans : public QObject
{
    Q_OBJECT

private slots:
    void scanAllGivesEveryRowOnce();
    void scanAllReadsValuesAsWritten_data();
    void scanAllReadsValuesAsWritten();
    void readFailingMidwayIsAnError_data();
    void readFailingMidwayIsAnError();
    void scanAllFailureIsAnError();
};

// The read model's load reads the stock table through scanAll: on PostgreSQL one COPY, its
// rows parsed as they stream in; every row comes once, and the connection is idle after.
void TestTableScans::scanAllGivesEveryRowOnce()
{
    test::TestDatabase db;
    QList<Command> creates;
    for (const Product &p : SyntheticCatalog::products(16, 10)) {
        creates.append(Command::createProduct(p));
        creates.append(Command::adjust(p.id, u"S1"_s, 3));
        creates.append(Command::adjust(p.id, u"S2"_s, 4));
    }
    QCOMPARE(db.engine().applyAllOrNothing(creates).value(), qsizetype(-1));
    QSet<QString> expected;
    for (const QString &store : { u"S1"_s, u"S2"_s }) {
        const auto rows = db.queries().storeStock(store, 1, 1000);
        QVERIFY(rows.ok());
        for (const StockRow &row : rows->items)
            expected.insert(row.productId + u'/' + row.storeId);
    }
    QCOMPARE(expected.size(), 32);
    QStringList seen;
    QVERIFY(db.connection()
                .scanAll(u"SELECT product_id, store_id FROM stock"_s,
                         [&seen](const RowValues &v) {
                             seen.append(v.text(0).toString() + u'/' + v.text(1).toString());
                         })
                .ok());
    QCOMPARE(seen.size(), expected.size());
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), expected);
    // The connection is free again: it writes.
    const QString product = *expected.cbegin()->split(u'/').cbegin();
    QCOMPARE(db.engine().applyBatch({ Command::adjust(product, u"S1"_s, 1) }).events.size(), 1);
}

void TestTableScans::scanAllReadsValuesAsWritten_data()
{
    QTest::addColumn<QVariant>("text");
    QTest::addColumn<QVariant>("number");
    QTest::newRow("plain") << QVariant(u"MAD-001"_s) << QVariant(qint64(42));
    QTest::newRow("tab and newline") << QVariant(u"a\tb\nc"_s) << QVariant(qint64(-7));
    QTest::newRow("backslashes") << QVariant(u"C:\\dir\\N\\"_s)
                                 << QVariant(qint64(9'007'199'254'740'993));
    QTest::newRow("the text of NULL") << QVariant(u"\\N"_s) << QVariant(qint64(0));
    QTest::newRow("other controls") << QVariant(u"\r\v\f\b!"_s) << QVariant(qint64(1));
    QTest::newRow("accents, euro, kanji") << QVariant(u"Añ€ 日本"_s) << QVariant(qint64(-1));
    QTest::newRow("empty") << QVariant(u""_s) << QVariant(qint64(3));
    QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString))
                          << QVariant(QMetaType(QMetaType::LongLong));
}

// What COPY writes in its text format (escapes, \N for NULL) is read back as it was stored, a
// field after an escaped one too; a text read twice in a row is the same text, not a copy.
void TestTableScans::scanAllReadsValuesAsWritten()
{
    QFETCH(QVariant, text);
    QFETCH(QVariant, number);
    const QString after = u"e\\nd\tx"_s;
    test::TestDatabase db;
    QVERIFY(
        db.connection().exec(u"CREATE TABLE scan_values (t TEXT, n BIGINT, after TEXT)"_s).ok());
    QVERIFY(db.connection()
                .write(u"INSERT INTO scan_values (t, n, after) VALUES (?, ?, ?)"_s,
                       { text, number, after })
                .ok());
    int rows = 0;
    QVERIFY(db.connection()
                .scanAll(u"SELECT t, n, after FROM scan_values"_s,
                         [&](const RowValues &v) {
                             ++rows;
                             const QStringView first = v.text(0);
                             QCOMPARE(first.toString(), text.toString());
                             QCOMPARE(first.isNull(), text.isNull());
                             QCOMPARE(v.text(0).data(), first.data());
                             QCOMPARE(v.integer(1), number.toLongLong());
                             QCOMPARE(v.text(1).isNull(), number.isNull());
                             QCOMPARE(v.text(2).toString(), after);
                         })
                .ok());
    QCOMPARE(rows, 1);
}

// How a test reads a query's rows: each way must report a failure that comes after some rows.
enum class ReadWay { ScanAll, Scan, ForEachRow, RunToEnd };
Q_DECLARE_METATYPE(ReadWay)

void TestTableScans::readFailingMidwayIsAnError_data()
{
    QTest::addColumn<ReadWay>("way");
    QTest::newRow("scanAll") << ReadWay::ScanAll;
    QTest::newRow("scan") << ReadWay::Scan;
    QTest::newRow("forEachRow") << ReadWay::ForEachRow;
    QTest::newRow("run, next, endOfRows") << ReadWay::RunToEnd;
}

// A query that fails as its rows come says so instead of passing for a shorter one, and
// leaves the connection usable.
void TestTableScans::readFailingMidwayIsAnError()
{
    QFETCH(ReadWay, way);
    test::TestDatabase db;
    QVERIFY(db.connection().exec(u"CREATE TABLE scan_numbers (k BIGINT, n BIGINT)"_s).ok());
    for (qint64 k = 1; k <= 5; ++k) {
        // abs() of the smallest 64-bit number overflows, on SQLite and on PostgreSQL.
        const qint64 n = k == 4 ? std::numeric_limits<qint64>::min() : k;
        QVERIFY(db.connection()
                    .write(u"INSERT INTO scan_numbers (k, n) VALUES (?, ?)"_s, { k, n })
                    .ok());
    }
    const QString sql = u"SELECT abs(n) FROM scan_numbers"_s;
    int rows = 0;
    Status read;
    switch (way) {
    case ReadWay::ScanAll:
        read = db.connection().scanAll(sql, [&rows](const RowValues &) { ++rows; });
        break;
    case ReadWay::Scan:
        read = db.connection().scan(sql, {}, [&rows](const RowValues &) { ++rows; });
        break;
    case ReadWay::ForEachRow:
        read = db.connection().forEachRow(sql, {}, [&rows](const QSqlQuery &) { ++rows; });
        break;
    case ReadWay::RunToEnd: {
        auto ran = db.connection().run(sql);
        if (ran) {
            while (ran.value()->next())
                ++rows;
            read = db.connection().endOfRows(*ran.value());
            ran.value()->finish();
        } else {
            read = ran.error();
        }
        break;
    }
    }
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::Unavailable);
    QVERIFY(rows < 5);
    QVERIFY(db.engine()
                .applyBatch({ Command::createProduct(SyntheticCatalog::products(1, 10).first()) })
                .outcomes.first()
                .ok());
}

// A query that fails says so, and leaves the connection usable.
void TestTableScans::scanAllFailureIsAnError()
{
    test::TestDatabase db;
    int rows = 0;
    const Status read = db.connection().scanAll(u"SELECT nothing FROM no_such_table"_s,
                                                [&rows](const RowValues &) { ++rows; });
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::Unavailable);
    QCOMPARE(rows, 0);
    QVERIFY(db.engine()
                .applyBatch({ Command::createProduct(SyntheticCatalog::products(1, 10).first()) })
                .outcomes.first()
                .ok());
}

QTEST_GUILESS_MAIN(TestTableScans)
#include "tst_tablescans.moc"
