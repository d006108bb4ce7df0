// Writers on one PostgreSQL database, each batch on its own connection as on another instance:
// batches whose commands use only rows they lock up front take the event counter last, so one
// that waits for a row holds up no other; and a batch caught in a deadlock runs again.
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
// A batch applied on a connection and engine of its own, in a thread of its own, as another
// instance would: the test goes on while it waits for a lock. The engine first applies an
// empty batch, as its first one purges idempotency results and so runs alone; the batch
// itself goes once go() is called.
class BatchInThread
{
public:
    BatchInThread(const QString &path, const Clock &clock, QList<Command> commands)
    {
        m_thread.reset(QThread::create([this, path, &clock, commands] {
            auto opened = DbConnection::open(path, SchemaMigrator::Schema::Server);
            if (!opened) {
                m_error = opened.error().message();
                m_ready.release();
                m_done = true;
                return;
            }
            InventoryEngine engine(*opened.value(), clock);
            if (engine.applyBatch({}).failed)
                m_error = u"the first, empty batch failed"_s;
            m_ready.release();
            m_go.acquire();
            m_result = engine.applyBatch(commands);
            m_done = true;
        }));
        m_thread->start();
    }
    ~BatchInThread()
    {
        if (!m_started)
            m_go.release();
        m_thread->wait();
    }

    // Whether its engine is open and has applied its first batch.
    bool ready() { return m_ready.tryAcquire(1, 30'000) && m_error.isEmpty(); }
    void go()
    {
        m_started = true;
        m_go.release();
    }
    bool done() const { return m_done; }
    bool finish() { return m_thread->wait(QDeadlineTimer(30'000)); }
    const BatchResult &result() const { return m_result; }
    const QString &error() const { return m_error; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QSemaphore m_go;
    bool m_started = false;
    std::atomic<bool> m_done = false;
    BatchResult m_result;
    QString m_error;
};

QString seqOf(const BatchResult &result, int event = 0)
{
    return result.events.size() > event ? QString::number(result.events.at(event).seq) : u"-"_s;
}
} // namespace

class TestWriterLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBatchWaitingForARowHoldsUpNoOther();
    void aBatchCaughtInADeadlockRunsAgain();

private:
    // P1 and P2 in S1, five of each.
    static bool stockTwoRows(test::TestDatabase &db);
    // A transaction of another client on the test database, holding the stock row it locks.
    std::unique_ptr<DbConnection> lockRow(test::TestDatabase &db, const QString &product);
    // Whether a connection waits for a lock (the thread's batch has reached its wait).
    static bool someoneWaits(DbConnection &connection);
};

void TestWriterLocks::initTestCase()
{
    QVERIFY2(test::TestDatabase::onPostgres(),
             "runs against the PostgreSQL test cluster (ctest fixture)");
}

bool TestWriterLocks::stockTwoRows(test::TestDatabase &db)
{
    return !db.engine()
                .applyBatch(
                    { Command::adjust(u"P1"_s, u"S1"_s, 5), Command::adjust(u"P2"_s, u"S1"_s, 5) })
                .failed;
}

std::unique_ptr<DbConnection> TestWriterLocks::lockRow(test::TestDatabase &db,
                                                       const QString &product)
{
    auto opened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
    if (!opened)
        return nullptr;
    std::unique_ptr<DbConnection> other = std::move(opened).value();
    // This client must not be the one PostgreSQL picks to break a deadlock: the engine is.
    if (!other->exec(u"SET deadlock_timeout = '60s'"_s) || !other->exec(u"BEGIN"_s)
        || !other->exec(u"SELECT quantity FROM stock WHERE product_id = '%1' AND store_id = 'S1'"
                        " FOR UPDATE"_s.arg(product)))
        return nullptr;
    return other;
}

bool TestWriterLocks::someoneWaits(DbConnection &connection)
{
    // Only sessions on this test's database (a row lock is waited for as a transaction id,
    // which names no database): the suites beside it on the same cluster wait for their own.
    auto waiting = connection.integerRow(
        u"SELECT COUNT(*) FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid"
        " WHERE NOT l.granted AND a.datname = current_database()"_s,
        {});
    return waiting && waiting.value() && waiting.value()->constFirst() > 0;
}

void TestWriterLocks::aBatchWaitingForARowHoldsUpNoOther()
{
    test::TestDatabase db;
    QVERIFY(stockTwoRows(db));
    BatchInThread waiting(db.path(), db.clock(), { Command::reserve(u"P2"_s, u"S1"_s, 1, u"w"_s) });
    QVERIFY2(waiting.ready(), qPrintable(waiting.error()));
    const qint64 before = db.lastSeq();
    std::unique_ptr<DbConnection> other = lockRow(db, u"P2"_s);
    QVERIFY(other);
    waiting.go();
    QTRY_VERIFY_WITH_TIMEOUT(someoneWaits(*other), 10'000);
    // Had the waiting batch taken the event counter first, this one would wait for it: a
    // limit turns that wait into a failure.
    QVERIFY(db.connection().exec(u"SET lock_timeout = '5s'"_s));
    const BatchResult passing = db.engine().applyBatch({ Command::adjust(u"P1"_s, u"S1"_s, 1) });
    QVERIFY(!passing.failed);
    QCOMPARE(passing.outcomes.constFirst().status, 200);
    QCOMPARE(seqOf(passing), QString::number(before + 1));
    QVERIFY(!waiting.done());

    QVERIFY(other->exec(u"ROLLBACK"_s));
    QVERIFY(waiting.finish());
    QVERIFY2(waiting.error().isEmpty(), qPrintable(waiting.error()));
    QCOMPARE(waiting.result().outcomes.constFirst().status, 201);
    // Numbered after the batch that committed first.
    QCOMPARE(seqOf(waiting.result()), QString::number(before + 2));
    QCOMPARE(db.row(u"P2"_s).reserved, 1);
    QVERIFY2(db.violations().isEmpty(), qPrintable(db.violations().join(u'\n')));
}

void TestWriterLocks::aBatchCaughtInADeadlockRunsAgain()
{
    // The batch expires R-DUE (on P1) and locks P1's row, then wants P2's, which the other
    // client holds; that client then wants P1's: a circle PostgreSQL breaks by failing the
    // batch, whose engine runs it again once the other client has let go.
    test::TestDatabase db;
    QVERIFY(stockTwoRows(db));
    QCOMPARE(
        db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 2, u"c"_s, 60, u"R-DUE"_s)).status,
        201);
    BatchInThread caught(db.path(), db.clock(),
                         { Command::reserve(u"P2"_s, u"S1"_s, 1, u"d"_s, 600, u"R-NEW"_s) });
    QVERIFY2(caught.ready(), qPrintable(caught.error()));
    db.clock().advance(61'000);
    const qint64 before = db.lastSeq();
    std::unique_ptr<DbConnection> other = lockRow(db, u"P2"_s);
    QVERIFY(other);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"deadlock detected"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"deadlock: it runs again"_s));
    caught.go();
    QTRY_VERIFY_WITH_TIMEOUT(someoneWaits(*other), 10'000);
    // Granted once PostgreSQL has failed the batch (after its deadlock_timeout, 1 s).
    QVERIFY(other->exec(u"SELECT quantity FROM stock WHERE product_id = 'P1' AND store_id = 'S1'"
                        " FOR UPDATE"_s));
    QVERIFY(!caught.done());
    QVERIFY(other->exec(u"ROLLBACK"_s));

    QVERIFY(caught.finish());
    QVERIFY2(caught.error().isEmpty(), qPrintable(caught.error()));
    const BatchResult &result = caught.result();
    QVERIFY(!result.failed);
    QCOMPARE(result.outcomes.constFirst().status, 201);
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events.at(0).type, QString::fromLatin1(eventtype::ReservationExpired));
    QCOMPARE(result.events.at(1).type, QString::fromLatin1(eventtype::ReservationCreated));
    QCOMPARE(db.lastSeq(), before + 2);
    auto expired = db.queries().reservation(u"R-DUE"_s);
    QVERIFY(expired && expired.value());
    QCOMPARE(expired.value()->status, ReservationStatus::Expired);
    QCOMPARE(db.row(u"P1"_s).reserved, 0);
    QCOMPARE(db.row(u"P2"_s).reserved, 1);
    QVERIFY2(db.violations().isEmpty(), qPrintable(db.violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWriterLocks)
#include "tst_writerlocks.moc"
