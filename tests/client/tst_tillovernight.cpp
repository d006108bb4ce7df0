// A night without the server (issue "Tills and staff", API.md "Terminals and staff"), at the
// client core against a real inventory-server: a manager enrols the till and two clerks sign
// in with their PINs; the server stops in the evening; both the till's clock and the server's
// move 30 hours on, so every token either side issued has expired; the till starts again,
// the clerks unlock it in turns against its copy of their PINs and sell; when the server is
// back the queue drains on the till's secret and every sale is its seller's, at this till, in
// the tickets, the day report and the history. A revoked till's queue is refused with the
// documented answer and nothing of it is lost.
#include "core/client/clientsession.h"
#include "core/client/tickets/ticketdesk.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "core/domain/timestamp.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
constexpr qint64 kNightSeconds = 30 * 3600;

template<typename T>
std::optional<Result<T>> waitFor(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return std::nullopt;
    return result;
}
} // namespace

class TestTillOvernight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theEvening();
    void theMorningWithoutTheServer();
    void theServerIsBack();
    void aRevokedTillKeepsItsQueue();

private:
    Status queueTicket(const QString &productId, qint64 quantity, QString *ticketId);
    int operatorRun(const QStringList &arguments);
    void openTill();

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() };
    std::unique_ptr<ClientSession> m_session;
    QByteArray m_eveningToken;
    QString m_ticketA;
    QString m_ticketB;
};

int TestTillOvernight::operatorRun(const QStringList &arguments)
{
    QProcess run;
    run.start(ServerProcess::binary(),
              QStringList { u"--db"_s, m_server->databasePath() } + arguments);
    if (!run.waitForFinished(30'000))
        return -1;
    return run.exitCode();
}

void TestTillOvernight::openTill()
{
    m_session = std::make_unique<ClientSession>(m_dir.filePath(u"till.db"_s), m_clock);
    m_session->setRetryPolicy(1, 2000, 100);
    QVERIFY(m_session->open());
}

Status TestTillOvernight::queueTicket(const QString &productId, qint64 quantity, QString *ticketId)
{
    auto charged = waitFor<QJsonObject>([&](auto done) {
        TicketDesk(*m_session)
            .charge({ TicketLine { productId, quantity, std::nullopt, {} } }, u"cash"_s,
                    std::move(done));
    });
    if (!charged)
        return Error::unavailable(u"no answer"_s);
    if (!*charged)
        return charged->error();
    if (!charged->value().value(u"queued"_s).toBool())
        return Error::unavailable(u"the ticket was not queued"_s);
    *ticketId = charged->value().value(u"ticketId"_s).toString();
    return {};
}

void TestTillOvernight::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    QCOMPARE(operatorRun({ u"user"_s, u"add"_s, u"clerk-mad-2"_s, u"--role"_s, u"clerk"_s,
                           u"--stores"_s, u"MAD-001"_s, u"--password"_s, u"segunda"_s }),
             0);
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    for (const auto &[user, pin] :
         { std::pair { "clerk-mad", "2468" }, { "clerk-mad-2", "8642" } }) {
        const HttpResponse set = m_http.send(
            "PUT", m_server->url(u"/api/v1/users/%1/pin"_s.arg(QLatin1StringView(user))),
            QByteArray(R"({"pin":")") + pin + "\"}", m_admin);
        QCOMPARE(set.status, 200);
    }
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-006"_s, u"MAD-001"_s, 20, m_admin), 200);
    openTill();
}

void TestTillOvernight::theEvening()
{
    std::optional<Result<User>> manager;
    m_session->signIn({ m_server->url() }, u"manager-mad"_s, u"demo"_s,
                      [&](Result<User> u, bool) { manager = u; });
    QVERIFY(QTest::qWaitFor([&] { return manager.has_value(); }, 10'000));
    QVERIFY(manager->ok());
    TillDesk till(*m_session);
    auto enrolled = waitFor<QJsonObject>([&](auto done) {
        till.enrol(u"MAD-NIGHT-1"_s, u"MAD-001"_s, u"Counter by the door"_s, std::move(done));
    });
    QVERIFY(enrolled && enrolled->ok());
    auto clerk = waitFor<User>(
        [&](auto done) { till.unlock(u"clerk-mad"_s, u"2468"_s, std::move(done)); });
    QVERIFY(clerk && clerk->ok());
    m_eveningToken = m_session->api().token();
    // The PIN sign-in fetched the staff for the night: both clerks are on it.
    QTRY_VERIFY(StaffRoster(*m_session).people().value().size() >= 2);
    auto initial = waitFor<int>([&](auto done) {
        m_session->sync().syncOnce(
            [done](Status s) { done(s ? Result<int>(0) : Result<int>(s.error())); });
    });
    QVERIFY(initial && initial->ok());
    QCOMPARE(m_server->stop(), 0);
    m_session.reset();
}

void TestTillOvernight::theMorningWithoutTheServer()
{
    m_clock.advance(kNightSeconds * 1000);
    openTill();
    const QList<QUrl> servers = m_session->savedServers().value();
    // The evening's session has expired, on the till as on the server.
    const auto resumed = m_session->resume(servers);
    QVERIFY(!resumed);
    QCOMPARE(resumed.error().details().value(u"session"_s).toString(), u"expired"_s);

    // Guessing a PIN at the till is slowed down as at the server: five wrong ones are free,
    // the sixth makes the next try wait, even with the right PIN, for the person and the till.
    StaffRoster roster(*m_session);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(roster.verify(u"clerk-mad-2"_s, u"0000"_s).error().code(),
                 ErrorCode::Unauthenticated);
    const auto waiting = roster.verify(u"clerk-mad-2"_s, u"8642"_s);
    QCOMPARE(waiting.error().code(), ErrorCode::RateLimited);
    QCOMPARE(waiting.error().details().value(u"retryAfterSeconds"_s).toInteger(), 1);
    QCOMPARE(roster.verify(u"clerk-mad"_s, u"2468"_s).error().code(), ErrorCode::RateLimited);
    // A restart of the till does not clear it.
    m_session.reset();
    openTill();
    QCOMPARE(StaffRoster(*m_session).verify(u"clerk-mad"_s, u"2468"_s).error().code(),
             ErrorCode::RateLimited);
    m_clock.advance(1'000);

    // The first clerk unlocks against the till's copy of the PINs and sells.
    const auto first = StaffRoster(*m_session).verify(u"clerk-mad"_s, u"2468"_s);
    QVERIFY(first.ok());
    m_session->adoptOffline(servers, first.value());
    QCOMPARE(m_session->user().id, u"clerk-mad"_s);
    QCOMPARE(m_session->storeId(), u"MAD-001"_s);
    QVERIFY(m_session->needsOnlineUnlock());
    QVERIFY(queueTicket(u"PROD-006"_s, 2, &m_ticketA));

    // The second clerk takes over with one PIN, and a wrong one does not.
    QCOMPARE(StaffRoster(*m_session).verify(u"clerk-mad-2"_s, u"2468"_s).error().code(),
             ErrorCode::Unauthenticated);
    // Their seventh wrong PIN since the last right one: the next try waits twice as long.
    QCOMPARE(StaffRoster(*m_session)
                 .verify(u"clerk-mad-2"_s, u"8642"_s)
                 .error()
                 .details()
                 .value(u"retryAfterSeconds"_s)
                 .toInteger(),
             2);
    m_clock.advance(2'000);
    const auto second = StaffRoster(*m_session).verify(u"clerk-mad-2"_s, u"8642"_s);
    QVERIFY(second.ok());
    m_session->adoptOffline(servers, second.value());
    QCOMPARE(m_session->user().id, u"clerk-mad-2"_s);
    QVERIFY(queueTicket(u"PROD-006"_s, 3, &m_ticketB));

    const auto queued = m_session->cache().queued();
    QVERIFY(queued.ok());
    QCOMPARE(queued->size(), 2);
    QCOMPARE(queued->at(0).actor, u"clerk-mad"_s);
    QCOMPARE(queued->at(1).actor, u"clerk-mad-2"_s);
    for (const PendingOperation &op : queued.value()) {
        QCOMPARE(op.deviceId, u"MAD-NIGHT-1"_s);
        QCOMPARE(op.toPushJson().value(u"actor"_s).toString(), op.actor);
    }
}

void TestTillOvernight::theServerIsBack()
{
    m_server->setEnvironment(u"INVENTORY_TEST_CLOCK_OFFSET_SECONDS"_s,
                             QString::number(kNightSeconds));
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    // Thirty hours on for the server too: the evening's token is refused.
    QCOMPARE(m_http.get(m_server->url(u"/api/v1/stores/MAD-001/stock"_s), m_eveningToken).status,
             401);
    std::optional<Status> pushed;
    m_session->sync().pushQueue([&](Status s) { pushed = s; });
    QVERIFY(QTest::qWaitFor([&] { return pushed.has_value(); }, 15'000));
    QVERIFY2(pushed->ok(), pushed->ok() ? "" : qPrintable(pushed->error().message()));
    QCOMPARE(m_session->cache().queuedCount().value(), 0);
    QVERIFY(m_session->cache().rejected().value().isEmpty());

    for (const auto &[ticketId, seller] :
         { std::pair { m_ticketA, u"clerk-mad"_s }, { m_ticketB, u"clerk-mad-2"_s } }) {
        const HttpResponse ticket
            = m_http.get(m_server->url(u"/api/v1/tickets/"_s
                                       + QString::fromLatin1(QUrl::toPercentEncoding(ticketId))),
                         m_http.login(m_server->url(), u"admin"_s));
        QCOMPARE(ticket.status, 200);
        QCOMPARE(ticket.json().value(u"seller"_s).toString(), seller);
        QVERIFY(ticket.json().value(u"offline"_s).toBool());
    }
    const QByteArray admin = m_http.login(m_server->url(), u"admin"_s);
    // The day report of the morning names both sellers.
    const QString day
        = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date().toString(Qt::ISODate);
    const HttpResponse report = m_http.get(
        m_server->url(u"/api/v1/reports/day?storeId=MAD-001&date=%1&utcOffset=%2B00:00"_s.arg(day)),
        admin);
    QCOMPARE(report.status, 200);
    QMap<QString, qint64> unitsBySeller;
    for (const QJsonValue &row : report.json().value(u"salesBySeller"_s).toArray())
        unitsBySeller.insert(row[u"seller"_s].toString(), row[u"units"_s].toInteger());
    QVERIFY2(unitsBySeller.value(u"clerk-mad"_s) == 2, report.body.constData());
    QCOMPARE(unitsBySeller.value(u"clerk-mad-2"_s), 3);
    // The history of the product names each sale's person and till.
    const HttpResponse history = m_http.get(
        m_server->url(u"/api/v1/products/PROD-006/history?storeId=MAD-001&limit=10"_s), admin);
    QCOMPARE(history.status, 200);
    QStringList sales;
    for (const QJsonValue &m : history.json().value(u"movements"_s).toArray()) {
        if (m[u"reason"_s].toString() == u"sale"_s)
            sales << m[u"actor"_s].toString() + u"@"_s + m[u"device"_s].toString();
    }
    QCOMPARE(sales, (QStringList { u"clerk-mad-2@MAD-NIGHT-1"_s, u"clerk-mad@MAD-NIGHT-1"_s }));
}

void TestTillOvernight::aRevokedTillKeepsItsQueue()
{
    QString ticketId;
    QCOMPARE(m_server->stop(), 0);
    QVERIFY(queueTicket(u"PROD-006"_s, 1, &ticketId));
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    const QByteArray admin = m_http.login(m_server->url(), u"admin"_s);
    QCOMPARE(
        m_http.send("DELETE", m_server->url(u"/api/v1/devices/MAD-NIGHT-1"_s), {}, admin).status,
        200);
    QSignalSpy refusedSpy(&m_session->sync(), &SyncEngine::pushRefused);
    std::optional<Status> pushed;
    m_session->sync().pushQueue([&](Status s) { pushed = s; });
    QVERIFY(QTest::qWaitFor([&] { return pushed.has_value(); }, 15'000));
    QVERIFY(!pushed->ok());
    QCOMPARE(pushed->error().code(), ErrorCode::Unauthenticated);
    QVERIFY(pushed->error().details().value(u"revoked"_s).toBool());
    QCOMPARE(refusedSpy.size(), 1);
    // Nothing is lost: the ticket waits in the queue, as queued, and the server has none.
    const auto queued = m_session->cache().queued();
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->first().key, ticketId);
    QCOMPARE(m_http
                 .get(m_server->url(u"/api/v1/tickets/"_s
                                    + QString::fromLatin1(QUrl::toPercentEncoding(ticketId))),
                      admin)
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TestTillOvernight)
#include "tst_tillovernight.moc"
