// inventory-term is SIGKILLed in the middle of pushing its offline queue, ten times over;
// then it syncs to the end. Every queued operation reaches the server exactly once.
#include "core/client/localcache.h"
#include "httpclient.h"
#include "offlinequeue.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
constexpr int kCycles = 10;
constexpr int kOperations = 5000;
} // namespace

class TestChaosClientKill : public QObject
{
    Q_OBJECT

private slots:
    void killedDuringSyncAppliesEachOnce();

private:
    int term(const QStringList &args);

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_profile;
};

int TestChaosClientKill::term(const QStringList &args)
{
    QProcess process;
    process.start(
        QStringLiteral(INVENTORY_TERM_BINARY),
        QStringList { u"--server"_s, m_server->url().toString(), u"--profile"_s, m_profile.path() }
            + args);
    if (!process.waitForFinished(120'000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestChaosClientKill::killedDuringSyncAppliesEachOnce()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    HttpClient http;
    const QByteArray admin = http.login(m_server->url(), u"admin"_s);
    QCOMPARE(term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s, u"sync"_s }), 0);
    const qint64 before = http.stockRow(m_server->url(), u"PROD-016"_s, u"MAD-001"_s, admin)
                              .value(u"quantity"_s)
                              .toInteger();
    const qint64 seqBefore
        = http.get(m_server->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
    {
        SystemClock clock;
        auto store = LocalCache::open(m_profile.filePath(u"profile.db"_s), clock);
        QVERIFY(store.ok());
        QVERIFY(OfflineQueue::addUnits(*store.value(), u"PROD-016"_s, u"MAD-001"_s, kOperations,
                                       u"chaos-"_s));
    }
    int killedMidway = 0;
    for (int cycle = 0; cycle < kCycles; ++cycle) {
        const qint64 seqAtStart
            = http.get(m_server->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
        QProcess process;
        process.start(QStringLiteral(INVENTORY_TERM_BINARY),
                      { u"--server"_s, m_server->url().toString(), u"--profile"_s, m_profile.path(),
                        u"sync"_s });
        QVERIFY(process.waitForStarted());
        QTest::qWait(int(QRandomGenerator::global()->bounded(30, 300)));
        const bool stillRunning = process.state() == QProcess::Running;
        if (stillRunning) {
            process.kill();
            QVERIFY(process.waitForFinished(10'000));
        }
        const qint64 seqAtKill
            = http.get(m_server->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
        // Killed while it was pushing: some of the queue had reached the server, not all.
        if (stillRunning && seqAtKill > seqAtStart && seqAtKill - seqBefore < kOperations)
            ++killedMidway;
    }
    qInfo("%d of %d kills landed while operations were being pushed", killedMidway, kCycles);
    QVERIFY(killedMidway >= 1);
    QCOMPARE(term({ u"sync"_s }), 0);
    QProcess pending;
    pending.start(QStringLiteral(INVENTORY_TERM_BINARY),
                  { u"--server"_s, m_server->url().toString(), u"--profile"_s, m_profile.path(),
                    u"--json"_s, u"pending"_s });
    QVERIFY(pending.waitForFinished(30'000));
    QCOMPARE(QJsonDocument::fromJson(pending.readAllStandardOutput())
                 .object()
                 .value(u"queued"_s)
                 .toInt(),
             0);
    QCOMPARE(http.stockRow(m_server->url(), u"PROD-016"_s, u"MAD-001"_s, admin)
                 .value(u"quantity"_s)
                 .toInteger(),
             before + kOperations);

    QHash<QString, int> seen;
    for (const QJsonObject &event : http.eventsSince(m_server->url(), seqBefore, admin)) {
        const QString note = event.value(u"data"_s).toObject().value(u"note"_s).toString();
        if (note.startsWith(u"chaos-"_s))
            ++seen[note];
    }
    QCOMPARE(seen.size(), kOperations);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(m_server->stop(), 0);
}

QTEST_GUILESS_MAIN(TestChaosClientKill)
#include "tst_chaosclientkill.moc"
