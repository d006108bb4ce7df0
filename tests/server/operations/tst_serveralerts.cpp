// The daily low-stock digest against a real inventory-server (issue 27): written to
// --alert-digest-dir and posted to --alert-webhook with the store's products below their
// minimum; a webhook that answers 503 is tried again with backoff until it takes the digest;
// while it is down, writes commit as ever; only admins send it by hand; a server with neither
// answers 409; at its time of day the server sends it unasked; a webhook that is not http(s) is
// refused at start.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
// A webhook receiver on loopback: answers the first `failures` posts with 503, then 204, and
// keeps the bodies it took.
class Receiver : public QObject
{
public:
    int failures = 0;
    int requests = 0;
    QList<QByteArray> accepted;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1/hook"_s.arg(m_server.serverPort()); }

    Receiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    ++requests;
                    const bool fail = failures > 0;
                    if (fail)
                        --failures;
                    else
                        accepted << buffer->mid(end + 4, length);
                    socket->write(fail ? "HTTP/1.1 503 Busy\r\nContent-Length: 0\r\nConnection: "
                                         "close\r\n\r\n"
                                       : "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    buffer->clear();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QTcpServer m_server;
};
} // namespace

class TestServerAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDigestIsWrittenAndPostedWithRetries();
    void aWebhookDownBlocksNoCommit();
    void onlyAdminsSendIt();
    void withoutAlertsThereIsNothingToSend();
    void theDigestGoesOutAtItsTimeOfDay();
    void aWebhookMustBeHttp();

private:
    Receiver m_receiver;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
};

void TestServerAlerts::initTestCase()
{
    QVERIFY(m_receiver.listen());
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>(
        QStringList { u"--alert-webhook"_s, m_receiver.url(), u"--alert-digest-dir"_s,
                      m_dir.filePath(u"digests"_s), u"--alert-retry-ms"_s, u"50"_s });
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-003"_s, u"MAD-001"_s, 2, m_admin), 200);
    QCOMPARE(m_http
                 .send("PUT", m_server->url(u"/api/v1/stores/MAD-001/levels/PROD-003"_s),
                       R"({"min":5,"target":12})", m_admin)
                 .status,
             200);
}

void TestServerAlerts::theDigestIsWrittenAndPostedWithRetries()
{
    m_receiver.failures = 2;
    const HttpResponse sent = m_http.post(m_server->url(u"/api/v1/alerts/digest"_s), {}, m_admin);
    QCOMPARE(sent.status, 202);
    QVERIFY(sent.json().value(u"lowProducts"_s).toInt() >= 1);
    QCOMPARE(sent.json().value(u"webhook"_s).toString(), u"queued"_s);
    QFile file(sent.json().value(u"file"_s).toString());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QVERIFY(file.fileName().endsWith(
        u"low-stock-%1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate))));
    const QJsonObject digest = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject line;
    for (const QJsonValue &store : digest.value(u"stores"_s).toArray()) {
        if (store[u"storeId"_s].toString() != u"MAD-001"_s)
            continue;
        for (const QJsonValue &low : store[u"low"_s].toArray())
            if (low[u"productId"_s].toString() == u"PROD-003"_s)
                line = low.toObject();
    }
    QCOMPARE(line.value(u"available"_s).toInteger(), 2);
    QCOMPARE(line.value(u"need"_s).toInteger(), 10);
    // Two 503s, then taken: three posts, the last one the digest.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.accepted.size(), 1, 10'000);
    QCOMPARE(m_receiver.requests, 3);
    QCOMPARE(QJsonDocument::fromJson(m_receiver.accepted.first()).object(), digest);
}

void TestServerAlerts::aWebhookDownBlocksNoCommit()
{
    m_receiver.failures = 1000;
    const int before = m_receiver.requests;
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/alerts/digest"_s), {}, m_admin).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver.requests >= before + 2, 10'000);
    // Retrying meanwhile: writes commit as ever.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http
                     .post(m_server->url(u"/api/v1/products/PROD-003/stock"_s),
                           { { u"storeId"_s, u"MAD-001"_s },
                             { u"operation"_s, u"add"_s },
                             { u"quantity"_s, 1 },
                             { u"reason"_s, u"received"_s } },
                           m_admin)
                     .status,
                 200);
    QCOMPARE(m_http.stockRow(m_server->url(), u"PROD-003"_s, u"MAD-001"_s, m_admin)
                 .value(u"quantity"_s)
                 .toInteger(),
             7);
    m_receiver.failures = 0;
}

void TestServerAlerts::onlyAdminsSendIt()
{
    const QByteArray manager = m_http.login(m_server->url(), u"manager-mad"_s);
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/alerts/digest"_s), {}, manager).status, 403);
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/alerts/digest"_s), {}).status, 401);
}

void TestServerAlerts::withoutAlertsThereIsNothingToSend()
{
    ServerProcess plain;
    QVERIFY2(plain.start(), qPrintable(plain.failureReason()));
    const QByteArray admin = m_http.login(plain.url(), u"admin"_s);
    const HttpResponse r = m_http.post(plain.url(u"/api/v1/alerts/digest"_s), {}, admin);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"INVALID_STATE"_s);
    QCOMPARE(plain.stop(), 0);
}

void TestServerAlerts::theDigestGoesOutAtItsTimeOfDay()
{
    // The schedule itself, not "send now": a server whose digest time is six seconds away
    // writes the day's file and posts it without being asked.
    const QString dir = m_dir.filePath(u"scheduled"_s);
    const QString at = QTime::currentTime().addSecs(6).toString(u"HH:mm:ss"_s);
    Receiver receiver;
    QVERIFY(receiver.listen());
    ServerProcess scheduled({ u"--alert-digest-dir"_s, dir, u"--alert-webhook"_s, receiver.url(),
                              u"--alert-digest-at"_s, at });
    QVERIFY2(scheduled.start(), qPrintable(scheduled.failureReason()));
    const QByteArray admin = m_http.login(scheduled.url(), u"admin"_s);
    QCOMPARE(m_http.setStock(scheduled.url(), u"PROD-003"_s, u"MAD-001"_s, 1, admin), 200);
    QCOMPARE(m_http
                 .send("PUT", scheduled.url(u"/api/v1/stores/MAD-001/levels/PROD-003"_s),
                       R"({"min":4,"target":9})", admin)
                 .status,
             200);
    QVERIFY(QDir(dir).entryList({ u"low-stock-*.json"_s }, QDir::Files).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(QDir(dir).entryList({ u"low-stock-*.json"_s }, QDir::Files).size(), 1,
                              20'000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted.size(), 1, 10'000);
    const QJsonObject posted = QJsonDocument::fromJson(receiver.accepted.first()).object();
    bool found = false;
    for (const QJsonValue &store : posted.value(u"stores"_s).toArray())
        for (const QJsonValue &low : store[u"low"_s].toArray())
            found = found
                || (store[u"storeId"_s].toString() == u"MAD-001"_s
                    && low[u"productId"_s].toString() == u"PROD-003"_s
                    && low[u"need"_s].toInteger() == 8);
    QVERIFY2(found, "the scheduled digest lists PROD-003 at MAD-001 needing 8");
    QCOMPARE(scheduled.stop(), 0);
}

void TestServerAlerts::aWebhookMustBeHttp()
{
    QProcess server;
    server.start(ServerProcess::binary(),
                 { u"--alert-webhook"_s, u"ftp://example.org/x"_s, u"user"_s, u"list"_s });
    QVERIFY(server.waitForFinished(10'000));
    QVERIFY(server.exitCode() != 0);
    QVERIFY2(server.readAllStandardError().contains("alert-webhook"), "names the option");
}

QTEST_GUILESS_MAIN(TestServerAlerts)
#include "tst_serveralerts.moc"
