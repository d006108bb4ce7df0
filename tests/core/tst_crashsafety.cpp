// A process applying commands is killed with SIGKILL mid-run: the database opens cleanly,
// the invariants hold, and every command whose commit had returned is there.
#include "core/engine/tables/idempotencystore.h"
#include "testdatabase.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingAcknowledged();
};

void TestCrashSafety::killedWriterLosesNothingAcknowledged()
{
    const QString child = QCoreApplication::applicationDirPath() + u"/crashchild"_s;
    QVERIFY(QFile::exists(child));
    test::TestDatabase db;
    qint64 firstIndex = 0;
    qint64 acknowledged = 0;

    for (int cycle = 0; cycle < 5; ++cycle) {
        QProcess process;
        process.start(child, { db.path(), QString::number(firstIndex) });
        QVERIFY(process.waitForStarted());
        qint64 lastAck = -1;
        int lines = 0;
        const int target = 20 + cycle * 7;
        QByteArray pending;
        while (lines < target) {
            QVERIFY2(process.waitForReadyRead(30'000), "the writer stopped reporting commits");
            pending += process.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                lastAck = pending.left(end).toLongLong();
                pending.remove(0, end + 1);
                ++lines;
            }
        }
        process.kill(); // SIGKILL: no chance to finish anything
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        auto reopened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
        QVERIFY2(reopened.ok(), "the database does not open after the crash");
        IdempotencyStore keys(*reopened.value());
        for (qint64 i = firstIndex; i <= lastAck; ++i)
            QVERIFY2(keys.find(u"crash-%1"_s.arg(i)).value().has_value(),
                     "an acknowledged command is missing");
        acknowledged = lastAck + 1;
        const StockRow row = db.row();
        QVERIFY(row.quantity >= acknowledged);
        QCOMPARE(row.quantity % 10, 0); // whole batches only: a batch commits or not at all
        const QStringList violations = db.violations();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        firstIndex = row.quantity; // continue after whatever did commit
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
