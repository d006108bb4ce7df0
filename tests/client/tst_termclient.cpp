// inventory-term against a real server: every command, offline queueing, conflicts,
// fail-over between servers (SIGKILLs mid-push: tests/chaos/tst_chaosclientkill), watch, and
// saved sessions that expire alike in both clients.
#include "core/client/clientsession.h"
#include "core/domain/timestamp.h"
#include "promptprocess.h"
#include "termfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestTermClient : public TermSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandChangesTheServer();
    void usageAndAuthenticationErrors();
    void offlineSalesQueueAndSync();
    void conflictIsRejectedAndShown();
    void failsOverToTheSecondServer();
    void watchSaysHowToStopAndPrintsWords();
    void savedSessionExpiresAlikeInBothClients_data();
    void savedSessionExpiresAlikeInBothClients();
    void ticketsFromTheTerminal();
    void transfersFromTheTerminal();
    void levelsAndReplenishment();
    void countsFromTheTerminal();
    void dayReportFromTheTerminal();
};

void TestTermClient::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestTermClient::everyCommandChangesTheServer()
{
    QCOMPARE(term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s, u"login"_s }).exitCode,
             0);
    const TermRun stores = term({ u"--json"_s, u"stores"_s });
    QCOMPARE(stores.exitCode, 0);
    QCOMPARE(stores.json().value(u"stores"_s).toArray().size(), 4);
    const TermRun products = term({ u"--json"_s, u"products"_s, u"Logitech"_s });
    QCOMPARE(products.json().value(u"products"_s).toArray().size(), 2);

    const qint64 before = serverRow(u"PROD-014"_s, u"MAD-001"_s, u"quantity"_s);
    QCOMPARE(term({ u"receive"_s, u"PROD-014"_s, u"10"_s }).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"quantity"_s), before + 10);
    QCOMPARE(term({ u"sell"_s, u"ANK-PB10K-014"_s, u"3"_s }).exitCode, 0); // by SKU
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"quantity"_s), before + 7);

    const TermRun stock
        = term({ u"--json"_s, u"stock"_s, u"PROD-014"_s, u"--store"_s, u"MAD-001"_s });
    QCOMPARE(stock.exitCode, 0);
    const qint64 version = stock.json()
                               .value(u"stores"_s)
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(u"version"_s)
                               .toInteger();
    QCOMPARE(
        stock.json().value(u"stores"_s).toArray().at(0).toObject().value(u"quantity"_s).toInteger(),
        before + 7);
    QCOMPARE(term({ u"count"_s, u"PROD-014"_s, u"50"_s, u"--expect-version"_s,
                    QString::number(version) })
                 .exitCode,
             0);
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"quantity"_s), 50);
    const TermRun stale = term(
        { u"count"_s, u"PROD-014"_s, u"40"_s, u"--expect-version"_s, QString::number(version) });
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains("Someone changed this stock meanwhile"), stale.err.constData());

    const TermRun reserved = term({ u"--json"_s, u"reserve"_s, u"PROD-014"_s, u"2"_s,
                                    u"--customer"_s, u"ana"_s, u"--ttl"_s, u"300"_s });
    QCOMPARE(reserved.exitCode, 0);
    const QString id = reserved.json().value(u"reservationId"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"reserved"_s), 2);
    const TermRun list = term({ u"--json"_s, u"reservations"_s });
    QVERIFY(list.out.contains(id.toUtf8()));
    QCOMPARE(term({ u"confirm"_s, id }).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"quantity"_s), 48);
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"reserved"_s), 0);
    const TermRun second
        = term({ u"--json"_s, u"reserve"_s, u"PROD-014"_s, u"1"_s, u"--customer"_s, u"bea"_s });
    QCOMPARE(term({ u"cancel"_s, second.json().value(u"reservationId"_s).toString() }).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"reserved"_s), 0);
    QCOMPARE(term({ u"cancel"_s, id }).exitCode, 1); // a confirmed reservation cannot be cancelled

    QCOMPARE(term({ u"sell"_s, u"PROD-014"_s, u"1"_s, u"--store"_s, u"BCN-001"_s }).exitCode,
             1); // not my store
    QCOMPARE(term({ u"sync"_s }).exitCode, 0);
    const TermRun pending = term({ u"--json"_s, u"pending"_s });
    QCOMPARE(pending.json().value(u"queued"_s).toInt(), 0);
    QVERIFY(pending.out.contains("FORBIDDEN"));
}

void TestTermClient::usageAndAuthenticationErrors()
{
    QCOMPARE(term({ u"frobnicate"_s }).exitCode, 2);
    QCOMPARE(term({ u"sell"_s, u"PROD-001"_s }).exitCode, 2);
    QCOMPARE(term({ u"sell"_s, u"PROD-001"_s, u"many"_s }).exitCode, 2);
    QCOMPARE(term({ u"stores"_s }, u"nobody"_s).exitCode, 3);
    QCOMPARE(
        term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"wrong"_s, u"stores"_s }, u"nobody"_s)
            .exitCode,
        3);
    QCOMPARE(term({ u"sell"_s, u"NO-SUCH-PRODUCT"_s, u"1"_s }).exitCode, 1);
}

void TestTermClient::offlineSalesQueueAndSync()
{
    QCOMPARE(term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s, u"receive"_s,
                    u"PROD-015"_s, u"200"_s },
                  u"offline"_s)
                 .exitCode,
             0);
    const qint64 before = serverRow(u"PROD-015"_s, u"MAD-001"_s, u"quantity"_s);
    QCOMPARE(m_fixture.m_server->stop(), 0);
    for (int i = 0; i < 100; ++i) {
        const TermRun sale = term({ u"sell"_s, u"PROD-015"_s, u"1"_s }, u"offline"_s);
        QVERIFY2(sale.exitCode == 10, sale.err.constData());
    }
    const TermRun shown = term(
        { u"--json"_s, u"stock"_s, u"PROD-015"_s, u"--store"_s, u"MAD-001"_s }, u"offline"_s);
    QCOMPARE(
        shown.json().value(u"stores"_s).toArray().at(0).toObject().value(u"quantity"_s).toInteger(),
        before - 100);
    QVERIFY(shown.err.contains("offline"));
    QVERIFY(m_fixture.m_server->start());
    QCOMPARE(serverRow(u"PROD-015"_s, u"MAD-001"_s, u"quantity"_s), before);
    QCOMPARE(term({ u"sync"_s }, u"offline"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-015"_s, u"MAD-001"_s, u"quantity"_s), before - 100);
    QCOMPARE(term({ u"--json"_s, u"pending"_s }, u"offline"_s).json().value(u"queued"_s).toInt(),
             0);
    QCOMPARE(term({ u"sync"_s }, u"offline"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-015"_s, u"MAD-001"_s, u"quantity"_s), before - 100);
}

void TestTermClient::conflictIsRejectedAndShown()
{
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-011"_s, u"MAD-001"_s, 1,
                                       m_fixture.m_admin),
             200);
    QCOMPARE(
        term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s, u"sync"_s }, u"conflict"_s)
            .exitCode,
        0);
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    QCOMPARE(term({ u"sell"_s, u"PROD-011"_s, u"1"_s }, u"conflict"_s, dead).exitCode, 10);
    QCOMPARE(m_fixture.m_http
                 .post(m_fixture.m_server->url(u"/api/v1/reservations"_s),
                       { { u"productId"_s, u"PROD-011"_s },
                         { u"storeId"_s, u"MAD-001"_s },
                         { u"quantity"_s, 1 },
                         { u"customerId"_s, u"web"_s } },
                       m_fixture.m_admin)
                 .status,
             201);
    QCOMPARE(term({ u"sync"_s }, u"conflict"_s).exitCode, 0);
    const TermRun pending = term({ u"--json"_s, u"pending"_s }, u"conflict"_s);
    const QJsonObject op = pending.json().value(u"operations"_s).toArray().at(0).toObject();
    QCOMPARE(op.value(u"state"_s).toString(), u"rejected"_s);
    QCOMPARE(op.value(u"status"_s).toInt(), 409);
    QVERIFY(op.value(u"reason"_s).toString().startsWith(u"INSUFFICIENT_STOCK"_s));
    const QJsonObject row
        = term({ u"--json"_s, u"stock"_s, u"PROD-011"_s, u"--store"_s, u"MAD-001"_s },
               u"conflict"_s)
              .json()
              .value(u"stores"_s)
              .toArray()
              .at(0)
              .toObject();
    QCOMPARE(row.value(u"quantity"_s).toInt(), 1);
    QCOMPARE(row.value(u"reserved"_s).toInt(), 1);
    QCOMPARE(row.value(u"available"_s).toInt(), 0);
}

void TestTermClient::failsOverToTheSecondServer()
{
    const QString both = u"http://127.0.0.1:%1,%2"_s.arg(ServerProcess::freePort())
                             .arg(m_fixture.m_server->url().toString());
    const TermRun login
        = term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
               u"failover"_s, both);
    QCOMPARE(login.exitCode, 0);
    const qint64 before = serverRow(u"PROD-010"_s, u"MAD-001"_s, u"quantity"_s);
    QCOMPARE(term({ u"receive"_s, u"PROD-010"_s, u"2"_s }, u"failover"_s, both).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-010"_s, u"MAD-001"_s, u"quantity"_s), before + 2);
}

void TestTermClient::watchSaysHowToStopAndPrintsWords()
{
    QProcess watch;
    watch.setChildProcessModifier([] { ::signal(SIGINT, SIG_DFL); });
    watch.start(QStringLiteral(INVENTORY_TERM_BINARY), signedIn(u"watch"_s) << u"watch"_s);
    QVERIFY(watch.waitForStarted());
    QByteArray out, err;
    QTRY_VERIFY_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("live:"), 30'000);
    QVERIFY2(err.contains("Ctrl+C stops"), err.constData());
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-016"_s, u"MAD-001"_s, 4321,
                                       m_fixture.m_admin),
             200);
    const qint64 available = serverRow(u"PROD-016"_s, u"MAD-001"_s, u"available"_s);
    const QByteArray line
        = "PROD-016 Portátil Lenovo IdeaPad 3 at MAD-001 → quantity 4321, available "
        + QByteArray::number(available);
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains(line), 30'000);
    QVERIFY2(out.contains("Counted"), out.constData()); // a set is a count
    for (const char *internal : { "stock.counted", "stock.adjusted", "Live", "CatchingUp" })
        QVERIFY2(!out.contains(internal) && !err.contains(internal), internal);
    ::kill(pid_t(watch.processId()), SIGINT);
    QVERIFY(watch.waitForFinished(10'000));
}

void TestTermClient::savedSessionExpiresAlikeInBothClients_data()
{
    QTest::addColumn<qint64>("expiresInMs");
    QTest::addColumn<bool>("usable");
    QTest::newRow("valid for an hour") << qint64(3'600'000) << true;
    QTest::newRow("expired a minute ago") << qint64(-60'000) << false;
}

void TestTermClient::savedSessionExpiresAlikeInBothClients()
{
    QFETCH(qint64, expiresInMs);
    QFETCH(bool, usable);
    const QString profile = u"expiry-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    const QStringList clerk { u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s };
    QCOMPARE(term(clerk + QStringList { u"sync"_s }, profile).exitCode, 0);
    const QString path = QDir(m_fixture.m_profiles.filePath(profile)).filePath(u"profile.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"expiry"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.exec(u"UPDATE meta SET value = '%1' WHERE key = 'tokenExpiresAt'"_s.arg(
            timestamp::format(QDateTime::currentMSecsSinceEpoch() + expiresInMs))));
        QCOMPARE(update.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"expiry"_s);
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());

    // The terminal, with a password and with the saved session alone.
    const TermRun withPassword
        = term(clerk + QStringList { u"sell"_s, u"PROD-012"_s, u"1"_s }, profile, dead);
    QCOMPARE(withPassword.exitCode, usable ? 10 : 3);
    const TermRun saved = term({ u"sell"_s, u"PROD-012"_s, u"1"_s }, profile, dead);
    QCOMPARE(saved.exitCode, usable ? 10 : 3);
    if (!usable)
        QVERIFY2(saved.err.contains("expired"), saved.err.constData());

    // The POS's session object on the same profile.
    ClientSession session(path);
    QVERIFY(session.open().ok());
    session.setRetryPolicy(1, 2000, 50);
    std::optional<Result<User>> signedIn;
    bool offline = false;
    session.signIn({ QUrl(dead) }, u"clerk-mad"_s, u"demo"_s, [&](Result<User> user, bool off) {
        signedIn = user;
        offline = off;
    });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30'000);
    QCOMPARE(signedIn->ok(), usable);
    QCOMPARE(offline, usable);
    QCOMPARE(session.resume({ QUrl(dead) }).ok(), usable);
}

void TestTermClient::ticketsFromTheTerminal()
{
    signedIn(u"tickets"_s);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-011"_s, u"MAD-001"_s, 10,
                                       m_fixture.m_admin),
             200);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-013"_s, u"MAD-001"_s, 1,
                                       m_fixture.m_admin),
             200);
    const TermRun sold = term({ u"--json"_s, u"sell-ticket"_s, u"PROD-011:2"_s, u"LOG-C920-013:1"_s,
                                u"--payment"_s, u"cash"_s },
                              u"tickets"_s);
    QCOMPARE(sold.exitCode, 0);
    const QString id = sold.json().value(u"ticketId"_s).toString();
    QVERIFY2(id.startsWith(u"MAD-001-"_s) && id.endsWith(u"-T-000001"_s), qPrintable(id));
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 8);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"quantity"_s), 0);

    // A short line sells nothing and is named; the next ticket gets the next number.
    const TermRun refused
        = term({ u"sell-ticket"_s, u"PROD-011:1"_s, u"PROD-013:1"_s }, u"tickets"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("PROD-013: 1 requested, 0 available"), refused.err.constData());
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 8);
    const TermRun next = term({ u"--json"_s, u"sell-ticket"_s, u"PROD-011:1"_s }, u"tickets"_s);
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.json().value(u"ticketId"_s).toString().endsWith(u"-T-000003"_s), next.out);

    const TermRun list = term({ u"--json"_s, u"tickets"_s, u"--today"_s }, u"tickets"_s);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(u"tickets"_s).toArray().size(), 2);
    const TermRun shown = term({ u"ticket"_s, id }, u"tickets"_s);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Impresora Canon PIXMA TS5350"), shown.out.constData());

    const TermRun back = term({ u"return"_s, id, u"PROD-011:2"_s }, u"tickets"_s);
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 9);
    const TermRun again = term({ u"return"_s, id, u"PROD-011:1"_s }, u"tickets"_s);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("PROD-011: sold 2, returned already 2, now 1"),
             again.err.constData());
    const TermRun damaged
        = term({ u"return"_s, id, u"PROD-013:1"_s, u"--damaged"_s }, u"tickets"_s);
    QCOMPARE(damaged.exitCode, 0);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"quantity"_s), 0);

    // Offline (the server out of reach): the ticket is queued, exit 10, and arrives once.
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    const TermRun offline
        = term({ u"--json"_s, u"sell-ticket"_s, u"PROD-011:3"_s }, u"tickets"_s, dead);
    QCOMPARE(offline.exitCode, 10);
    QVERIFY(offline.json().value(u"queued"_s).toBool());
    const QString queuedId = offline.json().value(u"ticketId"_s).toString();
    QVERIFY2(queuedId.endsWith(u"-T-000004"_s), qPrintable(queuedId));
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 9);
    QCOMPARE(term({ u"sync"_s }, u"tickets"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 6);
    QCOMPARE(term({ u"sync"_s }, u"tickets"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 6);
    const TermRun arrived = term({ u"--json"_s, u"ticket"_s, queuedId }, u"tickets"_s);
    QCOMPARE(arrived.exitCode, 0);
    QVERIFY(arrived.json().value(u"offline"_s).toBool());
}

void TestTermClient::transfersFromTheTerminal()
{
    signedIn(u"madrid"_s);
    QCOMPARE(term({ u"--user"_s, u"clerk-bcn"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"barcelona"_s)
                 .exitCode,
             0);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-012"_s, u"BCN-001"_s, 10,
                                       m_fixture.m_admin),
             200);
    const qint64 madrid = serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s);

    const TermRun requested = term({ u"--json"_s, u"transfer"_s, u"request"_s, u"PROD-012:4"_s,
                                     u"--from"_s, u"BCN-001"_s, u"--note"_s, u"for Ana"_s },
                                   u"madrid"_s);
    QCOMPARE(requested.exitCode, 0);
    const QString id = requested.json().value(u"transferId"_s).toString();
    QVERIFY2(id.startsWith(u"MAD-001-"_s), qPrintable(id));
    QCOMPARE(requested.json().value(u"status"_s).toString(), u"REQUESTED"_s);
    QCOMPARE(term({ u"transfer"_s, u"request"_s, u"PROD-012:4"_s }, u"madrid"_s).exitCode, 2);

    const TermRun listed = term(
        { u"--json"_s, u"transfer"_s, u"list"_s, u"--status"_s, u"REQUESTED"_s }, u"barcelona"_s);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().value(u"transfers"_s).toArray().size(), 1);
    // Madrid cannot ship what Barcelona sends.
    QCOMPARE(term({ u"transfer"_s, u"ship"_s, id }, u"madrid"_s).exitCode, 1);
    QCOMPARE(term({ u"transfer"_s, u"ship"_s, id }, u"barcelona"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-012"_s, u"BCN-001"_s, u"quantity"_s), 6);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"incoming"_s), 4);

    const TermRun part
        = term({ u"--json"_s, u"transfer"_s, u"receive"_s, id, u"PROD-012:2:1"_s }, u"madrid"_s);
    QCOMPARE(part.exitCode, 0);
    QCOMPARE(part.json().value(u"status"_s).toString(), u"PARTIALLY_RECEIVED"_s);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s), madrid + 2);

    // The last unit arrives while the server is out of reach: queued, exit 10, received once.
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    const TermRun offline = term({ u"--json"_s, u"transfer"_s, u"receive"_s, id, u"PROD-012:1"_s },
                                 u"madrid"_s, dead);
    QCOMPARE(offline.exitCode, 10);
    QVERIFY(offline.json().value(u"queued"_s).toBool());
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"incoming"_s), 1);
    QCOMPARE(term({ u"sync"_s }, u"madrid"_s).exitCode, 0);
    QCOMPARE(term({ u"sync"_s }, u"madrid"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s), madrid + 3);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"incoming"_s), 0);
    const TermRun shown = term({ u"--json"_s, u"transfer"_s, u"show"_s, id }, u"madrid"_s);
    QCOMPARE(shown.json().value(u"status"_s).toString(), u"RECEIVED"_s);

    const TermRun history = term(
        { u"--json"_s, u"history"_s, u"PROD-012"_s, u"--reason"_s, u"transfer_in"_s }, u"madrid"_s);
    QCOMPARE(history.exitCode, 0);
    const QJsonArray movements = history.json().value(u"movements"_s).toArray();
    QCOMPARE(movements.size(), 3); // shipped (incoming), then two receipts
    QCOMPARE(movements.first().toObject().value(u"delta"_s).toInteger(), 1);
    QCOMPARE(movements.first().toObject().value(u"transferId"_s).toString(), id);
    const TermRun human = term({ u"history"_s, u"PROD-012"_s }, u"madrid"_s);
    QVERIFY2(human.out.contains("Transfer in"), human.out.constData());
}

void TestTermClient::levelsAndReplenishment()
{
    QCOMPARE(term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"manager"_s)
                 .exitCode,
             0);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-013"_s, u"MAD-001"_s, 2,
                                       m_fixture.m_admin),
             200);
    const TermRun set
        = term({ u"--json"_s, u"levels"_s, u"PROD-013"_s, u"5"_s, u"12"_s }, u"manager"_s);
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json().value(u"min"_s).toInteger(), 5);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"target"_s), 12);
    QCOMPARE(term({ u"levels"_s, u"PROD-013"_s, u"5"_s, u"x"_s }, u"manager"_s).exitCode, 2);
    QCOMPARE(term({ u"levels"_s, u"PROD-013"_s, u"9"_s, u"3"_s }, u"manager"_s).exitCode, 1);
    // A clerk may read what to replenish, not set levels.
    signedIn(u"clerk"_s);
    QCOMPARE(term({ u"levels"_s, u"PROD-013"_s, u"1"_s, u"2"_s }, u"clerk"_s).exitCode, 1);
    const TermRun listed = term({ u"--json"_s, u"replenishment"_s }, u"clerk"_s);
    QCOMPARE(listed.exitCode, 0);
    bool found = false;
    for (const QJsonValue &line : listed.json().value(u"lines"_s).toArray()) {
        const QJsonObject l = line.toObject();
        if (l.value(u"productId"_s).toString() == u"PROD-013"_s) {
            found = true;
            QCOMPARE(l.value(u"available"_s).toInteger(), 2);
            QCOMPARE(l.value(u"need"_s).toInteger(), 10);
        }
    }
    QVERIFY2(found, listed.out.constData());
    const TermRun human = term({ u"replenishment"_s }, u"clerk"_s);
    QVERIFY2(human.out.contains("NEED"), human.out.constData());
}

void TestTermClient::countsFromTheTerminal()
{
    QCOMPARE(term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"manager"_s)
                 .exitCode,
             0);
    signedIn(u"clerk"_s);
    for (const auto &[product, units] : { std::pair { u"PROD-016"_s, 9 }, { u"PROD-004"_s, 5 } })
        QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), product, u"MAD-001"_s, units,
                                           m_fixture.m_admin),
                 200);
    QCOMPARE(term({ u"counts"_s, u"open"_s }, u"manager"_s).exitCode, 2);
    QCOMPARE(term({ u"counts"_s, u"open"_s, u"full"_s }, u"clerk"_s).exitCode, 1);
    const TermRun opened
        = term({ u"--json"_s, u"counts"_s, u"open"_s, u"PROD-016"_s, u"PROD-004"_s }, u"manager"_s);
    QCOMPARE(opened.exitCode, 0);
    const QString id = opened.json().value(u"countId"_s).toString();
    QVERIFY2(!id.isEmpty(), opened.out.constData());
    QCOMPARE(opened.json().value(u"total"_s).toInt(), 2);

    const TermRun entered
        = term({ u"--json"_s, u"counts"_s, u"enter"_s, id, u"PROD-016"_s, u"8"_s }, u"clerk"_s);
    QCOMPARE(entered.exitCode, 0);
    QCOMPARE(entered.json().value(u"total"_s).toInteger(), 8);
    // The server out of reach: the entry is queued (exit 10) and counted once after a sync.
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    const TermRun queued = term({ u"--json"_s, u"counts"_s, u"enter"_s, id, u"PROD-004"_s, u"3"_s },
                                u"clerk"_s, dead);
    QCOMPARE(queued.exitCode, 10);
    QVERIFY(queued.json().value(u"queued"_s).toBool());
    QCOMPARE(term({ u"sync"_s }, u"clerk"_s).exitCode, 0);
    QCOMPARE(term({ u"sync"_s }, u"clerk"_s).exitCode, 0);

    const TermRun review = term({ u"--json"_s, u"counts"_s, u"review"_s, id }, u"manager"_s);
    QCOMPARE(review.exitCode, 0);
    QHash<QString, QJsonObject> lines;
    for (const QJsonValue &v : review.json().value(u"lines"_s).toArray())
        lines.insert(v.toObject().value(u"productId"_s).toString(), v.toObject());
    QCOMPARE(lines.value(u"PROD-016"_s).value(u"variance"_s).toInteger(), -1);
    QCOMPARE(lines.value(u"PROD-004"_s).value(u"counted"_s).toInteger(), 3);
    QCOMPARE(lines.value(u"PROD-004"_s).value(u"variance"_s).toInteger(), -2);
    const TermRun human = term({ u"counts"_s, u"review"_s, id }, u"manager"_s);
    QVERIFY2(human.out.contains("VARIANCE"), human.out.constData());
    QCOMPARE(term({ u"counts"_s, u"apply"_s, id }, u"clerk"_s).exitCode, 1);
    const TermRun applied = term({ u"counts"_s, u"apply"_s, id }, u"manager"_s);
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains("2"), applied.out.constData());
    QCOMPARE(serverRow(u"PROD-016"_s, u"MAD-001"_s, u"quantity"_s), 8);
    QCOMPARE(serverRow(u"PROD-004"_s, u"MAD-001"_s, u"quantity"_s), 3);
    const TermRun listed = term({ u"--json"_s, u"counts"_s, u"list"_s }, u"clerk"_s);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().value(u"counts"_s).toArray().first().toObject().value(u"status"_s),
             u"APPLIED"_s);
}

void TestTermClient::dayReportFromTheTerminal()
{
    QCOMPARE(term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"manager"_s)
                 .exitCode,
             0);
    signedIn(u"clerk"_s);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-006"_s, u"MAD-001"_s, 5,
                                       m_fixture.m_admin),
             200);
    QCOMPARE(term({ u"sell-ticket"_s, u"PROD-006:2"_s }, u"clerk"_s).exitCode, 0);
    const TermRun json = term({ u"--json"_s, u"report"_s, u"day"_s }, u"manager"_s);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json().value(u"sales"_s).toObject().value(u"units"_s).toInteger() >= 2);
    QCOMPARE(json.json().value(u"date"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
    const TermRun human = term({ u"report"_s, u"day"_s }, u"manager"_s);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("sales by seller"), human.out.constData());
    QVERIFY2(human.out.contains("clerk-mad"), human.out.constData());
    QCOMPARE(term({ u"report"_s, u"day"_s }, u"clerk"_s).exitCode, 1);
    QCOMPARE(term({ u"report"_s, u"week"_s }, u"manager"_s).exitCode, 2);
    QCOMPARE(term({ u"report"_s, u"day"_s, u"4/12/2026"_s }, u"manager"_s).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTermClient)
#include "tst_termclient.moc"
