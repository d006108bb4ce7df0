// Rate limits (429 with Retry-After, per IP and per user) and HTTPS/WSS with --tls-cert.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void rateLimitAnswers429WithRetryAfter();
    void tlsServesHttpsAndWss();
};

void TestServerSecurity::rateLimitAnswers429WithRetryAfter()
{
    ServerProcess server(
        { u"--rate-limit"_s, u"1:5"_s }); // the later option wins over the fixture's 0
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray token = http.login(server.url(), u"clerk-mad"_s);
    int limited = 0;
    HttpResponse last;
    for (int i = 0; i < 12 && limited == 0; ++i) {
        last = http.get(server.url(u"/api/v1/stores"_s), token);
        limited += last.status == 429;
    }
    QCOMPARE(limited, 1);
    QCOMPARE(last.errorCode(), u"RATE_LIMITED"_s);
    QVERIFY(last.headers.value("retry-after").toInt() >= 1);
    QVERIFY(last.json()
                .value(u"error"_s)
                .toObject()
                .value(u"details"_s)
                .toObject()
                .contains(u"retryAfterSeconds"_s));
    QCOMPARE(http.get(server.url(u"/health"_s)).status, 200); // health is never limited
    // The bucket refills at one request a second: polling four times a second, about one
    // in four gets through.
    QList<int> seen;
    for (int i = 0; i < 12; ++i) {
        seen << http.get(server.url(u"/api/v1/stores"_s), token).status;
        QTest::qWait(250);
    }
    QVERIFY(seen.count(200) >= 1 && seen.count(200) <= 5);
    QVERIFY(seen.count(429) >= 6);
}

void TestServerSecurity::tlsServesHttpsAndWss()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                    u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert });
    QVERIFY(openssl.waitForFinished(60'000));
    QCOMPARE(openssl.exitCode(), 0);

    const quint16 port = ServerProcess::freePort();
    QProcess server;
    server.start(ServerProcess::binary(),
                 { u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--db"_s, dir.filePath(u"db"_s),
                   u"--seed"_s, u"demo"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key });
    QVERIFY(server.waitForStarted());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(cert));
    tls.setPeerVerifyMode(
        QSslSocket::VerifyNone); // self-signed for the test; the handshake is what we check
    QNetworkAccessManager network;
    int status = 0;
    QByteArray cipher;
    for (int i = 0; i < 100 && status == 0; ++i) {
        QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/health"_s.arg(port)));
        request.setSslConfiguration(tls);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        cipher = reply->sslConfiguration().sessionCipher().name().toLatin1();
        reply->deleteLater();
        if (status == 0)
            QTest::qWait(100);
    }
    QCOMPARE(status, 200);
    QVERIFY(!cipher.isEmpty());

    QNetworkRequest plain(QUrl(u"http://127.0.0.1:%1/health"_s.arg(port)));
    QNetworkReply *refused = network.get(plain);
    QSignalSpy plainDone(refused, &QNetworkReply::finished);
    QVERIFY(plainDone.wait(10'000));
    QVERIFY(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
            != 200); // no cleartext

    HttpClient http; // the token over HTTPS, then the feed over WSS
    QNetworkRequest loginRequest = HttpClient::request(
        QUrl(u"https://127.0.0.1:%1/api/v1/auth/login"_s.arg(port)), {}, {}, 10'000);
    loginRequest.setSslConfiguration(tls);
    QNetworkReply *login = network.post(loginRequest, R"({"username":"admin","password":"demo"})");
    QSignalSpy loggedIn(login, &QNetworkReply::finished);
    QVERIFY(loggedIn.wait(10'000));
    const QByteArray token = QJsonDocument::fromJson(login->readAll())
                                 .object()
                                 .value(u"token"_s)
                                 .toString()
                                 .toLatin1();
    QVERIFY(!token.isEmpty());
    QWebSocket feed;
    feed.setSslConfiguration(tls);
    QList<QString> messages;
    connect(&feed, &QWebSocket::textMessageReceived, this,
            [&](const QString &m) { messages << m; });
    feed.open(QUrl(u"wss://127.0.0.1:%1/api/v1/feed?since=0&access_token=%2"_s.arg(port).arg(
        QString::fromLatin1(token))));
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 10, 10'000); // the demo seed's events
    // A live event too: written after the subscriber caught up, it reaches it encrypted.
    QTest::qWait(500);
    QNetworkRequest adjust = HttpClient::request(
        QUrl(u"https://127.0.0.1:%1/api/v1/products/PROD-001/stock"_s.arg(port)), token, {},
        10'000);
    adjust.setSslConfiguration(tls);
    QNetworkReply *adjusted
        = network.post(adjust, R"({"storeId":"MAD-001","operation":"add","quantity":2})");
    QSignalSpy adjustDone(adjusted, &QNetworkReply::finished);
    QVERIFY(adjustDone.wait(10'000));
    QCOMPARE(adjusted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const qint64 eventSeq
        = QJsonDocument::fromJson(adjusted->readAll()).object().value(u"eventSeq"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(
            messages.cbegin(), messages.cend(),
            [&](const QString &m) {
                return QJsonDocument::fromJson(m.toUtf8()).object().value(u"seq"_s).toInteger()
                    == eventSeq;
            }),
        10'000);
    QCOMPARE(feed.state(), QAbstractSocket::ConnectedState);
    feed.close();
    server.terminate();
    QVERIFY(server.waitForFinished(10'000));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
