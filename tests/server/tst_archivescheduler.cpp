// Retention: the scheduled archive of old events (ArchiveScheduler, EventArchive) on the
// engine's database, SQLite or (with INVENTORY_TEST_POSTGRES_DIR) PostgreSQL.
#include "core/engine/history/eventarchive.h"
#include "server-stub/retention/archivescheduler.h"
#include "testdatabase.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::server;

class TestArchiveScheduler : public QObject
{
    Q_OBJECT

private slots:
    void oldEventsGoToAFileOnceADay();
};

void TestArchiveScheduler::oldEventsGoToAFileOnceADay()
{
    test::TestDatabase db;
    for (int i = 0; i < 25; ++i)
        QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 1)).ok());
    const qint64 old = db.lastSeq();
    QTemporaryDir folder;
    ManualClock clock;
    clock.advance(3LL * 24 * 3600 * 1000); // those events are three days old now
    ArchiveScheduler scheduler({ db.path(), folder.path(), 1, 0 }, clock);
    QSignalSpy archived(&scheduler, &ArchiveScheduler::archived);
    scheduler.start();
    QVERIFY(archived.wait(30'000));
    QCOMPARE(archived.constFirst().at(0).toLongLong(), old);
    QCOMPARE(archived.constFirst().at(1).toLongLong(), old);

    // The file: every event, in order; the database: none of them, and the log goes on.
    QFile file(archived.constFirst().at(2).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<qint64> seqs;
    while (!file.atEnd()) {
        const QJsonObject event = QJsonDocument::fromJson(file.readLine().trimmed()).object();
        QVERIFY(event.contains(u"data"_s));
        seqs << event.value(u"seq"_s).toInteger();
    }
    QList<qint64> expected(old);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(seqs, expected);
    QCOMPARE(db.queries().eventsSince(0, 100).value().size(), 0);
    QCOMPARE(EventArchive::archivedThrough(db.connection()).value(), old);
    db.clock().set(clock.nowMs()); // a change made now
    QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 1)).ok());
    QCOMPARE(db.lastSeq(), old + 1);
    QCOMPARE(db.row().quantity, 26);
    QCOMPARE(db.violations(), QStringList());

    // The next run finds nothing older than a day: no file.
    QVERIFY(scheduler.runNow());
    QVERIFY(archived.wait(30'000));
    QCOMPARE(archived.at(1).at(0).toLongLong(), 0);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestArchiveScheduler)
#include "tst_archivescheduler.moc"
