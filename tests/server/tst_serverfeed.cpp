// The WebSocket change feed and reservation expiry against a real server.
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

namespace {
// A feed subscriber that keeps every message it receives.
class FeedProbe : public QObject
{
public:
    QList<QJsonObject> messages;
    QWebSocket socket;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;

    FeedProbe()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            messages << QJsonDocument::fromJson(text.toUtf8()).object();
        });
        connect(&socket, &QWebSocket::disconnected, this,
                [this] { closeCode = socket.closeCode(); });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(10'000);
    }
    QList<qint64> seqs() const
    {
        QList<qint64> list;
        for (const QJsonObject &m : messages) {
            if (m.contains(u"seq"_s))
                list << m.value(u"seq"_s).toInteger();
        }
        return list;
    }
    qint64 lastSeq() const { return seqs().isEmpty() ? 0 : seqs().last(); }
    int count(const QString &type) const
    {
        return int(std::count_if(messages.begin(), messages.end(), [&](const QJsonObject &m) {
            return m.value(u"type"_s).toString() == type;
        }));
    }
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayThenLiveWithoutGapOrDuplicate();
    void storeFilter();
    void subscribersOnEveryThreadGetEveryEvent();
    void heartbeatAndResync();
    void badTokenIsRefused();
    void expiryReleasesUnitsOnTime();
    // Last: it archives the log the others read from seq 1.
    void archivedEventsGoToAFileAndAskForResync();

private:
    qint64 lastSeq()
    {
        return m_http.get(m_server->url(u"/health"_s)).json().value(u"lastSeq"_s).toInteger();
    }
    QUrl feed(const QString &query) const
    {
        return m_server->wsUrl(
            u"/api/v1/feed?access_token=%1&%2"_s.arg(QString::fromLatin1(m_token), query));
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_token;
};

void TestServerFeed::initTestCase()
{
    // Three feed threads whatever the machine: subscribers are spread over them.
    m_server = std::make_unique<ServerProcess>(
        QStringList { u"--feed-heartbeat-ms"_s, u"300"_s, u"--feed-threads"_s, u"3"_s });
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_token = m_http.login(m_server->url(), u"admin"_s);
    QVERIFY(!m_token.isEmpty());
}

void TestServerFeed::replayThenLiveWithoutGapOrDuplicate()
{
    LoadClient load(12);
    auto write = [&](int n, const QString &store) {
        for (int i = 0; i < n; ++i)
            load.send("POST", m_server->url(u"/api/v1/products/PROD-010/stock"_s),
                      json({ { u"storeId"_s, store },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 1 } }),
                      m_token, {}, [](const HttpResponse &) {});
    };
    write(150, u"MAD-001"_s);
    FeedProbe probe; // connects while those writes are still being committed
    QVERIFY(probe.open(feed(u"since=0"_s)));
    write(150, u"BCN-001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 60'000);
    const qint64 last = lastSeq();
    QTRY_COMPARE_WITH_TIMEOUT(probe.lastSeq(), last, 10'000);
    QList<qint64> expected(last);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(probe.seqs(), expected); // every event exactly once, in order

    probe.socket.close();
    write(40, u"MAD-001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 60'000);
    FeedProbe resumed;
    QVERIFY(resumed.open(feed(u"since=%1"_s.arg(last))));
    const qint64 newLast = lastSeq();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.lastSeq(), newLast, 10'000);
    QList<qint64> rest(newLast - last);
    std::iota(rest.begin(), rest.end(), last + 1);
    QCOMPARE(resumed.seqs(), rest);
    // The last event (a heartbeat may follow it).
    const auto lastEvent = std::find_if(resumed.messages.crbegin(), resumed.messages.crend(),
                                        [](const QJsonObject &m) { return m.contains(u"seq"_s); });
    QVERIFY(lastEvent != resumed.messages.crend());
    const QJsonObject event = *lastEvent;
    QCOMPARE(event.value(u"type"_s).toString(), u"stock.adjusted"_s);
    QVERIFY(event.value(u"data"_s).toObject().contains(u"available"_s));
}

void TestServerFeed::storeFilter()
{
    const qint64 from = lastSeq();
    FeedProbe probe;
    QVERIFY(probe.open(feed(u"since=%1&storeId=BCN-001"_s.arg(from))));
    for (const char *store : { "MAD-001", "BCN-001", "MAD-001", "BCN-001" })
        QCOMPARE(m_http
                     .post(m_server->url(u"/api/v1/products/PROD-011/stock"_s),
                           { { u"storeId"_s, QString::fromLatin1(store) },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 1 } },
                           m_token)
                     .status,
                 200);
    QTRY_COMPARE_WITH_TIMEOUT(probe.seqs().size(), 2, 5000);
    for (const QJsonObject &m : std::as_const(probe.messages)) {
        if (m.contains(u"seq"_s))
            QCOMPARE(m.value(u"storeId"_s).toString(), u"BCN-001"_s);
    }
}

void TestServerFeed::subscribersOnEveryThreadGetEveryEvent()
{
    const qint64 from = lastSeq();
    std::vector<std::unique_ptr<FeedProbe>> probes;
    for (int i = 0; i < 7; ++i) {
        probes.push_back(std::make_unique<FeedProbe>());
        QVERIFY(probes.back()->open(feed(u"since=%1"_s.arg(from))));
    }
    probes.front()->socket.close(); // one leaves; the others on its thread go on
    LoadClient load(8);
    for (int i = 0; i < 90; ++i)
        load.send("POST", m_server->url(u"/api/v1/products/PROD-013/stock"_s),
                  json({ { u"storeId"_s, i % 2 ? u"MAD-001"_s : u"VAL-001"_s },
                         { u"operation"_s, u"add"_s },
                         { u"quantity"_s, 1 } }),
                  m_token, {}, [](const HttpResponse &) {});
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 60'000);
    const qint64 last = lastSeq();
    QCOMPARE(last, from + 90);
    QList<qint64> expected(last - from);
    std::iota(expected.begin(), expected.end(), from + 1);
    for (size_t i = 1; i < probes.size(); ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(probes[i]->lastSeq(), last, 10'000);
        QCOMPARE(probes[i]->seqs(), expected);
    }
}

void TestServerFeed::heartbeatAndResync()
{
    FeedProbe probe;
    QVERIFY(probe.open(feed(u"since=%1"_s.arg(lastSeq()))));
    QTRY_VERIFY_WITH_TIMEOUT(probe.count(u"heartbeat"_s) >= 1, 3000);
    const QJsonObject beat = probe.messages.constFirst();
    QCOMPARE(beat.value(u"lastSeq"_s).toInteger(), lastSeq());

    FeedProbe future;
    QVERIFY(future.open(feed(u"since=99999999"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(future.count(u"resync"_s), 1, 3000);
    QCOMPARE(future.messages.constFirst().value(u"lastSeq"_s).toInteger(), lastSeq());
}

void TestServerFeed::badTokenIsRefused()
{
    FeedProbe probe;
    QSignalSpy closed(&probe.socket, &QWebSocket::disconnected);
    probe.socket.open(m_server->wsUrl(u"/api/v1/feed?since=0&access_token=forged.token.here"_s));
    QVERIFY(closed.wait(5000));
    QCOMPARE(probe.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(!probe.messages.isEmpty());
    QCOMPARE(probe.messages.constFirst().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"UNAUTHENTICATED"_s);
}

void TestServerFeed::expiryReleasesUnitsOnTime()
{
    const QUrl availability
        = m_server->url(u"/api/v1/products/PROD-012/availability?storeId=SEV-001"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-012"_s, u"SEV-001"_s, 5, m_token), 200);
    FeedProbe probe;
    QVERIFY(probe.open(feed(u"since=%1&storeId=SEV-001"_s.arg(lastSeq()))));
    QElapsedTimer clock;
    clock.start();
    const HttpResponse created = m_http.post(m_server->url(u"/api/v1/reservations"_s),
                                             { { u"productId"_s, u"PROD-012"_s },
                                               { u"storeId"_s, u"SEV-001"_s },
                                               { u"quantity"_s, 2 },
                                               { u"customerId"_s, u"c"_s },
                                               { u"ttl"_s, 1 } },
                                             m_token);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"reservationId"_s).toString();
    QCOMPARE(m_http.get(availability, m_token).json().value(u"totalAvailable"_s).toInt(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(probe.count(u"reservation.expired"_s), 1, 2000);
    QVERIFY2(clock.elapsed() < 2000, "expired too late");
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/reservations/"_s + id), m_token)
                 .json()
                 .value(u"status"_s)
                 .toString(),
             u"EXPIRED"_s);
    QCOMPARE(m_http.get(availability, m_token).json().value(u"totalAvailable"_s).toInt(), 5);
    const HttpResponse confirm = m_http.send(
        "POST", m_server->url(u"/api/v1/reservations/%1/confirm"_s.arg(id)), {}, m_token);
    QCOMPARE(confirm.status, 409);
    QCOMPARE(confirm.errorCode(), u"INVALID_STATE"_s);
}

QTEST_GUILESS_MAIN(TestServerFeed)
void TestServerFeed::archivedEventsGoToAFileAndAskForResync()
{
    const QList<QJsonObject> before = m_http.eventsSince(m_server->url(), 0, m_token);
    QVERIFY(!before.isEmpty());
    const qint64 through = before.last().value(u"seq"_s).toInteger();

    // The operator archives everything before tomorrow while the server runs.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"events.jsonl"_s);
    auto runArchive = [&](QProcess &process) {
        process.start(ServerProcess::binary(),
                      { u"--db"_s, m_server->databasePath(), u"--log-format"_s, u"text"_s,
                        u"archive-events"_s, u"--before"_s,
                        QDate::currentDate().addDays(2).toString(Qt::ISODate), u"--to"_s, file });
        return process.waitForFinished(60'000);
    };
    QProcess archive;
    QVERIFY(runArchive(archive));
    QCOMPARE(archive.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(archive.readAllStandardOutput()).contains(u"seq 1 to %1"_s.arg(through)));

    // The file holds the events as the log gave them, in order: replayable as the feed.
    QFile archived(file);
    QVERIFY(archived.open(QIODevice::ReadOnly));
    QList<QJsonObject> lines;
    while (!archived.atEnd()) {
        const QByteArray line = archived.readLine().trimmed();
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    QCOMPARE(lines, before);

    // A second run finds nothing more to archive and leaves the file alone.
    QProcess again;
    QVERIFY(runArchive(again));
    QCOMPARE(again.exitCode(), 0);
    QVERIFY(QString::fromUtf8(again.readAllStandardOutput()).contains(u"no events"_s));
    QCOMPARE(QFileInfo(file).size(), archived.size());

    // A pull or a feed from before the archive is told to read the state again.
    const HttpResponse old = m_http.get(m_server->url(u"/api/v1/events?since=0"_s), m_token);
    QCOMPARE(old.status, 410);
    const QJsonObject error = old.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"RESYNC_REQUIRED"_s);
    QCOMPARE(error.value(u"details"_s).toObject().value(u"oldestSeq"_s).toInteger(), through + 1);
    FeedProbe stale;
    QVERIFY(stale.open(feed(u"since=0"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(stale.count(u"resync"_s), 1, 5000);

    // The log goes on from where the archive stopped, for a pull and for the feed.
    FeedProbe current;
    QVERIFY(current.open(feed(u"since=%1"_s.arg(through))));
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-010"_s, u"MAD-001"_s, 77, m_token), 200);
    QTRY_COMPARE_WITH_TIMEOUT(current.seqs(), QList<qint64> { through + 1 }, 10'000);
    const QList<QJsonObject> after = m_http.eventsSince(m_server->url(), through, m_token);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().value(u"seq"_s).toInteger(), through + 1);
    const QStringList problems = m_server->databaseViolations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

#include "tst_serverfeed.moc"
