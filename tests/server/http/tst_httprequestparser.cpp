// The server's HTTP/1.x request parser on its own: what it takes, what it waits for, what it
// refuses and with which status.
#include "server-stub/http/httprequestparser.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using inventory::server::HttpRequest;
using inventory::server::HttpRequestParser;
using Status = HttpRequestParser::Status;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void readsARequest();
    void bodyByContentLength();
    void emptyHeaderIsPresent();
    void pipelinedRequestsOneAtATime();
    void waitsForMore_data();
    void waitsForMore();
    void keepAlive_data();
    void keepAlive();
    void webSocketUpgrade();
    void refuses_data();
    void refuses();

private:
    const HttpRequestParser m_parser { 1024, 100 };
};

void TestHttpRequestParser::readsARequest()
{
    const QByteArray wire = "\r\nGET /api/v1/products/A%2DB/availability?storeId=MAD-001&x=1 "
                            "HTTP/1.1\r\nHost: localhost\r\nAuthorization:  Bearer abc \r\n"
                            "X-Trace: 1\nx-trace: 2\r\n\r\n";
    HttpRequest request;
    const auto result = m_parser.parse(wire, request);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.size, wire.size());
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/api/v1/products/A%2DB/availability"));
    QCOMPARE(request.query, QByteArray("storeId=MAD-001&x=1"));
    QCOMPARE(request.headers.size(), 4);
    QCOMPARE(request.header("authorization"), QByteArray("Bearer abc"));
    QCOMPARE(request.header("X-TRACE"), QByteArray("2"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.keepAlive);
    QVERIFY(!request.webSocketUpgrade);
}

// An Idempotency-Key given empty must be refused as empty, not taken as absent.
void TestHttpRequestParser::emptyHeaderIsPresent()
{
    const QByteArray wire = "POST /x HTTP/1.1\r\nHost: x\r\nIdempotency-Key:\r\nX-A: 1\r\n\r\n";
    HttpRequest request;
    QCOMPARE(m_parser.parse(wire, request).status, Status::Complete);
    QVERIFY(request.headers.contains("idempotency-key"));
    QVERIFY(request.headers.find("idempotency-key").isEmpty());
    QVERIFY(!request.headers.contains("x-b"));
    QCOMPARE(request.header("x-a"), QByteArray("1"));
}

void TestHttpRequestParser::bodyByContentLength()
{
    const QByteArray wire = "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
    HttpRequest request;
    const auto result = m_parser.parse(wire, request);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.size, wire.size());
    QCOMPARE(request.body, QByteArray("hello"));
}

void TestHttpRequestParser::pipelinedRequestsOneAtATime()
{
    const QByteArray first = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
    const QByteArray second = "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray wire = first + second;
    HttpRequest request;
    auto result = m_parser.parse(wire, request);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.size, first.size());
    QCOMPARE(request.body, QByteArray("abc"));
    result = m_parser.parse(QByteArrayView(wire).sliced(result.size), request);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(request.path, QByteArray("/b"));
}

void TestHttpRequestParser::waitsForMore_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qsizetype>("needed");
    QTest::newRow("nothing") << QByteArray() << qsizetype(0);
    QTest::newRow("only empty lines") << QByteArray("\r\n\r\n") << qsizetype(0);
    QTest::newRow("half a request line") << QByteArray("GET /hea") << qsizetype(0);
    QTest::newRow("no empty line yet")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << qsizetype(0);
    const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n";
    QTest::newRow("part of the body") << head + "12345" << head.size() + 10;
}

void TestHttpRequestParser::waitsForMore()
{
    QFETCH(QByteArray, wire);
    QFETCH(qsizetype, needed);
    HttpRequest request;
    const auto result = m_parser.parse(wire, request);
    QCOMPARE(result.status, Status::Incomplete);
    QCOMPARE(result.size, needed);
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n")
                               << false;
    QTest::newRow("1.1 close in a list")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: TE, close\r\n") << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n") << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    HttpRequest request;
    QCOMPARE(m_parser.parse(head + "\r\n", request).status, Status::Complete);
    QCOMPARE(request.keepAlive, keepAlive);
}

void TestHttpRequestParser::webSocketUpgrade()
{
    HttpRequest request;
    QCOMPARE(
        m_parser
            .parse("GET /api/v1/feed HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\n"
                   "Upgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n\r\n",
                   request)
            .status,
        Status::Complete);
    QVERIFY(request.webSocketUpgrade);
    QCOMPARE(
        m_parser.parse("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n", request).status,
        Status::Complete);
    QVERIFY(!request.webSocketUpgrade); // Connection does not list upgrade
    QCOMPARE(m_parser
                 .parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\n",
                        request)
                 .status,
             Status::Complete);
    QVERIFY(!request.webSocketUpgrade);
}

void TestHttpRequestParser::refuses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("httpStatus");
    const QByteArray get = "GET / HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("one word") << QByteArray("GET\r\n\r\n") << 400;
    QTest::newRow("two words") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("space in the target")
        << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("authority target")
        << QByteArray("CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("no Host in HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::newRow("dot segment") << QByteArray("GET /a/../b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("encoded slash") << QByteArray("GET /a%2fb HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("unknown expectation")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n") << 417;
    QTest::newRow("blank lines past the head limit") << QByteArray(70 * 1024, '\n') << 431;
    QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("no colon") << get + "Host localhost\r\n\r\n" << 400;
    QTest::newRow("space before the colon") << get + "Host : localhost\r\n\r\n" << 400;
    QTest::newRow("folded line") << get + "X-A: 1\r\n  2\r\n\r\n" << 400;
    QTest::newRow("control character") << get + "X-A: 1\x01\r\n\r\n" << 400;
    QTest::newRow("length not a number") << get + "Content-Length: 1x\r\n\r\n" << 400;
    QTest::newRow("negative length") << get + "Content-Length: -1\r\n\r\n" << 400;
    QTest::newRow("two lengths") << get + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab" << 400;
    QTest::newRow("body over the limit") << get + "Content-Length: 101\r\n\r\n" << 413;
    QTest::newRow("length of 30 digits") << get + "Content-Length: " + QByteArray(30, '9')
            + "\r\n\r\n" << 413;
    QTest::newRow("chunked") << get + "Transfer-Encoding: chunked\r\n\r\n" << 501;
    QTest::newRow("head over the limit, complete") << get + "X-A: " + QByteArray(1100, 'a')
            + "\r\n\r\n" << 431;
    QTest::newRow("head over the limit, unfinished")
        << get + "X-A: " + QByteArray(1100, 'a') << 431;
    QByteArray many = get;
    for (int i = 0; i < 101; ++i)
        many += "A: 1\r\n";
    QTest::newRow("101 headers") << many + "\r\n" << 431;
}

void TestHttpRequestParser::refuses()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, httpStatus);
    HttpRequest request;
    const auto result = m_parser.parse(wire, request);
    QCOMPARE(result.status, Status::Invalid);
    QCOMPARE(result.httpStatus, httpStatus);
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
