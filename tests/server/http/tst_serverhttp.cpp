// HTTP/1.1 on the wire against a real server, from a raw socket: keep-alive, pipelined
// requests answered in order (also when the first waits for a commit), requests that arrive
// in pieces, HEAD, Connection: close, and requests that cannot be read.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

namespace {
struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString errorCode() const
    {
        return QJsonDocument::fromJson(body)
            .object()
            .value(u"error"_s)
            .toObject()
            .value(u"code"_s)
            .toString();
    }
};

// One connection to the server, written to as raw bytes; answers are read off it in order.
class RawConnection
{
public:
    explicit RawConnection(quint16 port) { m_socket.connectToHost(u"127.0.0.1"_s, port); }
    bool connected() { return m_socket.waitForConnected(5000); }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next answer; status 0 when none came within 10 s. A HEAD answer has no body.
    RawResponse read(bool headOnly = false)
    {
        RawResponse response;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10'000) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                response.head = m_buffer.left(end);
                const qsizetype length
                    = headOnly ? 0 : response.header("content-length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    response.status = response.head.mid(9, 3).toInt();
                    response.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return response;
                }
            }
            if (!m_socket.waitForReadyRead(200)
                && m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            m_buffer += m_socket.readAll();
        }
        return response;
    }
    // Whether the server closed the connection within 10 s.
    bool closedByServer()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy disconnected(&m_socket, &QTcpSocket::disconnected);
        return disconnected.wait(10'000) || m_socket.state() == QAbstractSocket::UnconnectedState;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}
} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepAliveServesManyRequests();
    void pipelinedAnswersKeepTheirOrder();
    void requestInPieces();
    void headHasNoBody();
    void connectionCloseIsHonoured();
    void unreadableRequestIsRefused_data();
    void unreadableRequestIsRefused();

private:
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_token;
};

void TestServerHttp::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_token = m_http.login(m_server->url(), u"admin"_s);
    QVERIFY(!m_token.isEmpty());
}

void TestServerHttp::keepAliveServesManyRequests()
{
    RawConnection connection(m_server->port());
    QVERIFY(connection.connected());
    for (int i = 0; i < 20; ++i) {
        connection.write(get("/health"));
        const RawResponse response = connection.read();
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"status"_s).toString(),
                 u"ok"_s);
    }
}

void TestServerHttp::pipelinedAnswersKeepTheirOrder()
{
    RawConnection connection(m_server->port());
    QVERIFY(connection.connected());
    const QByteArray body = R"({"storeId":"MAD-001","operation":"add","quantity":1})";
    QByteArray wire;
    for (int i = 0; i < 3; ++i) {
        // A write (answered after its commit) and then a read (answered at once).
        wire += "POST /api/v1/products/PROD-001/stock HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Authorization: Bearer "
            + m_token + "\r\nX-Request-Id: write-" + QByteArray::number(i)
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        wire += get("/health", "X-Request-Id: read-" + QByteArray::number(i) + "\r\n");
    }
    connection.write(wire);
    for (int i = 0; i < 3; ++i) {
        const RawResponse write = connection.read();
        QCOMPARE(write.status, 200);
        QCOMPARE(write.header("x-request-id"), "write-" + QByteArray::number(i));
        const RawResponse read = connection.read();
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("x-request-id"), "read-" + QByteArray::number(i));
    }
}

void TestServerHttp::requestInPieces()
{
    RawConnection connection(m_server->port());
    QVERIFY(connection.connected());
    const QByteArray body = R"({"username":"admin","password":"demo"})";
    const QByteArray wire = "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (qsizetype at = 0; at < wire.size(); at += 7) {
        connection.write(wire.mid(at, 7));
        QTest::qWait(1); // separate segments, so the server sees the request grow
    }
    const RawResponse response = connection.read();
    QCOMPARE(response.status, 200);
    QVERIFY(QJsonDocument::fromJson(response.body).object().contains(u"token"_s));
}

void TestServerHttp::headHasNoBody()
{
    RawConnection connection(m_server->port());
    QVERIFY(connection.connected());
    connection.write("HEAD /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + get("/health"));
    const RawResponse head = connection.read(true);
    QVERIFY(head.status != 0);
    QVERIFY(head.header("content-length").toInt() > 0);
    // Had the server sent a body, this would read it instead of the next answer.
    const RawResponse next = connection.read();
    QCOMPARE(next.status, 200);
    QVERIFY(next.body.startsWith('{'));
}

void TestServerHttp::connectionCloseIsHonoured()
{
    RawConnection connection(m_server->port());
    QVERIFY(connection.connected());
    connection.write(get("/health", "Connection: close\r\n"));
    const RawResponse response = connection.read();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("connection").toLower(), QByteArray("close"));
    QVERIFY(connection.closedByServer());
}

void TestServerHttp::unreadableRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /health HTTP/2.0\r\n\r\n") << 505
                              << u"VALIDATION_FAILED"_s;
    QTest::newRow("chunked") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << 501 << u"VALIDATION_FAILED"_s;
    QTest::newRow("64 KiB header")
        << get("/health", "X-Big: " + QByteArray(64 * 1024, 'x') + "\r\n") << 431
        << u"VALIDATION_FAILED"_s;
    QTest::newRow("1 GiB body announced")
        << QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nContent-Length: 1073741824\r\n\r\n")
        << 413 << u"PAYLOAD_TOO_LARGE"_s;
}

void TestServerHttp::unreadableRequestIsRefused()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QString, code);
    RawConnection connection(m_server->port());
    QVERIFY(connection.connected());
    connection.write(wire);
    const RawResponse response = connection.read();
    QCOMPARE(response.status, status);
    QCOMPARE(response.errorCode(), code);
    QCOMPARE(response.header("x-request-id").size(), 36);
    QVERIFY(connection.closedByServer()); // where the next request would start is unknown
    QCOMPARE(m_http.get(m_server->url(u"/health"_s)).status, 200); // still serving
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
