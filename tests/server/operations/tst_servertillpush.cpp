// An enrolled till's queue pushed on its secret (POST /api/v1/devices/{id}/push, API.md
// "Terminals and staff") against a real inventory-server: each operation is its `actor`'s if
// that person is staff of the till's store and their account was enabled when it was made;
// one refused operation does not refuse its neighbours; the events name person and till;
// forged or replayed till credentials are refused (401) and apply nothing; a revoked till's
// push is refused with `details.revoked`; a token may not push another person's operations; a
// disabled account's tokens, password and PIN stop working while what they did before the
// moment of disabling is still taken from the queue.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestServerTillPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void operationsAreTheirActors_data();
    void operationsAreTheirActors();
    void forgedOrReplayedCredentials_data();
    void forgedOrReplayedCredentials();
    void aTokenPushesOnlyItsOwnOperations();
    void aDisabledAccount();
    void aRevokedTillsQueueIsRefused();

private:
    HttpResponse push(const QString &deviceId, const QString &secret, const QJsonArray &operations);
    static QJsonObject sale(const QString &key, const QString &actor, qint64 quantity = 1,
                            const QString &clientTime = {});
    QString enrol(const QString &deviceId, const QString &storeId);
    int operatorRun(const QStringList &arguments);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QString m_secret; // MAD-PUSH-1's
    int m_keys = 0;
};

HttpResponse TestServerTillPush::push(const QString &deviceId, const QString &secret,
                                      const QJsonArray &operations)
{
    return m_http.post(m_server->url(u"/api/v1/devices/%1/push"_s.arg(deviceId)),
                       { { u"deviceSecret"_s, secret }, { u"operations"_s, operations } });
}

QJsonObject TestServerTillPush::sale(const QString &key, const QString &actor, qint64 quantity,
                                     const QString &clientTime)
{
    QJsonObject op { { u"idempotencyKey"_s, key },
                     { u"kind"_s, u"stock"_s },
                     { u"body"_s,
                       QJsonObject { { u"productId"_s, u"PROD-007"_s },
                                     { u"storeId"_s, u"MAD-001"_s },
                                     { u"operation"_s, u"subtract"_s },
                                     { u"quantity"_s, quantity },
                                     { u"reason"_s, u"sale"_s } } } };
    if (!actor.isEmpty())
        op.insert(u"actor"_s, actor);
    if (!clientTime.isEmpty())
        op.insert(u"clientTime"_s, clientTime);
    return op;
}

QString TestServerTillPush::enrol(const QString &deviceId, const QString &storeId)
{
    const HttpResponse enrolled = m_http.post(
        m_server->url(u"/api/v1/devices"_s),
        { { u"deviceId"_s, deviceId }, { u"storeId"_s, storeId }, { u"name"_s, deviceId } },
        m_admin);
    return enrolled.status == 201 ? enrolled.json().value(u"deviceSecret"_s).toString() : QString();
}

int TestServerTillPush::operatorRun(const QStringList &arguments)
{
    QProcess run;
    run.start(ServerProcess::binary(),
              QStringList { u"--db"_s, m_server->databasePath() } + arguments);
    if (!run.waitForFinished(30'000))
        return -1;
    return run.exitCode();
}

void TestServerTillPush::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-007"_s, u"MAD-001"_s, 500, m_admin), 200);
    m_secret = enrol(u"MAD-PUSH-1"_s, u"MAD-001"_s);
    QVERIFY(!m_secret.isEmpty());
    QVERIFY(!enrol(u"BCN-PUSH-1"_s, u"BCN-001"_s).isEmpty());
}

void TestServerTillPush::operationsAreTheirActors_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<int>("status");
    QTest::newRow("the store's clerk") << u"clerk-mad"_s << QString() << 200;
    QTest::newRow("the store's manager, naming the till")
        << u"manager-mad"_s << u"MAD-PUSH-1"_s << 200;
    QTest::newRow("an admin") << u"admin"_s << QString() << 200;
    QTest::newRow("another store's clerk") << u"clerk-bcn"_s << QString() << 403;
    QTest::newRow("nobody of that name") << u"ghost"_s << QString() << 403;
    QTest::newRow("no actor") << QString() << QString() << 400;
    QTest::newRow("another till's id") << u"clerk-mad"_s << u"BCN-PUSH-1"_s << 400;
}

void TestServerTillPush::operationsAreTheirActors()
{
    QFETCH(QString, actor);
    QFETCH(QString, deviceId);
    QFETCH(int, status);
    // Between two good operations of the clerk's: theirs stand whatever happens to it.
    const QString tag = QString::number(++m_keys);
    QJsonObject middle = sale(u"row-"_s + tag, actor);
    if (!deviceId.isEmpty())
        middle.insert(u"deviceId"_s, deviceId);
    const qint64 before = m_http.stockRow(m_server->url(), u"PROD-007"_s, u"MAD-001"_s, m_admin)
                              .value(u"quantity"_s)
                              .toInteger();
    const HttpResponse pushed = push(u"MAD-PUSH-1"_s, m_secret,
                                     { sale(u"before-"_s + tag, u"clerk-mad"_s), middle,
                                       sale(u"after-"_s + tag, u"clerk-mad"_s) });
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0)[u"status"_s].toInt(), 200);
    QCOMPARE(results.at(1)[u"status"_s].toInt(), status);
    QCOMPARE(results.at(2)[u"status"_s].toInt(), 200);
    const qint64 after = m_http.stockRow(m_server->url(), u"PROD-007"_s, u"MAD-001"_s, m_admin)
                             .value(u"quantity"_s)
                             .toInteger();
    QCOMPARE(before - after, status == 200 ? 3 : 2);
    if (status != 200)
        return;
    // The event is the actor's, at this till.
    const QList<QJsonObject> events = m_http.eventsSince(
        m_server->url(), pushed.json().value(u"lastSeq"_s).toInteger() - 2, m_admin);
    QVERIFY(!events.isEmpty());
    const QJsonObject data = events.first().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"actor"_s).toString(), actor);
    QCOMPARE(data.value(u"device"_s).toString(), u"MAD-PUSH-1"_s);
}

void TestServerTillPush::forgedOrReplayedCredentials_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("secret");
    QTest::newRow("an unknown till") << u"MAD-PUSH-9"_s << u"whatever"_s;
    QTest::newRow("a wrong secret")
        << u"MAD-PUSH-1"_s << u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    QTest::newRow("the secret cut short") << u"MAD-PUSH-1"_s << u"@cut"_s;
    QTest::newRow("the secret with a byte more") << u"MAD-PUSH-1"_s << u"@more"_s;
    QTest::newRow("the secret replayed for another till") << u"BCN-PUSH-1"_s << u"@same"_s;
    QTest::newRow("in another case") << u"mad-push-1"_s << u"@same"_s;
    QTest::newRow("an oversized secret") << u"MAD-PUSH-1"_s << QString(300, u'x');
}

void TestServerTillPush::forgedOrReplayedCredentials()
{
    QFETCH(QString, deviceId);
    QFETCH(QString, secret);
    if (secret == u"@cut"_s)
        secret = m_secret.left(m_secret.size() - 1);
    else if (secret == u"@more"_s)
        secret = m_secret + u"A"_s;
    else if (secret == u"@same"_s)
        secret = m_secret;
    const QString key = u"forged-"_s + QString::number(++m_keys);
    const auto quantity = [&] {
        return m_http.stockRow(m_server->url(), u"PROD-007"_s, u"MAD-001"_s, m_admin)
            .value(u"quantity"_s)
            .toInteger();
    };
    const qint64 before = quantity();
    const HttpResponse refused = push(deviceId, secret, { sale(key, u"clerk-mad"_s) });
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), u"UNAUTHENTICATED"_s);
    QCOMPARE(quantity(), before);
    // Nothing of it was kept either: the same key from the real till is applied, once.
    const HttpResponse real = push(u"MAD-PUSH-1"_s, m_secret, { sale(key, u"clerk-mad"_s) });
    QCOMPARE(real.status, 200);
    QCOMPARE(real.json().value(u"results"_s).toArray().at(0)[u"status"_s].toInt(), 200);
    QCOMPARE(quantity(), before - 1);
}

void TestServerTillPush::aTokenPushesOnlyItsOwnOperations()
{
    const QByteArray clerk = m_http.login(m_server->url(), u"clerk-mad"_s);
    const HttpResponse pushed = m_http.post(
        m_server->url(u"/api/v1/sync/push"_s),
        { { u"operations"_s,
            QJsonArray { sale(u"own-1"_s, u"clerk-mad"_s), sale(u"theirs-1"_s, u"manager-mad"_s),
                         sale(u"plain-1"_s, {}) } } },
        clerk);
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.json().value(u"results"_s).toArray();
    QCOMPARE(results.at(0)[u"status"_s].toInt(), 200);
    QCOMPARE(results.at(1)[u"status"_s].toInt(), 403);
    QCOMPARE(results.at(2)[u"status"_s].toInt(), 200);
    // A body without the secret, or with the secret on the token's route, is refused whole.
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/devices/MAD-PUSH-1/push"_s),
                       { { u"operations"_s, QJsonArray { sale(u"x-1"_s, u"clerk-mad"_s) } } })
                 .status,
             400);
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/sync/push"_s),
                       { { u"deviceSecret"_s, m_secret },
                         { u"operations"_s, QJsonArray { sale(u"x-2"_s, u"clerk-mad"_s) } } },
                       clerk)
                 .status,
             400);
}

void TestServerTillPush::aDisabledAccount()
{
    QCOMPARE(operatorRun({ u"user"_s, u"add"_s, u"clerk-leaving"_s, u"--role"_s, u"clerk"_s,
                           u"--stores"_s, u"MAD-001"_s, u"--password"_s, u"adios"_s }),
             0);
    const auto login = [&] {
        return m_http
            .post(m_server->url(u"/api/v1/auth/login"_s),
                  { { u"username"_s, u"clerk-leaving"_s }, { u"password"_s, u"adios"_s } })
            .status;
    };
    QCOMPARE(login(), 200);
    const QByteArray token
        = m_http
              .post(m_server->url(u"/api/v1/auth/login"_s),
                    { { u"username"_s, u"clerk-leaving"_s }, { u"password"_s, u"adios"_s } })
              .json()
              .value(u"token"_s)
              .toString()
              .toLatin1();
    QCOMPARE(m_http
                 .send("PUT", m_server->url(u"/api/v1/users/clerk-leaving/pin"_s),
                       R"({"pin":"5555"})", m_admin)
                 .status,
             200);
    const QUrl staff = m_server->url(u"/api/v1/devices/MAD-PUSH-1/staff"_s);
    QVERIFY(m_http.post(staff, { { u"deviceSecret"_s, m_secret } }).body.contains("clerk-leaving"));
    const QUrl stock = m_server->url(u"/api/v1/stores/MAD-001/stock"_s);
    QCOMPARE(m_http.get(stock, token).status, 200);

    const QString beforeDisabling
        = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
    QCOMPARE(operatorRun({ u"user"_s, u"disable"_s, u"clerk-leaving"_s }), 0);
    // Within a second or two the running server refuses the token; at once, the password,
    // the PIN and the till's staff list.
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(stock, token).status, 401, 10'000);
    QVERIFY(m_http.get(stock, token).body.contains("disabled"));
    QCOMPARE(login(), 401);
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/auth/pin"_s),
                       { { u"deviceId"_s, u"MAD-PUSH-1"_s },
                         { u"deviceSecret"_s, m_secret },
                         { u"username"_s, u"clerk-leaving"_s },
                         { u"pin"_s, u"5555"_s } })
                 .status,
             401);
    QVERIFY(
        !m_http.post(staff, { { u"deviceSecret"_s, m_secret } }).body.contains("clerk-leaving"));
    // The till's queue: what they did before the disabling stands, what it says came after
    // does not.
    const QString afterDisabling
        = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
    const HttpResponse pushed
        = push(u"MAD-PUSH-1"_s, m_secret,
               { sale(u"leaving-1"_s, u"clerk-leaving"_s, 1, beforeDisabling),
                 sale(u"leaving-2"_s, u"clerk-leaving"_s, 1, afterDisabling) });
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.json().value(u"results"_s).toArray();
    QCOMPARE(results.at(0)[u"status"_s].toInt(), 200);
    QCOMPARE(results.at(1)[u"status"_s].toInt(), 403);
    QVERIFY(results.at(1)[u"body"_s]
                .toObject()
                .value(u"error"_s)
                .toObject()
                .value(u"details"_s)
                .toObject()
                .contains(u"disabledAt"_s));
    // Enabled again, they sign in again.
    QCOMPARE(operatorRun({ u"user"_s, u"enable"_s, u"clerk-leaving"_s }), 0);
    QCOMPARE(login(), 200);
}

void TestServerTillPush::aRevokedTillsQueueIsRefused()
{
    QCOMPARE(
        m_http.send("DELETE", m_server->url(u"/api/v1/devices/MAD-PUSH-1"_s), {}, m_admin).status,
        200);
    const HttpResponse refused
        = push(u"MAD-PUSH-1"_s, m_secret, { sale(u"late-1"_s, u"clerk-mad"_s) });
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), u"UNAUTHENTICATED"_s);
    const QJsonObject details
        = refused.json().value(u"error"_s).toObject().value(u"details"_s).toObject();
    QVERIFY(details.value(u"revoked"_s).toBool());
    QCOMPARE(details.value(u"deviceId"_s).toString(), u"MAD-PUSH-1"_s);
    // A wrong secret for the revoked till learns nothing of it.
    const HttpResponse forged
        = push(u"MAD-PUSH-1"_s, u"nope"_s, { sale(u"late-2"_s, u"clerk-mad"_s) });
    QCOMPARE(forged.status, 401);
    QVERIFY(!forged.body.contains("revoked\":true"));
}

QTEST_GUILESS_MAIN(TestServerTillPush)
#include "tst_servertillpush.moc"
