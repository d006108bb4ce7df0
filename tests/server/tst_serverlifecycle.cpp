// Start-up failures and graceful shutdown of the real server process.
#include "httpclient.h"
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebSocket>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestServerLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void sigtermFinishesInFlightAndExitsZero();
    void portInUseIsAClearError();
    void unopenableDatabaseIsAClearError();
    void badOptionIsAClearError_data();
    void badOptionIsAClearError();
    void firstStartCreatesAnAdmin();
    void manyClientsCanConnectAtOnce();
    void subscriberIgnoringTheCloseDoesNotCrashShutdown();
};

void TestServerLifecycle::sigtermFinishesInFlightAndExitsZero()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray token = http.login(server.url(), u"clerk-mad"_s);
    QWebSocket feed;
    QSignalSpy connected(&feed, &QWebSocket::connected);
    feed.open(server.wsUrl(u"/api/v1/feed?since=0&access_token="_s + QString::fromLatin1(token)));
    QVERIFY(connected.wait(5000));

    LoadClient load(12);
    int ok = 0, failed = 0;
    for (int i = 0; i < 60; ++i)
        load.send("POST", server.url(u"/api/v1/products/PROD-013/stock"_s),
                  R"({"storeId":"MAD-001","operation":"add","quantity":1})", token, {},
                  [&](const HttpResponse &r) { (r.status == 200 ? ok : failed)++; });
    QTRY_VERIFY_WITH_TIMEOUT(ok > 0, 10'000);
    QSignalSpy closed(&feed, &QWebSocket::disconnected);
    QElapsedTimer timer;
    timer.start();
    server.process().terminate();
    QVERIFY(server.process().waitForFinished(10'000));
    QVERIFY(timer.elapsed() < 10'000);
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 10'000);
    QVERIFY(closed.count() == 1 || closed.wait(5000));
    QCOMPARE(feed.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QVERIFY(server.log().contains(u"stopped cleanly"_s));
}

void TestServerLifecycle::portInUseIsAClearError()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    QProcess process;
    process.start(ServerProcess::binary(),
                  { u"--listen"_s, u"127.0.0.1:%1"_s.arg(squatter.serverPort()), u"--db"_s,
                    dir.filePath(u"db"_s) });
    QVERIFY(process.waitForFinished(15'000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot listen on 127.0.0.1"));
}

void TestServerLifecycle::unopenableDatabaseIsAClearError()
{
    QProcess process;
    process.start(ServerProcess::binary(),
                  { u"--listen"_s, u"127.0.0.1:%1"_s.arg(ServerProcess::freePort()), u"--db"_s,
                    u"/proc/no-such-dir/inventory.db"_s });
    QVERIFY(process.waitForFinished(15'000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot open database"));
}

void TestServerLifecycle::badOptionIsAClearError_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("no feed threads") << u"--feed-threads"_s << u"0"_s;
    QTest::newRow("feed threads not a number") << u"--feed-threads"_s << u"many"_s;
    QTest::newRow("heartbeat too short") << u"--feed-heartbeat-ms"_s << u"5"_s;
    QTest::newRow("group commit maybe") << u"--group-commit"_s << u"maybe"_s;
}

void TestServerLifecycle::badOptionIsAClearError()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QTemporaryDir dir;
    QProcess process;
    process.start(ServerProcess::binary(),
                  { u"--listen"_s, u"127.0.0.1:%1"_s.arg(ServerProcess::freePort()), u"--db"_s,
                    dir.filePath(u"db"_s), option, value });
    QVERIFY(process.waitForFinished(15'000));
    QCOMPARE(process.exitCode(), 2); // a usage error
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(option + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(u"must be"_s), qPrintable(error));
}

void TestServerLifecycle::firstStartCreatesAnAdmin()
{
    QTemporaryDir dir;
    const quint16 port = ServerProcess::freePort();
    QProcess process;
    process.start(ServerProcess::binary(),
                  { u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--db"_s, dir.filePath(u"db"_s),
                    u"--log-format"_s, u"json"_s });
    QVERIFY(process.waitForStarted());
    QString password;
    QByteArray err;
    for (int i = 0; i < 100 && password.isEmpty(); ++i) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
        for (const QByteArray &line : err.split('\n')) {
            const QString msg = QJsonDocument::fromJson(line).object().value(u"msg"_s).toString();
            if (msg.contains(u"one-time password"_s))
                password = msg.section(u"one-time password "_s, 1).section(u' ', 0, 0);
        }
    }
    QCOMPARE(password.size(), 16);
    HttpClient http;
    // The password is printed while the database is prepared, before the port is open.
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QUrl(u"http://127.0.0.1:%1/health"_s.arg(port))).status, 200,
                              10'000);
    const HttpResponse login
        = http.post(QUrl(u"http://127.0.0.1:%1/api/v1/auth/login"_s.arg(port)),
                    { { u"username"_s, u"admin"_s }, { u"password"_s, password } });
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(http.get(QUrl(u"http://127.0.0.1:%1/api/v1/stores"_s.arg(port)),
                      login.json().value(u"token"_s).toString().toLatin1())
                 .json()
                 .value(u"stores"_s)
                 .toArray()
                 .size(),
             0);
    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
}

// After a restart every terminal reconnects at once. The kernel completes handshakes for the
// server up to its listen backlog even while the server is busy; beyond it, SYNs are dropped
// and retried a second or more later. With the server stopped (SIGSTOP) nothing is accepted,
// so the number of completed connections is the backlog: Qt's default would stop at ~51.
void TestServerLifecycle::manyClientsCanConnectAtOnce()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    const auto pid = server.process().processId();
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    constexpr int kClients = 300;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    int connected = 0;
    for (int i = 0; i < kClients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        connect(socket.get(), &QTcpSocket::connected, this, [&connected] { ++connected; });
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        clients.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connected, kClients, 5000);
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    clients.clear();
    QCOMPARE(server.stop(), 0);
}

// A feed subscriber that upgrades and then never answers the close frame is still connected
// when the server exits: the exit must still be clean (the feed's WebSockets used to outlive
// the HTTP server that owned their TCP sockets, a crash only when a client was slow to go).
void TestServerLifecycle::subscriberIgnoringTheCloseDoesNotCrashShutdown()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray token = http.login(server.url(), u"clerk-mad"_s);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write(HttpClient::feedUpgradeRequest(token));
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += raw.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
    QCOMPARE(server.stop(), 0); // the raw socket stays open and silent throughout
}

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_serverlifecycle.moc"
