// What a real inventory-server tells about itself over real sockets: the request id it echoes
// and logs, metrics that pass promtool, and an OpenAPI description of every route of API.md.
// (The routes themselves: tst_serverapi.)
#include "httpclient.h"
#include "serverprocess.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestServerObservability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestIdIsEchoed();
    void metricsPassPromtool();
    void openApiDescribesEveryRoute();

private:
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
};

void TestServerObservability::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
}

void TestServerObservability::requestIdIsEchoed()
{
    const HttpResponse echoed = m_http.send("GET", m_server->url(u"/health"_s), {}, {},
                                            { { "X-Request-Id", "trace-123" } });
    QCOMPARE(echoed.headers.value("x-request-id"), QByteArray("trace-123"));
    const HttpResponse fresh = m_http.get(m_server->url(u"/health"_s));
    QCOMPARE(fresh.headers.value("x-request-id").size(), 36);
    QTRY_VERIFY(m_server->log().contains(u"\"requestId\":\"trace-123\""_s));
}

void TestServerObservability::metricsPassPromtool()
{
    QCOMPARE(m_http.get(m_server->url(u"/health"_s)).status, 200);
    const HttpResponse metrics = m_http.get(m_server->url(u"/metrics"_s));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains(
        "inventory_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"} "));
    QVERIFY(metrics.body.contains("inventory_commit_batch_size_bucket"));
    QVERIFY(metrics.body.contains("inventory_reservations{status=\"PENDING\"}"));
    QVERIFY(metrics.body.contains("inventory_feed_clients"));
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    QVERIFY2(!promtool.isEmpty(), "promtool is missing (Debian package prometheus)");
    QProcess check;
    check.start(promtool, { u"check"_s, u"metrics"_s });
    check.write(metrics.body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30'000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput() + check.readAllStandardError());
}

void TestServerObservability::openApiDescribesEveryRoute()
{
    const QJsonObject doc = m_http.get(m_server->url(u"/api/v1/openapi.json"_s)).json();
    const QJsonObject paths = doc.value(u"paths"_s).toObject();
    for (const char *path : { "/api/v1/auth/login",
                              "/api/v1/stores",
                              "/api/v1/products",
                              "/api/v1/products/{id}",
                              "/api/v1/products/{id}/availability",
                              "/api/v1/products/{id}/stock",
                              "/api/v1/stores/{storeId}/stock",
                              "/api/v1/reservations",
                              "/api/v1/reservations/{id}",
                              "/api/v1/reservations/{id}/confirm",
                              "/api/v1/events",
                              "/api/v1/feed",
                              "/api/v1/sync/push",
                              "/health",
                              "/metrics",
                              "/api/v1/openapi.json",
                              "/api/v1/tickets",
                              "/api/v1/tickets/{ticketId}",
                              "/api/v1/tickets/{ticketId}/returns",
                              "/api/v1/discrepancies",
                              "/api/v1/discrepancies/{discrepancyId}/resolve",
                              "/api/v1/reasons",
                              "/api/v1/transfers",
                              "/api/v1/transfers/{transferId}",
                              "/api/v1/transfers/{transferId}/ship",
                              "/api/v1/transfers/{transferId}/receive",
                              "/api/v1/transfers/{transferId}/close",
                              "/api/v1/transfers/{transferId}/cancel",
                              "/api/v1/products/{id}/history",
                              "/api/v1/reports/shrink",
                              "/api/v1/counts",
                              "/api/v1/counts/{countId}",
                              "/api/v1/counts/{countId}/entries",
                              "/api/v1/counts/{countId}/review",
                              "/api/v1/counts/{countId}/apply",
                              "/api/v1/counts/{countId}/cancel",
                              "/api/v1/reports/day",
                              "/api/v1/reports/sales",
                              "/api/v1/reports/stock-value",
                              "/api/v1/reports/products",
                              "/api/v1/alerts/digest" })
        QVERIFY2(paths.contains(QLatin1StringView(path)), path);
    // What a client generator needs: a unique operationId, the success and the refusals.
    QSet<QString> operationIds;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QString where = op.key() + u' ' + path.key();
            const QJsonObject operation = op.value().toObject();
            const QString id = operation.value(u"operationId"_s).toString();
            QVERIFY2(!id.isEmpty(), qPrintable(where));
            QVERIFY2(!operationIds.contains(id), qPrintable(id));
            operationIds.insert(id);
            const QStringList statuses = operation.value(u"responses"_s).toObject().keys();
            QVERIFY2(
                std::any_of(statuses.begin(), statuses.end(),
                            [](const QString &s) { return s.startsWith(u'2') || s == u"101"_s; }),
                qPrintable(where));
            if (path.key().startsWith(u"/api/v1/"_s) && path.key() != u"/api/v1/openapi.json"_s
                && path.key() != u"/api/v1/feed"_s)
                QVERIFY2(std::any_of(statuses.begin(), statuses.end(),
                                     [](const QString &s) { return s.startsWith(u'4'); }),
                         qPrintable(where));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerObservability)
#include "tst_serverobservability.moc"
