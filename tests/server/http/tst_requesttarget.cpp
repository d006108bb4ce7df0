// Request targets in their one spelling (RequestTarget): what each way of writing a path
// becomes, and which are refused, so that no route or proxy rule is reached by spelling.
#include "server-stub/http/requesttarget.h"

#include <QtTest>

using namespace inventory::server;

class TestRequestTarget : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data();
    void normalises();
    void refuses_data();
    void refuses();
};

void TestRequestTarget::normalises_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("absolute");
    QTest::newRow("plain") << QByteArray("/api/v1/stores") << QByteArray("/api/v1/stores")
                           << QByteArray() << false;
    QTest::newRow("root") << QByteArray("/") << QByteArray("/") << QByteArray() << false;
    QTest::newRow("trailing slash")
        << QByteArray("/metrics/") << QByteArray("/metrics") << QByteArray() << false;
    QTest::newRow("doubled slashes")
        << QByteArray("//api///v1/stores") << QByteArray("/api/v1/stores") << QByteArray() << false;
    QTest::newRow("query kept as sent")
        << QByteArray("/api/v1/products?q=a%2Fb&page=2") << QByteArray("/api/v1/products")
        << QByteArray("q=a%2Fb&page=2") << false;
    QTest::newRow("escapes kept") << QByteArray("/api/v1/products/PROD%2D1")
                                  << QByteArray("/api/v1/products/PROD%2D1") << QByteArray()
                                  << false;
    QTest::newRow("absolute form") << QByteArray("http://inventory:8080/api/v1/stores?x=1")
                                   << QByteArray("/api/v1/stores") << QByteArray("x=1") << true;
    QTest::newRow("absolute form, no path")
        << QByteArray("HTTPS://inventory") << QByteArray("/") << QByteArray() << true;
    QTest::newRow("absolute form, only a query")
        << QByteArray("http://inventory?x=1") << QByteArray("/") << QByteArray("x=1") << true;
    QTest::newRow("dots inside a name")
        << QByteArray("/api/v1/products/a..b") << QByteArray("/api/v1/products/a..b")
        << QByteArray() << false;
}

void TestRequestTarget::normalises()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(bool, absolute);
    const auto normalised = RequestTarget::normalise(target);
    QVERIFY2(normalised.ok(),
             qPrintable(normalised.ok() ? QString() : normalised.error().message()));
    QCOMPARE(normalised->path, path);
    QCOMPARE(normalised->query, query);
    QCOMPARE(normalised->absoluteForm, absolute);
}

void TestRequestTarget::refuses_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dot-dot") << QByteArray("/api/v1/../metrics");
    QTest::newRow("dot") << QByteArray("/api/./v1/stores");
    QTest::newRow("encoded dot-dot") << QByteArray("/api/%2e%2E/metrics");
    QTest::newRow("half-encoded dot-dot") << QByteArray("/api/.%2e/metrics");
    QTest::newRow("trailing dot-dot") << QByteArray("/api/..");
    QTest::newRow("encoded slash") << QByteArray("/api%2Fv1/stores");
    QTest::newRow("encoded slash, lower case") << QByteArray("/api%2fv1/stores");
    QTest::newRow("encoded backslash") << QByteArray("/api%5Cv1");
    QTest::newRow("backslash") << QByteArray("/api\\v1");
    QTest::newRow("NUL") << QByteArray("/health%00");
    QTest::newRow("malformed escape") << QByteArray("/api/%zz");
    QTest::newRow("cut escape") << QByteArray("/api/%2");
    QTest::newRow("fragment") << QByteArray("/api/v1/stores#top");
    QTest::newRow("no slash") << QByteArray("api/v1/stores");
    QTest::newRow("asterisk") << QByteArray("*");
    QTest::newRow("authority form") << QByteArray("inventory:443");
    QTest::newRow("absolute form, no host") << QByteArray("http:///api/v1/stores");
    QTest::newRow("other scheme") << QByteArray("ftp://inventory/api");
    QTest::newRow("absolute form with dot-dot") << QByteArray("http://h/api/../metrics");
}

void TestRequestTarget::refuses()
{
    QFETCH(QByteArray, target);
    const auto normalised = RequestTarget::normalise(target);
    QVERIFY2(!normalised.ok(), normalised.ok() ? normalised->path.constData() : "");
    QCOMPARE(normalised.error().code(), inventory::ErrorCode::ValidationFailed);
}

QTEST_GUILESS_MAIN(TestRequestTarget)
#include "tst_requesttarget.moc"
