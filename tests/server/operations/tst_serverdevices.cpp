// Enrolled tills and PINs against a real inventory-server (API.md "Terminals and staff"):
// who may enrol, list and revoke a till; the secret answered once; PINs set by whom and of what
// shape; a PIN unlocks its store's tills only, and is throttled per user and per till; forged
// or replayed till credentials are refused; a revoked till's token is refused at once, by the
// route and by the operator's `device revoke`, and after a restart.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestServerDevices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoEnrols_data();
    void whoEnrols();
    void theSecretIsAnsweredOnce();
    void whoSetsAPin_data();
    void whoSetsAPin();
    void forgedTillCredentials_data();
    void forgedTillCredentials();
    void aPinUnlocksItsStoresTills();
    void aRevokedTillIsRefusedAtOnce();
    void wrongPinsAreThrottled();
    void theOperatorRevokesATill();

private:
    HttpResponse enrol(const QString &deviceId, const QString &storeId, const QString &user);
    HttpResponse pinLogin(const QString &deviceId, const QString &secret, const QString &user,
                          const QString &pin);
    HttpResponse setPin(const QString &target, const QString &pin, const QString &by);
    QByteArray token(const QString &user) const { return m_tokens.value(user); }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
    QString m_secret; // MAD-TILL-1's
};

HttpResponse TestServerDevices::enrol(const QString &deviceId, const QString &storeId,
                                      const QString &user)
{
    return m_http.post(m_server->url(u"/api/v1/devices"_s),
                       { { u"deviceId"_s, deviceId },
                         { u"storeId"_s, storeId },
                         { u"name"_s, u"Counter "_s + deviceId } },
                       token(user));
}

HttpResponse TestServerDevices::pinLogin(const QString &deviceId, const QString &secret,
                                         const QString &user, const QString &pin)
{
    return m_http.post(m_server->url(u"/api/v1/auth/pin"_s),
                       { { u"deviceId"_s, deviceId },
                         { u"deviceSecret"_s, secret },
                         { u"username"_s, user },
                         { u"pin"_s, pin } });
}

HttpResponse TestServerDevices::setPin(const QString &target, const QString &pin, const QString &by)
{
    return m_http.send("PUT", m_server->url(u"/api/v1/users/%1/pin"_s.arg(target)),
                       QJsonDocument(QJsonObject { { u"pin"_s, pin } }).toJson(), token(by));
}

void TestServerDevices::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    for (const QString &user : { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s, u"clerk-bcn"_s })
        m_tokens.insert(user, m_http.login(m_server->url(), user));
}

void TestServerDevices::whoEnrols_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("storeId");
    QTest::addColumn<int>("status");
    QTest::newRow("the store's manager")
        << u"manager-mad"_s << u"MAD-TILL-1"_s << u"MAD-001"_s << 201;
    QTest::newRow("again: taken") << u"manager-mad"_s << u"MAD-TILL-1"_s << u"MAD-001"_s << 409;
    QTest::newRow("an admin, any store") << u"admin"_s << u"BCN-TILL-1"_s << u"BCN-001"_s << 201;
    QTest::newRow("a clerk") << u"clerk-mad"_s << u"MAD-TILL-2"_s << u"MAD-001"_s << 403;
    QTest::newRow("another store's manager")
        << u"manager-mad"_s << u"BCN-TILL-2"_s << u"BCN-001"_s << 403;
    QTest::newRow("no such store") << u"admin"_s << u"X-TILL"_s << u"NOPE-001"_s << 404;
    QTest::newRow("a bad id") << u"admin"_s << u"till one"_s << u"MAD-001"_s << 400;
}

void TestServerDevices::whoEnrols()
{
    QFETCH(QString, user);
    QFETCH(QString, deviceId);
    QFETCH(QString, storeId);
    QFETCH(int, status);
    const HttpResponse answer = enrol(deviceId, storeId, user);
    QCOMPARE(answer.status, status);
    if (status != 201)
        return;
    const QJsonObject device = answer.json();
    QCOMPARE(device.value(u"deviceId"_s).toString(), deviceId);
    QCOMPARE(device.value(u"storeId"_s).toString(), storeId);
    QCOMPARE(device.value(u"enrolledBy"_s).toString(), user);
    QVERIFY(device.value(u"deviceSecret"_s).toString().size() >= 40);
    if (deviceId == u"MAD-TILL-1"_s)
        m_secret = device.value(u"deviceSecret"_s).toString();
}

void TestServerDevices::theSecretIsAnsweredOnce()
{
    QVERIFY(!m_secret.isEmpty());
    const HttpResponse all = m_http.get(m_server->url(u"/api/v1/devices"_s), token(u"admin"_s));
    QCOMPARE(all.status, 200);
    const QJsonArray devices = all.json().value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 2);
    QVERIFY(!all.body.contains(m_secret.toUtf8()));
    QVERIFY(!all.body.contains("deviceSecret"));
    // A manager sees the tills of their stores only; a clerk none.
    const HttpResponse mine
        = m_http.get(m_server->url(u"/api/v1/devices"_s), token(u"manager-mad"_s));
    QCOMPARE(mine.json().value(u"devices"_s).toArray().size(), 1);
    QCOMPARE(mine.json()[u"devices"_s][0][u"deviceId"_s].toString(), u"MAD-TILL-1"_s);
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/devices"_s), token(u"clerk-mad"_s)).status, 403);
    QCOMPARE(
        m_http.get(m_server->url(u"/api/v1/devices?storeId=BCN-001"_s), token(u"manager-mad"_s))
            .status,
        403);
}

void TestServerDevices::whoSetsAPin_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("by");
    QTest::addColumn<int>("status");
    QTest::newRow("one's own") << u"clerk-mad"_s << u"2468"_s << u"clerk-mad"_s << 200;
    QTest::newRow("a clerk's, by their manager")
        << u"clerk-mad"_s << u"1357"_s << u"manager-mad"_s << 200;
    QTest::newRow("anyone's, by an admin") << u"clerk-bcn"_s << u"97531"_s << u"admin"_s << 200;
    QTest::newRow("the manager's own") << u"manager-mad"_s << u"86420"_s << u"manager-mad"_s << 200;
    QTest::newRow("another store's clerk")
        << u"clerk-bcn"_s << u"1111"_s << u"manager-mad"_s << 403;
    QTest::newRow("a clerk, another's") << u"clerk-bcn"_s << u"1111"_s << u"clerk-mad"_s << 403;
    QTest::newRow("a clerk, the manager's")
        << u"manager-mad"_s << u"1111"_s << u"clerk-mad"_s << 403;
    QTest::newRow("no such user") << u"nobody"_s << u"1111"_s << u"admin"_s << 404;
    QTest::newRow("three digits") << u"clerk-mad"_s << u"123"_s << u"clerk-mad"_s << 400;
    QTest::newRow("nine digits") << u"clerk-mad"_s << u"123456789"_s << u"clerk-mad"_s << 400;
    QTest::newRow("not digits") << u"clerk-mad"_s << u"12a4"_s << u"clerk-mad"_s << 400;
}

void TestServerDevices::whoSetsAPin()
{
    QFETCH(QString, target);
    QFETCH(QString, pin);
    QFETCH(QString, by);
    QFETCH(int, status);
    const HttpResponse answer = setPin(target, pin, by);
    QCOMPARE(answer.status, status);
    if (status == 200)
        QCOMPARE(answer.json().value(u"pinSet"_s).toBool(), true);
}

void TestServerDevices::aPinUnlocksItsStoresTills()
{
    // clerk-mad's PIN is the manager's 1357 now: the first one no longer works.
    QCOMPARE(pinLogin(u"MAD-TILL-1"_s, m_secret, u"clerk-mad"_s, u"2468"_s).status, 401);
    const HttpResponse unlocked = pinLogin(u"MAD-TILL-1"_s, m_secret, u"clerk-mad"_s, u"1357"_s);
    QCOMPARE(unlocked.status, 200);
    QCOMPARE(unlocked.json().value(u"deviceId"_s).toString(), u"MAD-TILL-1"_s);
    QCOMPARE(unlocked.json()[u"user"_s][u"id"_s].toString(), u"clerk-mad"_s);
    const QByteArray tillToken = unlocked.json().value(u"token"_s).toString().toLatin1();
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/stores/MAD-001/stock"_s), tillToken).status, 200);
    // A sale with the PIN's token is the clerk's.
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-003"_s, u"MAD-001"_s, 5, token(u"admin"_s)),
             200);
    const HttpResponse sold
        = m_http.post(m_server->url(u"/api/v1/tickets"_s),
                      { { u"ticketId"_s, u"PIN-T-1"_s },
                        { u"storeId"_s, u"MAD-001"_s },
                        { u"lines"_s,
                          QJsonArray { QJsonObject { { u"productId"_s, u"PROD-003"_s },
                                                     { u"quantity"_s, 1 } } } },
                        { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } },
                      tillToken);
    QCOMPARE(sold.status, 201);
    QCOMPARE(sold.json().value(u"seller"_s).toString(), u"clerk-mad"_s);
    // The manager unlocks the same till; Barcelona's clerk does not work there.
    QCOMPARE(pinLogin(u"MAD-TILL-1"_s, m_secret, u"manager-mad"_s, u"86420"_s).status, 200);
    QCOMPARE(pinLogin(u"MAD-TILL-1"_s, m_secret, u"clerk-bcn"_s, u"97531"_s).status, 401);
    // An admin without a PIN cannot use one.
    QCOMPARE(pinLogin(u"MAD-TILL-1"_s, m_secret, u"admin"_s, u"0000"_s).status, 401);
}

void TestServerDevices::forgedTillCredentials_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("secret");
    QTest::newRow("an unknown till") << u"MAD-TILL-9"_s << u"whatever"_s;
    QTest::newRow("a wrong secret")
        << u"MAD-TILL-1"_s << u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    QTest::newRow("an empty secret") << u"BCN-TILL-1"_s << QString();
    QTest::newRow("the secret cut short") << u"MAD-TILL-1"_s << u"@cut"_s;
    QTest::newRow("the secret with a byte more") << u"MAD-TILL-1"_s << u"@more"_s;
    QTest::newRow("the secret for another till") << u"BCN-TILL-1"_s << u"@same"_s;
    QTest::newRow("an oversized secret") << u"MAD-TILL-1"_s << QString(300, u'x');
}

void TestServerDevices::forgedTillCredentials()
{
    QFETCH(QString, deviceId);
    QFETCH(QString, secret);
    if (secret == u"@cut"_s)
        secret = m_secret.left(m_secret.size() - 1);
    else if (secret == u"@more"_s)
        secret = m_secret + u"A"_s;
    else if (secret == u"@same"_s)
        secret = m_secret;
    // Under a name of its own so that the throttle of real people is not touched; the till's
    // failures count, but fewer than the five free ones (an oversized secret is refused
    // before any check).
    const HttpResponse refused = pinLogin(deviceId, secret, u"ghost"_s, u"1234"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), u"UNAUTHENTICATED"_s);
    QVERIFY(!refused.body.contains("token"));
    // Nor do they fetch the till's staff and their PINs' hashes.
    const HttpResponse staff
        = m_http.post(m_server->url(u"/api/v1/devices/%1/staff"_s.arg(deviceId)),
                      { { u"deviceSecret"_s, secret } });
    QCOMPARE(staff.status, 401);
    QVERIFY(!staff.body.contains("pinHash"));
}

void TestServerDevices::aRevokedTillIsRefusedAtOnce()
{
    const HttpResponse unlocked = pinLogin(u"MAD-TILL-1"_s, m_secret, u"manager-mad"_s, u"86420"_s);
    QCOMPARE(unlocked.status, 200);
    const QByteArray tillToken = unlocked.json().value(u"token"_s).toString().toLatin1();
    const QUrl stock = m_server->url(u"/api/v1/stores/MAD-001/stock"_s);
    QCOMPARE(m_http.get(stock, tillToken).status, 200);
    // A clerk may not revoke; the store's manager may.
    QCOMPARE(m_http
                 .send("DELETE", m_server->url(u"/api/v1/devices/MAD-TILL-1"_s), {},
                       token(u"clerk-mad"_s))
                 .status,
             403);
    QCOMPARE(m_http
                 .send("DELETE", m_server->url(u"/api/v1/devices/BCN-TILL-1"_s), {},
                       token(u"manager-mad"_s))
                 .status,
             403);
    const HttpResponse revoked = m_http.send(
        "DELETE", m_server->url(u"/api/v1/devices/MAD-TILL-1"_s), {}, token(u"manager-mad"_s));
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.json().contains(u"revokedAt"_s));
    // At once: the very next request with the till's token.
    const HttpResponse refused = m_http.get(stock, tillToken);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), u"UNAUTHENTICATED"_s);
    QVERIFY(refused.body.contains("revoked"));
    QCOMPARE(pinLogin(u"MAD-TILL-1"_s, m_secret, u"manager-mad"_s, u"86420"_s).status, 401);
    // Nor does the feed take it.
    QWebSocket feed;
    QString refusal;
    connect(&feed, &QWebSocket::textMessageReceived, this,
            [&](const QString &text) { refusal = text; });
    QSignalSpy closed(&feed, &QWebSocket::disconnected);
    feed.open(
        m_server->wsUrl(u"/api/v1/feed?since=0&access_token="_s + QString::fromLatin1(tillToken)));
    QVERIFY(closed.wait(10'000));
    QCOMPARE(feed.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(refusal.contains(u"revoked"_s), qPrintable(refusal));
    // The manager's password token is not the till's.
    QCOMPARE(m_http.get(stock, token(u"manager-mad"_s)).status, 200);
    // Revoking again answers the same; an unknown till is 404.
    QCOMPARE(
        m_http.send("DELETE", m_server->url(u"/api/v1/devices/MAD-TILL-1"_s), {}, token(u"admin"_s))
            .json()
            .value(u"revokedAt"_s),
        revoked.json().value(u"revokedAt"_s));
    QCOMPARE(m_http.send("DELETE", m_server->url(u"/api/v1/devices/NOPE"_s), {}, token(u"admin"_s))
                 .status,
             404);
    // A restart does not bring it back.
    QVERIFY2(m_server->restart(), qPrintable(m_server->failureReason()));
    QCOMPARE(m_http.get(stock, tillToken).status, 401);
    QCOMPARE(m_http.get(stock, token(u"manager-mad"_s)).status, 200);
}

void TestServerDevices::wrongPinsAreThrottled()
{
    // A clerk and a till of their own, so that no earlier failure counts: Seville's, added by
    // the operator while the server runs.
    QProcess add;
    add.start(ServerProcess::binary(),
              { u"--db"_s, m_server->databasePath(), u"user"_s, u"add"_s, u"clerk-sev"_s,
                u"--role"_s, u"clerk"_s, u"--stores"_s, u"SEV-001"_s, u"--password"_s,
                u"sevilla"_s });
    QVERIFY(add.waitForFinished(30'000));
    QCOMPARE(add.exitCode(), 0);
    QCOMPARE(setPin(u"clerk-sev"_s, u"4321"_s, u"admin"_s).status, 200);
    const HttpResponse enrolled = enrol(u"SEV-TILL-1"_s, u"SEV-001"_s, u"admin"_s);
    QCOMPARE(enrolled.status, 201);
    const QString secret = enrolled.json().value(u"deviceSecret"_s).toString();
    // Five wrong PINs are free; the sixth makes the next try wait, even with the right PIN.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(pinLogin(u"SEV-TILL-1"_s, secret, u"clerk-sev"_s, u"0000"_s).status, 401);
    const HttpResponse waiting = pinLogin(u"SEV-TILL-1"_s, secret, u"clerk-sev"_s, u"0001"_s);
    QCOMPARE(waiting.status, 429);
    QVERIFY(waiting.headers.value("retry-after").toInt() >= 1);
    QCOMPARE(pinLogin(u"SEV-TILL-1"_s, secret, u"clerk-sev"_s, u"4321"_s).status, 429);
    // The password still signs the clerk in (another throttle, other keys).
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/auth/login"_s),
                       { { u"username"_s, u"clerk-sev"_s }, { u"password"_s, u"sevilla"_s } })
                 .status,
             200);
    // After the wait, the right PIN unlocks.
    const int wait = waiting.headers.value("retry-after").toInt();
    QVERIFY(wait <= 2);
    QTRY_COMPARE_WITH_TIMEOUT(pinLogin(u"SEV-TILL-1"_s, secret, u"clerk-sev"_s, u"4321"_s).status,
                              200, 5'000);
}

void TestServerDevices::theOperatorRevokesATill()
{
    // Barcelona's till, unlocked by its clerk, revoked by the operator from the command line
    // while the server runs: the server learns of it within a second or two.
    const HttpResponse enrolled = enrol(u"BCN-TILL-3"_s, u"BCN-001"_s, u"admin"_s);
    QCOMPARE(enrolled.status, 201);
    const QString secret = enrolled.json().value(u"deviceSecret"_s).toString();
    const HttpResponse unlocked = pinLogin(u"BCN-TILL-3"_s, secret, u"clerk-bcn"_s, u"97531"_s);
    QCOMPARE(unlocked.status, 200);
    const QByteArray tillToken = unlocked.json().value(u"token"_s).toString().toLatin1();
    const QUrl stock = m_server->url(u"/api/v1/stores/BCN-001/stock"_s);
    QCOMPARE(m_http.get(stock, tillToken).status, 200);
    QProcess list;
    list.start(ServerProcess::binary(),
               { u"--db"_s, m_server->databasePath(), u"device"_s, u"list"_s });
    QVERIFY(list.waitForFinished(30'000));
    QCOMPARE(list.exitCode(), 0);
    const QByteArray listed = list.readAllStandardOutput();
    QVERIFY2(listed.contains("BCN-TILL-3\tBCN-001"), listed.constData());
    QVERIFY2(listed.contains("MAD-TILL-1\tMAD-001"), listed.constData());
    QVERIFY(listed.contains("revoked"));
    QProcess revoke;
    revoke.start(
        ServerProcess::binary(),
        { u"--db"_s, m_server->databasePath(), u"device"_s, u"revoke"_s, u"BCN-TILL-3"_s });
    QVERIFY(revoke.waitForFinished(30'000));
    QCOMPARE(revoke.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(stock, tillToken).status, 401, 10'000);
    QCOMPARE(pinLogin(u"BCN-TILL-3"_s, secret, u"clerk-bcn"_s, u"97531"_s).status, 401);
    QProcess unknown;
    unknown.start(ServerProcess::binary(),
                  { u"--db"_s, m_server->databasePath(), u"device"_s, u"revoke"_s, u"NOPE"_s });
    QVERIFY(unknown.waitForFinished(30'000));
    QCOMPARE(unknown.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestServerDevices)
#include "tst_serverdevices.moc"
