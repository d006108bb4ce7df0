// Transfers over HTTP against a real inventory-server (API.md "Transfers between stores"): who
// may take each step, the feed carrying every step to both stores, and a receipt sent twice from
// a till's queue received once. (Reason codes and the movement history:
// tst_servermovementhistory.)
#include "servertransferfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QWebSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
const QString ExtraPassword = u"transfers-test-pw"_s;

// A store's live feed, every message kept.
class StoreFeed : public QObject
{
public:
    QWebSocket socket;
    QStringList types;

    explicit StoreFeed(const QUrl &url)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            types << QJsonDocument::fromJson(text.toUtf8()).object().value(u"type"_s).toString();
        });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        connected.wait(10'000);
    }
    int count(const QString &type) const { return int(types.count(type)); }
};
} // namespace

class TestServerTransfers : public QObject, public ServerTransferFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoMayTakeEachStep_data();
    void whoMayTakeEachStep();
    void theFeedCarriesEveryStepToBothStores();
    void aReceiptSentTwiceFromTheQueueIsReceivedOnce();

private:
    // A transfer of PROD-010 from BCN-001 to MAD-001 taken to `state` by the admin.
    QString transferIn(const QString &state);

    int m_next = 0;
};

void TestServerTransfers::initTestCase()
{
    QVERIFY2(startServer(), qPrintable(m_server->failureReason()));
    // The demo's users plus a manager of the origin and a clerk of neither store, added by the
    // operator's command while the server is stopped.
    QCOMPARE(m_server->stop(), 0);
    const QList<QStringList> extra { { u"manager-bcn"_s, u"manager"_s, u"BCN-001"_s },
                                     { u"clerk-val"_s, u"clerk"_s, u"VAL-001"_s } };
    for (const QStringList &user : extra) {
        QProcess add;
        add.start(ServerProcess::binary(),
                  { u"--db"_s, m_server->databasePath(), u"--log-format"_s, u"text"_s, u"user"_s,
                    u"add"_s, user.at(0), u"--role"_s, user.at(1), u"--stores"_s, user.at(2),
                    u"--password"_s, ExtraPassword });
        QVERIFY(add.waitForFinished(30'000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    signIn();
    for (const QStringList &user : extra) {
        const HttpResponse login
            = m_http.post(m_server->url(u"/api/v1/auth/login"_s),
                          { { u"username"_s, user.at(0) }, { u"password"_s, ExtraPassword } });
        QCOMPARE(login.status, 200);
        m_tokens.insert(user.at(0), login.json().value(u"token"_s).toString().toLatin1());
    }
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-010"_s, u"BCN-001"_s, 5000,
                             m_tokens.value(u"admin"_s)),
             200);
}

QString TestServerTransfers::transferIn(const QString &state)
{
    const QString id = u"XT-%1"_s.arg(++m_next);
    const QByteArray admin = m_tokens.value(u"admin"_s);
    if (state == u"NONE"_s)
        return id;
    m_http.post(m_server->url(u"/api/v1/transfers"_s),
                { { u"transferId"_s, id },
                  { u"fromStoreId"_s, u"BCN-001"_s },
                  { u"toStoreId"_s, u"MAD-001"_s },
                  { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 4) } } },
                admin);
    if (state == u"CANCELLED"_s)
        step(id, u"cancel"_s, {}, admin);
    if (state == u"REQUESTED"_s || state == u"CANCELLED"_s)
        return id;
    step(id, u"ship"_s, {}, admin);
    if (state == u"PARTIALLY_RECEIVED"_s || state == u"CLOSED"_s)
        step(id, u"receive"_s, { { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 1) } } }, admin);
    if (state == u"RECEIVED"_s)
        step(id, u"receive"_s, { { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 4) } } }, admin);
    if (state == u"CLOSED"_s)
        step(id, u"close"_s, {}, admin);
    return id;
}

void TestServerTransfers::whoMayTakeEachStep_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    // Every status × every verb × every role and store, for a transfer BCN-001 → MAD-001.
    // The rules of API.md, written out once here: who may take a step is checked first (403),
    // then whether the transfer's status allows it (409); a step on a transfer that does not
    // exist is 404 for everybody, and a request for an id already taken with other lines is
    // refused as the reuse of its idempotency key (422).
    const QStringList origin { u"admin"_s, u"manager-bcn"_s, u"clerk-bcn"_s };
    const QStringList destination { u"admin"_s, u"manager-mad"_s, u"clerk-mad"_s };
    const auto allowed = [&](const QString &verb, const QString &user) {
        if (verb == u"ship"_s)
            return origin.contains(user);
        if (verb == u"receive"_s)
            return destination.contains(user);
        if (verb == u"close"_s)
            return destination.contains(user) && !user.startsWith(u"clerk"_s);
        return origin.contains(user) || destination.contains(user); // request, cancel
    };
    const QHash<QString, QStringList> statesFor {
        { u"request"_s, { u"NONE"_s } },
        { u"ship"_s, { u"REQUESTED"_s } },
        { u"receive"_s, { u"IN_TRANSIT"_s, u"PARTIALLY_RECEIVED"_s } },
        { u"close"_s, { u"IN_TRANSIT"_s, u"PARTIALLY_RECEIVED"_s } },
        { u"cancel"_s, { u"REQUESTED"_s } },
    };
    const QStringList states { u"NONE"_s,       u"REQUESTED"_s,
                               u"IN_TRANSIT"_s, u"PARTIALLY_RECEIVED"_s,
                               u"RECEIVED"_s,   u"CLOSED"_s,
                               u"CANCELLED"_s };
    const QStringList users { u"admin"_s,       u"manager-mad"_s, u"clerk-mad"_s,
                              u"manager-bcn"_s, u"clerk-bcn"_s,   u"clerk-val"_s };
    for (const QString &state : states) {
        for (const QString &verb :
             { u"request"_s, u"ship"_s, u"receive"_s, u"close"_s, u"cancel"_s }) {
            for (const QString &user : users) {
                int status = 200;
                if (state == u"NONE"_s && verb != u"request"_s)
                    status = 404;
                else if (!allowed(verb, user))
                    status = 403;
                else if (verb == u"request"_s && state != u"NONE"_s)
                    status = 422;
                else if (!statesFor.value(verb).contains(state))
                    status = 409;
                else if (verb == u"request"_s)
                    status = 201;
                QTest::addRow("%s %s by %s", qPrintable(state), qPrintable(verb), qPrintable(user))
                    << state << verb << user << status;
            }
        }
    }
}

void TestServerTransfers::whoMayTakeEachStep()
{
    QFETCH(QString, state);
    QFETCH(QString, verb);
    QFETCH(QString, user);
    QFETCH(int, status);
    const QString id = transferIn(state);
    const QByteArray token = m_tokens.value(user);
    QVERIFY2(!token.isEmpty(), qPrintable(user));
    HttpResponse answer;
    if (verb == u"request"_s)
        answer = m_http.post(m_server->url(u"/api/v1/transfers"_s),
                             { { u"transferId"_s, id },
                               { u"fromStoreId"_s, u"BCN-001"_s },
                               { u"toStoreId"_s, u"MAD-001"_s },
                               { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 2) } } },
                             token);
    else if (verb == u"receive"_s)
        answer = step(id, verb, { { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 1) } } }, token);
    else
        answer = step(id, verb, {}, token);
    QCOMPARE(answer.status, status);
    if (status == 403)
        QCOMPARE(answer.errorCode(), u"FORBIDDEN"_s);
    if (status == 404)
        QCOMPARE(answer.errorCode(), u"NOT_FOUND"_s);
    if (status == 409)
        QCOMPARE(answer.errorCode(), u"INVALID_STATE"_s);
    if (status == 422)
        QCOMPARE(answer.errorCode(), u"IDEMPOTENCY_KEY_REUSED"_s);
    if (status < 300 && verb != u"request"_s) {
        const HttpResponse shown
            = m_http.get(m_server->url(u"/api/v1/transfers/"_s + id), m_tokens.value(u"admin"_s));
        const QHash<QString, QString> after {
            { u"ship"_s, u"IN_TRANSIT"_s },
            { u"receive"_s, u"PARTIALLY_RECEIVED"_s },
            { u"close"_s, u"CLOSED"_s },
            { u"cancel"_s, u"CANCELLED"_s },
        };
        QCOMPARE(shown.json().value(u"status"_s).toString(), after.value(verb));
    }
}

void TestServerTransfers::theFeedCarriesEveryStepToBothStores()
{
    const QString token = QString::fromLatin1(m_tokens.value(u"admin"_s));
    const qint64 since = m_http.eventsSince(m_server->url(), 0, m_tokens.value(u"admin"_s))
                             .constLast()
                             .value(u"seq"_s)
                             .toInteger();
    StoreFeed madrid(m_server->wsUrl(
        u"/api/v1/feed?storeId=MAD-001&since=%1&access_token=%2"_s.arg(since).arg(token)));
    StoreFeed barcelona(m_server->wsUrl(
        u"/api/v1/feed?storeId=BCN-001&since=%1&access_token=%2"_s.arg(since).arg(token)));
    const QString id = transferIn(u"IN_TRANSIT"_s);
    QCOMPARE(step(id, u"receive"_s, { { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 1, 1) } } },
                  m_tokens.value(u"clerk-mad"_s))
                 .status,
             200);
    QCOMPARE(
        step(id, u"close"_s, { { u"note"_s, u"two lost"_s } }, m_tokens.value(u"manager-mad"_s))
            .status,
        200);
    for (StoreFeed *feed : { &madrid, &barcelona }) {
        for (const QString &type : { u"transfer.requested"_s, u"transfer.shipped"_s,
                                     u"transfer.received"_s, u"transfer.closed"_s })
            QTRY_COMPARE(feed->count(type), 1);
    }
    const QJsonObject row
        = m_http.stockRow(m_server->url(), u"PROD-010"_s, u"MAD-001"_s, m_tokens.value(u"admin"_s));
    QVERIFY(row.contains(u"incoming"_s));
    const HttpResponse closed
        = m_http.get(m_server->url(u"/api/v1/transfers/"_s + id), m_tokens.value(u"clerk-mad"_s));
    QCOMPARE(closed.json().value(u"status"_s).toString(), u"CLOSED"_s);
    const QJsonObject line = closed.json().value(u"lines"_s).toArray().first().toObject();
    QCOMPARE(line.value(u"received"_s).toInteger(), 1);
    QCOMPARE(line.value(u"damaged"_s).toInteger(), 1);
    QCOMPARE(line.value(u"lost"_s).toInteger(), 2);
}

void TestServerTransfers::aReceiptSentTwiceFromTheQueueIsReceivedOnce()
{
    const QString id = transferIn(u"IN_TRANSIT"_s);
    const QByteArray clerk = m_tokens.value(u"clerk-mad"_s);
    const qint64 before = m_http.stockRow(m_server->url(), u"PROD-010"_s, u"MAD-001"_s, clerk)
                              .value(u"quantity"_s)
                              .toInteger();
    const QJsonObject push {
        { u"operations"_s,
          QJsonArray { QJsonObject {
              { u"idempotencyKey"_s, u"recv-"_s + id },
              { u"kind"_s, u"transferReceive"_s },
              { u"clientTime"_s, u"2026-12-03T08:00:00.000Z"_s },
              { u"body"_s,
                QJsonObject { { u"transferId"_s, id },
                              { u"lines"_s, QJsonArray { lines(u"PROD-010"_s, 3) } } } } } } }
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        const HttpResponse pushed = m_http.post(m_server->url(u"/api/v1/sync/push"_s), push, clerk);
        QCOMPARE(pushed.status, 200);
        const QJsonObject result = pushed.json().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"status"_s).toInt(), 200);
        QCOMPARE(result.value(u"body"_s).toObject().value(u"status"_s).toString(),
                 u"PARTIALLY_RECEIVED"_s);
    }
    const QJsonObject row = m_http.stockRow(m_server->url(), u"PROD-010"_s, u"MAD-001"_s, clerk);
    QCOMPARE(row.value(u"quantity"_s).toInteger(), before + 3);
    // A clerk of the origin may not receive from the queue either.
    QJsonObject other = push;
    QJsonArray ops = other.value(u"operations"_s).toArray();
    QJsonObject op = ops.first().toObject();
    op.insert(u"idempotencyKey"_s, u"recv-bcn-"_s + id);
    ops[0] = op;
    other.insert(u"operations"_s, ops);
    const HttpResponse refused
        = m_http.post(m_server->url(u"/api/v1/sync/push"_s), other, m_tokens.value(u"clerk-bcn"_s));
    QCOMPARE(
        refused.json().value(u"results"_s).toArray().first().toObject().value(u"status"_s).toInt(),
        403);
}

QTEST_GUILESS_MAIN(TestServerTransfers)
#include "tst_servertransfers.moc"
