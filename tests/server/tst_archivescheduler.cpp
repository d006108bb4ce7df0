// Retention: the scheduled archive of old events (ArchiveScheduler, EventArchive) on the
// engine's database, SQLite or (with INVENTORY_TEST_POSTGRES_DIR) PostgreSQL; the
// reservations that ended in the archived events leave with them.
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
    void endedReservationsLeaveWithTheirEvents();
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

void TestArchiveScheduler::endedReservationsLeaveWithTheirEvents()
{
    test::TestDatabase db;
    QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10)).ok());
    auto reserve = [&](const QString &id, qint64 ttl) {
        return db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 1, u"c"_s, ttl, id)).ok();
    };
    QVERIFY(reserve(u"R-SOLD"_s, 600));
    QVERIFY(reserve(u"R-CANCELLED"_s, 600));
    QVERIFY(reserve(u"R-EXPIRED"_s, 1));
    QVERIFY(reserve(u"R-HELD"_s, 86'400));
    QVERIFY(db.engine().execute(Command::confirm(u"R-SOLD"_s)).ok());
    QVERIFY(db.engine().execute(Command::cancel(u"R-CANCELLED"_s)).ok());
    db.clock().advance(2000);
    QVERIFY(!db.engine().expireDue().failed);
    // An hour on, one made and sold now: its events are not archived, so it stays; R-HELD's
    // creation is archived, but it is still held, so it stays too.
    db.clock().advance(3600 * 1000);
    QVERIFY(reserve(u"R-RECENT"_s, 600));
    QVERIFY(db.engine().execute(Command::confirm(u"R-RECENT"_s)).ok());

    QTemporaryDir folder;
    const QString path = folder.filePath(u"events.jsonl"_s);
    const auto summary
        = EventArchive(db.connection()).archive(db.clock().nowMs() - 1800 * 1000, path);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
    QVERIFY(summary->events >= 8);
    const QStringList ended { u"R-SOLD"_s, u"R-CANCELLED"_s, u"R-EXPIRED"_s };
    for (const QString &id : ended) {
        const auto found = db.queries().reservation(id);
        QVERIFY(found.ok());
        QVERIFY2(!found.value(), qPrintable(id));
    }
    QCOMPARE(db.queries().reservation(u"R-HELD"_s).value()->status, ReservationStatus::Pending);
    QCOMPARE(db.queries().reservation(u"R-RECENT"_s).value()->status, ReservationStatus::Confirmed);
    QCOMPARE(db.row().reserved, 1);
    QCOMPARE(db.violations(), QStringList());

    // The file tells how each of them ended.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> ends;
    while (!file.atEnd()) {
        const QJsonObject event = QJsonDocument::fromJson(file.readLine().trimmed()).object();
        const QString id = event.value(u"data"_s)
                               .toObject()
                               .value(u"reservation"_s)
                               .toObject()
                               .value(u"reservationId"_s)
                               .toString();
        if (!id.isEmpty())
            ends[id] = event.value(u"type"_s).toString();
    }
    QCOMPARE(ends.value(u"R-SOLD"_s), u"reservation.confirmed"_s);
    QCOMPARE(ends.value(u"R-CANCELLED"_s), u"reservation.cancelled"_s);
    QCOMPARE(ends.value(u"R-EXPIRED"_s), u"reservation.expired"_s);
    QCOMPARE(ends.value(u"R-HELD"_s), u"reservation.created"_s);
    QVERIFY(!ends.contains(u"R-RECENT"_s));
}

QTEST_GUILESS_MAIN(TestArchiveScheduler)
#include "tst_archivescheduler.moc"
