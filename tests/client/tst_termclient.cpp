// inventory-term against a real server: the stock and reservation commands, offline queueing,
// conflicts, fail-over between servers (SIGKILLs mid-push: tests/chaos/tst_chaosclientkill),
// watch, and saved sessions that expire alike in both clients (the workflows: tst_termworkflows).
#include "core/client/clientsession.h"
#include "core/domain/timestamp.h"
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

QTEST_GUILESS_MAIN(TestTermClient)
#include "tst_termclient.moc"
