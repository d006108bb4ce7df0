// PostgreSQL stops and starts again under a running server: /health says degraded and
// writes answer UNAVAILABLE meanwhile, then everything works again without a restart.
#include "httpclient.h"
#include "serverprocess.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

namespace {
bool cluster(const QString &action)
{
    QProcess p;
    p.start(u"bash"_s,
            { QStringLiteral(INVENTORY_PG_CLUSTER_SCRIPT), action, ServerProcess::postgresDir() });
    return p.waitForFinished(60'000) && p.exitCode() == 0;
}
} // namespace

class TestPostgresRestart : public QObject
{
    Q_OBJECT

private slots:
    void degradedThenHealthyAgain();
};

void TestPostgresRestart::degradedThenHealthyAgain()
{
    QVERIFY2(!ServerProcess::postgresDir().isEmpty(),
             "runs against the PostgreSQL test cluster (ctest fixture)");
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.failureReason()));
    HttpClient http;
    const QByteArray token = http.login(server.url(), u"clerk-mad"_s);
    const QJsonObject add { { u"storeId"_s, u"MAD-001"_s },
                            { u"operation"_s, u"add"_s },
                            { u"quantity"_s, 1 } };
    const QUrl stock = server.url(u"/api/v1/products/PROD-001/stock"_s);
    QCOMPARE(http.post(stock, add, token).status, 200);

    QVERIFY(cluster(u"restart-stop"_s));
    QTRY_COMPARE_WITH_TIMEOUT(http.get(server.url(u"/health"_s)).status, 503, 20'000);
    QCOMPARE(http.get(server.url(u"/health"_s)).json().value(u"status"_s).toString(),
             u"degraded"_s);
    const HttpResponse refused = http.post(stock, add, token);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), u"UNAVAILABLE"_s);
    QCOMPARE(http.get(server.url(u"/api/v1/products/PROD-001/availability"_s), token).status,
             200); // reads go on

    QVERIFY(cluster(u"restart-start"_s));
    QTRY_COMPARE_WITH_TIMEOUT(http.get(server.url(u"/health"_s)).status, 200, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(http.post(stock, add, token).status, 200, 10'000);
    QCOMPARE(server.process().state(), QProcess::Running); // never restarted
}

QTEST_GUILESS_MAIN(TestPostgresRestart)
#include "tst_postgresrestart.moc"
