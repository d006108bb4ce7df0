// Tickets and returns taken while the server cannot be reached (DESIGN.md: a sale made
// offline is a fact), at the client core against a real server: each is one queued
// operation under its own id, the shown stock drops at once, the ticket comes back whole for
// its receipt, numbers never repeat across restarts, a return needs this till's copy of the
// ticket; back online, the queue drains and every ticket and return arrives exactly once.
#include "core/client/clientsession.h"
#include "core/client/tickets/offlinetickets.h"
#include "core/client/tickets/ticketdesk.h"
#include "core/domain/timestamp.h"
#include "httpclient.h"
#include "readok.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestOfflineTickets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void ticketsAndReturnsQueueOfflineAndArriveOnce();
    void aTicketTheServerAlreadyHasIsNotSoldTwice();

private:
    // A session of clerk-mad on the profile, live; resumed from the saved session if offline.
    bool open(const QString &profile, bool online = true);
    Result<QJsonObject> charge(const QList<TicketLine> &lines);
    Result<QJsonObject> takeBack(const QString &ticketId, const QList<TicketLine> &lines);
    qint64 shown(const QString &product)
    {
        return readOk(m_session->cache().row(product, u"MAD-001"_s)).quantity;
    }
    qint64 serverQuantity(const QString &product)
    {
        return m_http.stockRow(m_server->url(), product, u"MAD-001"_s, m_admin)
            .value(u"quantity"_s)
            .toInteger();
    }
    QJsonObject serverTicket(const QString &id)
    {
        return m_http.get(m_server->url(u"/api/v1/tickets/"_s + id), m_admin).json();
    }
    bool drained()
    {
        return QTest::qWaitFor([&] { return readOk(m_session->cache().queuedCount()) == 0; },
                               30'000);
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<TicketDesk> m_desk;
};

void TestOfflineTickets::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
}

void TestOfflineTickets::cleanup()
{
    m_desk.reset();
    m_session.reset();
    if (m_server->process().state() == QProcess::NotRunning)
        QVERIFY(m_server->start());
}

bool TestOfflineTickets::open(const QString &profile, bool online)
{
    m_desk.reset();
    m_session = std::make_unique<ClientSession>(m_dir.filePath(profile));
    m_session->setRetryPolicy(1, 2000, 100);
    if (!m_session->open())
        return false;
    if (online) {
        bool signedIn = false;
        m_session->signIn({ m_server->url() }, u"clerk-mad"_s, u"demo"_s,
                          [&](Result<User> u, bool offline) { signedIn = u.ok() && !offline; });
        if (!QTest::qWaitFor([&] { return signedIn; }, 10'000))
            return false;
    } else if (!m_session->resume({ m_server->url() })) {
        return false;
    }
    m_desk = std::make_unique<TicketDesk>(*m_session);
    m_session->startSync();
    return !online
        || (QTest::qWaitFor([&] { return m_session->online(); }, 15'000)
            && QTest::qWaitFor([&] { return readOk(m_session->cache().productCount()) >= 16; },
                               5000));
}

Result<QJsonObject> TestOfflineTickets::charge(const QList<TicketLine> &lines)
{
    std::optional<Result<QJsonObject>> result;
    m_desk->charge(lines, u"cash"_s, [&](Result<QJsonObject> r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return Error::unavailable(u"no answer"_s);
    return *result;
}

Result<QJsonObject> TestOfflineTickets::takeBack(const QString &ticketId,
                                                 const QList<TicketLine> &lines)
{
    std::optional<Result<QJsonObject>> result;
    m_desk->takeBack(ticketId, lines, [&](Result<QJsonObject> r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return Error::unavailable(u"no answer"_s);
    return *result;
}

void TestOfflineTickets::ticketsAndReturnsQueueOfflineAndArriveOnce()
{
    QVERIFY(open(u"offline.db"_s));
    const qint64 keyboards = serverQuantity(u"PROD-003"_s);
    const qint64 cables = serverQuantity(u"PROD-015"_s);
    QCOMPARE(m_server->stop(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->online(), 15'000);

    // A ticket: one operation under the ticket's id, with offline, soldAt and the prices paid.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto first = charge({ { u"PROD-003"_s, 2, {}, {}, 0 }, { u"PROD-015"_s, 1, {}, {}, 0 } });
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message()));
    const QString firstId = first->value(u"ticketId"_s).toString();
    QVERIFY2(firstId.startsWith(u"MAD-001-"_s) && firstId.endsWith(u"-T-000001"_s),
             qPrintable(firstId));
    QVERIFY(first->value(u"queued"_s).toBool() && first->value(u"offline"_s).toBool());
    QCOMPARE(qRound64(first->value(u"total"_s).toDouble() * 100), 2 * 8999 + 1499);
    QCOMPARE(first->value(u"seller"_s).toString(), u"clerk-mad"_s);
    QCOMPARE(first->value(u"lines"_s).toArray().size(), 2);
    QList<PendingOperation> queued = readOk(m_session->cache().queued());
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().kind, u"ticket"_s);
    QCOMPARE(queued.first().key, firstId);
    const QJsonObject body = queued.first().body;
    QVERIFY(body.value(u"offline"_s).toBool());
    const QString soldAt = body.value(u"soldAt"_s).toString();
    QCOMPARE(soldAt.size(), 24); // 2026-11-23T10:15:30.123Z
    QVERIFY(timestamp::parse(soldAt).value_or(0) >= before - 1000);
    QCOMPARE(body.value(u"lines"_s).toArray().at(0)[u"unitPrice"_s].toDouble(), 89.99);
    QCOMPARE(shown(u"PROD-003"_s), keyboards - 2);
    QCOMPARE(shown(u"PROD-015"_s), cables - 1);
    // More than the books hold: still sold (a fact), the shown stock goes below what it had.
    const auto second = charge({ { u"PROD-015"_s, cables + 2, {}, {}, 0 } });
    QVERIFY(second.ok());
    const QString secondId = second->value(u"ticketId"_s).toString();
    QVERIFY(secondId.endsWith(u"-T-000002"_s));

    // A return of a ticket this till sold: queued from its copy, never more than is left.
    const auto back = takeBack(firstId, { { u"PROD-003"_s, 1, {}, u"restock"_s, 0 } });
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message()));
    QVERIFY(back->value(u"queued"_s).toBool());
    const QString returnId = back->value(u"returnId"_s).toString();
    QVERIFY(returnId.endsWith(u"-R-000001"_s));
    QCOMPARE(shown(u"PROD-003"_s), keyboards - 1);
    const auto tooMany = takeBack(firstId, { { u"PROD-015"_s, 2, {}, u"restock"_s, 0 } });
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code(), ErrorCode::ReturnExceedsSale);
    const auto unknown
        = takeBack(u"BCN-001-ZZZZ-T-000009"_s, { { u"PROD-003"_s, 1, {}, u"restock"_s, 0 } });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), ErrorCode::Unavailable);
    QVERIFY2(unknown.error().message().contains(u"not sold at this till"_s),
             qPrintable(unknown.error().message()));
    // The ticket as this till has it, for the returns screen.
    std::optional<Result<QJsonObject>> copy;
    m_desk->fetch(firstId, [&](Result<QJsonObject> r) { copy = r; });
    QTRY_VERIFY(copy.has_value());
    QVERIFY(copy->ok() && copy->value().value(u"localCopy"_s).toBool());
    QCOMPARE(copy->value().value(u"lines"_s).toArray().at(0)[u"returned"_s].toInteger(), 1);
    queued = readOk(m_session->cache().queued());
    QCOMPARE(queued.size(), 3);
    QCOMPARE(queued.at(2).kind, u"return"_s);
    QCOMPARE(queued.at(2).key, returnId);
    QCOMPARE(queued.at(2).body.value(u"ticketId"_s).toString(), firstId);

    // A restart of the till: its numbers go on, they never start again.
    QVERIFY(open(u"offline.db"_s, false));
    QVERIFY(readOk(m_desk->nextId(u"T"_s)).endsWith(u"-T-000003"_s));

    // Back online: the queue drains, every ticket and return arrives once.
    QVERIFY(m_server->start());
    QVERIFY(drained());
    QCOMPARE(readOk(m_session->cache().rejected()).size(), 0);
    const QJsonObject one = serverTicket(firstId);
    QCOMPARE(one.value(u"ticketId"_s).toString(), firstId);
    QCOMPARE(one.value(u"soldAt"_s).toString(), soldAt);
    QVERIFY(one.value(u"offline"_s).toBool());
    QCOMPARE(one.value(u"lines"_s).toArray().at(0)[u"returned"_s].toInteger(), 1);
    QCOMPARE(serverTicket(secondId).value(u"ticketId"_s).toString(), secondId);
    QCOMPARE(serverQuantity(u"PROD-003"_s), keyboards - 1);
    QCOMPARE(serverQuantity(u"PROD-015"_s), 0); // never below zero: the rest is a discrepancy
    const QJsonArray listed
        = m_http.get(m_server->url(u"/api/v1/tickets?storeId=MAD-001&limit=200"_s), m_admin)
              .json()
              .value(u"tickets"_s)
              .toArray();
    int seen = 0;
    for (const QJsonValue &t : listed)
        seen += t[u"ticketId"_s].toString() == firstId ? 1 : 0;
    QCOMPARE(seen, 1);
    // The same operations sent again (a reply lost after the server applied them): answered,
    // not applied twice.
    for (const PendingOperation &op : std::as_const(queued))
        QVERIFY(m_session->cache()
                    .enqueue(op.kind, op.body, op.productId, op.storeId, op.delta, op.key)
                    .ok());
    m_session->sync().queueChanged();
    QVERIFY(drained());
    QCOMPARE(readOk(m_session->cache().rejected()).size(), 0);
    QCOMPARE(serverQuantity(u"PROD-003"_s), keyboards - 1);
    // The till's copy is the server's now.
    QTRY_VERIFY_WITH_TIMEOUT(shown(u"PROD-003"_s) == keyboards - 1, 10'000);
}

void TestOfflineTickets::aTicketTheServerAlreadyHasIsNotSoldTwice()
{
    QVERIFY(open(u"lostreply.db"_s));
    const qint64 mice = serverQuantity(u"PROD-002"_s);
    // Charged online, the answer lost: the server has the ticket, the till queued it offline.
    const QString id = readOk(m_desk->nextId(u"T"_s));
    const QJsonObject online {
        { u"ticketId"_s, id },
        { u"storeId"_s, u"MAD-001"_s },
        { u"lines"_s,
          QJsonArray { QJsonObject { { u"productId"_s, u"PROD-002"_s }, { u"quantity"_s, 1 } } } }
    };
    const QByteArray clerk = m_http.login(m_server->url(), u"clerk-mad"_s);
    QCOMPARE(m_http.post(m_server->url(u"/api/v1/tickets"_s), online, clerk).status, 201);
    QVERIFY(OfflineTickets(*m_session).queueTicket(online).ok());
    QVERIFY(drained());
    QTRY_COMPARE_WITH_TIMEOUT(readOk(m_session->cache().rejected()).size(), 0, 10'000);
    QCOMPARE(serverQuantity(u"PROD-002"_s), mice - 1);
}

QTEST_MAIN(TestOfflineTickets)
#include "tst_offlinetickets.moc"
