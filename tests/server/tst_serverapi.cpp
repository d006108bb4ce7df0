// Every route of API.md against a real inventory-server over real sockets: successes,
// each documented error, the role/store matrix, tokens, idempotency, bad input. (Request ids,
// metrics and the OpenAPI description: tst_serverobservability.)
#include "core/protocol/auth/jwtcodec.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routes_data();
    void routes();
    void tokens_data();
    void tokens();
    void badInput_data();
    void badInput();

private:
    QByteArray token(const QString &user);
    HttpResponse call(const QString &user, const QByteArray &method, const QString &path,
                      const QByteArray &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {});

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;
};

void TestServerApi::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
}

QByteArray TestServerApi::token(const QString &user)
{
    if (user.isEmpty())
        return {};
    if (!m_tokens.contains(user))
        m_tokens.insert(user, m_http.login(m_server->url(), user));
    return m_tokens.value(user);
}

HttpResponse TestServerApi::call(const QString &user, const QByteArray &method, const QString &path,
                                 const QByteArray &body,
                                 const QHash<QByteArray, QByteArray> &headers)
{
    return m_http.send(method, m_server->url(path), body, token(user), headers);
}

void TestServerApi::routes_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("check"); // "field=value" in the reply (or in error details)

    auto row
        = [](const char *name, const QString &user, const QByteArray &method, const QString &path,
             const QByteArray &body, int status, const QString &code, const QString &check = {}) {
              QTest::newRow(name) << user << method << path << body << status << code << check;
          };
    const QString clerk = u"clerk-mad"_s;
    // Operations
    row("health", {}, "GET", u"/health"_s, {}, 200, {}, u"status=ok"_s);
    row("unknown route", clerk, "GET", u"/api/v1/nothing-here"_s, {}, 404, u"NOT_FOUND"_s);
    row("wrong method", clerk, "PUT", u"/api/v1/stores"_s, {}, 404, u"NOT_FOUND"_s);
    // Auth
    row("login", {}, "POST", u"/api/v1/auth/login"_s, R"({"username":"admin","password":"demo"})",
        200, {});
    row("login wrong password", {}, "POST", u"/api/v1/auth/login"_s,
        R"({"username":"admin","password":"nope"})", 401, u"UNAUTHENTICATED"_s);
    row("login unknown user", {}, "POST", u"/api/v1/auth/login"_s,
        R"({"username":"ghost","password":"demo"})", 401, u"UNAUTHENTICATED"_s);
    row("login missing password", {}, "POST", u"/api/v1/auth/login"_s, R"({"username":"admin"})",
        400, u"VALIDATION_FAILED"_s, u"field=password"_s);
    row("no token", {}, "GET", u"/api/v1/stores"_s, {}, 401, u"UNAUTHENTICATED"_s);
    // Stores and products
    row("stores", clerk, "GET", u"/api/v1/stores"_s, {}, 200, {});
    row("search products", clerk, "GET", u"/api/v1/products?q=logitech"_s, {}, 200, {},
        u"total=2"_s);
    row("products paging", clerk, "GET", u"/api/v1/products?page=2&limit=5"_s, {}, 200, {},
        u"page=2"_s);
    row("limit above 500", clerk, "GET", u"/api/v1/products?limit=501"_s, {}, 400,
        u"VALIDATION_FAILED"_s, u"field=limit"_s);
    row("page zero", clerk, "GET", u"/api/v1/products?page=0"_s, {}, 400, u"VALIDATION_FAILED"_s,
        u"field=page"_s);
    row("product by id", clerk, "GET", u"/api/v1/products/PROD-001"_s, {}, 200, {},
        u"sku=HP-PAV15-001"_s);
    row("product by sku", clerk, "GET", u"/api/v1/products/HP-PAV15-001"_s, {}, 200, {},
        u"id=PROD-001"_s);
    row("unknown product", clerk, "GET", u"/api/v1/products/NOPE"_s, {}, 404, u"NOT_FOUND"_s);
    row("clerk cannot create products", clerk, "POST", u"/api/v1/products"_s,
        R"({"sku":"NEW-1","name":"Nuevo","category":"X","price":1.5})", 403, u"FORBIDDEN"_s);
    row("manager creates a product", u"manager-mad"_s, "POST", u"/api/v1/products"_s,
        R"({"sku":"NEW-1","name":"Nuevo","category":"X","price":1.5,"barcode":"1234567"})", 201, {},
        u"id=NEW-1"_s);
    row("duplicate sku", u"admin"_s, "POST", u"/api/v1/products"_s,
        R"({"sku":"NEW-1","name":"Otro","category":"X","price":1})", 400, u"VALIDATION_FAILED"_s,
        u"field=sku"_s);
    row("price missing", u"admin"_s, "POST", u"/api/v1/products"_s,
        R"({"sku":"NEW-2","name":"Otro","category":"X"})", 400, u"VALIDATION_FAILED"_s,
        u"field=price"_s);
    // Stock
    row("availability", clerk, "GET", u"/api/v1/products/PROD-002/availability"_s, {}, 200, {},
        u"productId=PROD-002"_s);
    row("availability of one store", clerk, "GET",
        u"/api/v1/products/PROD-002/availability?storeId=MAD-001"_s, {}, 200, {},
        u"productId=PROD-002"_s);
    row("availability unknown store", clerk, "GET",
        u"/api/v1/products/PROD-002/availability?storeId=NOPE"_s, {}, 404, u"NOT_FOUND"_s);
    row("availability unknown product", clerk, "GET", u"/api/v1/products/NOPE/availability"_s, {},
        404, u"NOT_FOUND"_s);
    row("store stock", clerk, "GET", u"/api/v1/stores/MAD-001/stock?limit=5"_s, {}, 200, {},
        u"storeId=MAD-001"_s);
    row("unknown store stock", clerk, "GET", u"/api/v1/stores/NOPE/stock"_s, {}, 404,
        u"NOT_FOUND"_s);
    row("clerk adds in own store", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":5,"reason":"received"})", 200, {},
        u"storeId=MAD-001"_s);
    row("clerk of MAD writes BCN", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"BCN-001","operation":"add","quantity":5})", 403, u"FORBIDDEN"_s);
    row("clerk of BCN writes MAD", u"clerk-bcn"_s, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":5})", 403, u"FORBIDDEN"_s);
    row("manager of MAD writes BCN", u"manager-mad"_s, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"BCN-001","operation":"add","quantity":5})", 403, u"FORBIDDEN"_s);
    row("admin writes anywhere", u"admin"_s, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"BCN-001","operation":"add","quantity":5})", 200, {});
    row("stock by SKU in the path", clerk, "POST", u"/api/v1/products/LOG-M185-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":1})", 200, {},
        u"productId=PROD-002"_s);
    row("unknown operation", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"multiply","quantity":5})", 400, u"VALIDATION_FAILED"_s,
        u"field=operation"_s);
    row("zero quantity", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":0})", 400, u"VALIDATION_FAILED"_s,
        u"field=quantity"_s);
    row("fractional quantity", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":1.5})", 400, u"VALIDATION_FAILED"_s,
        u"field=quantity"_s);
    row("set above 1e9", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"set","quantity":1000000001})", 400,
        u"VALIDATION_FAILED"_s, u"field=quantity"_s);
    row("subtract too much", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"subtract","quantity":1000000})", 409,
        u"INSUFFICIENT_STOCK"_s, u"requested=1000000"_s);
    row("stale count", clerk, "POST", u"/api/v1/products/PROD-003/stock"_s,
        R"({"storeId":"MAD-001","operation":"set","quantity":3,"expectedVersion":0})", 409,
        u"VERSION_CONFLICT"_s, u"currentVersion=1"_s);
    row("count", clerk, "POST", u"/api/v1/products/PROD-004/stock"_s,
        R"({"storeId":"MAD-001","operation":"set","quantity":30,"expectedVersion":1})", 200, {},
        u"version=2"_s);
    row("unknown field", clerk, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":1,"colour":"red"})", 400,
        u"VALIDATION_FAILED"_s, u"field=colour"_s);
    row("stock of unknown product", clerk, "POST", u"/api/v1/products/NOPE/stock"_s,
        R"({"storeId":"MAD-001","operation":"add","quantity":1})", 404, u"NOT_FOUND"_s);
    row("stock at unknown store", u"admin"_s, "POST", u"/api/v1/products/PROD-002/stock"_s,
        R"({"storeId":"XYZ-001","operation":"add","quantity":1})", 404, u"NOT_FOUND"_s);
    // Reservations
    row("reserve", clerk, "POST", u"/api/v1/reservations"_s,
        R"({"productId":"PROD-001","storeId":"MAD-001","quantity":1,"customerId":"c-1"})", 201, {},
        u"status=PENDING"_s);
    row("reserve too many", clerk, "POST", u"/api/v1/reservations"_s,
        R"({"productId":"PROD-001","storeId":"MAD-001","quantity":999999,"customerId":"c-1"})", 409,
        u"INSUFFICIENT_STOCK"_s, u"requested=999999"_s);
    row("reserve ttl zero", clerk, "POST", u"/api/v1/reservations"_s,
        R"({"productId":"PROD-001","storeId":"MAD-001","quantity":1,"customerId":"c","ttl":0})",
        400, u"VALIDATION_FAILED"_s, u"field=ttl"_s);
    row("reserve in another store", u"clerk-bcn"_s, "POST", u"/api/v1/reservations"_s,
        R"({"productId":"PROD-001","storeId":"MAD-001","quantity":1,"customerId":"c"})", 403,
        u"FORBIDDEN"_s);
    row("reserve unknown product", clerk, "POST", u"/api/v1/reservations"_s,
        R"({"productId":"NOPE","storeId":"MAD-001","quantity":1,"customerId":"c"})", 404,
        u"NOT_FOUND"_s);
    row("list reservations", clerk, "GET", u"/api/v1/reservations?storeId=MAD-001&status=PENDING"_s,
        {}, 200, {});
    row("bad status filter", clerk, "GET", u"/api/v1/reservations?status=LOST"_s, {}, 400,
        u"VALIDATION_FAILED"_s, u"field=status"_s);
    row("unknown reservation", clerk, "GET", u"/api/v1/reservations/nope"_s, {}, 404,
        u"NOT_FOUND"_s);
    row("confirm unknown", clerk, "POST", u"/api/v1/reservations/nope/confirm"_s, {}, 404,
        u"NOT_FOUND"_s);
    row("cancel unknown", clerk, "DELETE", u"/api/v1/reservations/nope"_s, {}, 404, u"NOT_FOUND"_s);
    // Events
    row("events", clerk, "GET", u"/api/v1/events?since=0&limit=5"_s, {}, 200, {});
    row("events limit above 1000", clerk, "GET", u"/api/v1/events?limit=1001"_s, {}, 400,
        u"VALIDATION_FAILED"_s, u"field=limit"_s);
    row("events negative since", clerk, "GET", u"/api/v1/events?since=-1"_s, {}, 400,
        u"VALIDATION_FAILED"_s, u"field=since"_s);
    row("openapi", {}, "GET", u"/api/v1/openapi.json"_s, {}, 200, {}, u"openapi=3.0.3"_s);
}

void TestServerApi::routes()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, check);

    const HttpResponse response = call(user, method, path, body);
    QVERIFY2(response.status == status, response.body.constData());
    QVERIFY(response.headers.contains("x-request-id"));
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject json = response.json();
    if (!code.isEmpty()) {
        QCOMPARE(response.errorCode(), code);
        QVERIFY(!json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
    if (!check.isEmpty()) {
        const QStringList kv = check.split(u'=');
        const QJsonObject where = code.isEmpty()
            ? json
            : json.value(u"error"_s).toObject().value(u"details"_s).toObject();
        const QJsonValue value = where.value(kv.at(0));
        QCOMPARE(value.isDouble() ? QString::number(value.toInteger()) : value.toString(),
                 kv.at(1));
    }
}

void TestServerApi::tokens_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray secret = m_server->secret();
    const User admin { u"admin"_s, Role::Admin, {} };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray good = JwtCodec(secret).sign(admin, now, now + 60'000);
    const QList<QByteArray> parts = good.split('.');
    auto b64 = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    QTest::newRow("forged signature")
        << JwtCodec("another secret of at least 32 bytes!!").sign(admin, now, now + 60'000);
    QTest::newRow("expired") << JwtCodec(secret).sign(admin, now - 120'000, now - 60'000);
    QTest::newRow("alg none") << b64(R"({"alg":"none","typ":"JWT"})") + '.' + parts.at(1) + '.';
    QTest::newRow("alg HS512 header")
        << b64(R"({"alg":"HS512","typ":"JWT"})") + '.' + parts.at(1) + '.' + parts.at(2);
    QTest::newRow("tampered claims") << parts.at(0) + '.'
            + b64(R"({"sub":"admin","role":"admin","storeIds":[],"exp":9999999999})") + '.'
            + parts.at(2);
    const QByteArray farFuture
        = parts.at(0) + '.' + b64(R"({"sub":"admin","role":"admin","storeIds":[],"exp":1e300})");
    QTest::newRow("signed, expiry out of range (found by fuzz_jwt)") << farFuture + '.'
            + b64(QMessageAuthenticationCode::hash(farFuture, secret, QCryptographicHash::Sha256));
    QTest::newRow("garbage") << QByteArray("not.a.token");
    QTest::newRow("two parts") << parts.at(0) + '.' + parts.at(1);
}

void TestServerApi::tokens()
{
    QFETCH(QByteArray, token);
    const HttpResponse response = m_http.get(m_server->url(u"/api/v1/stores"_s), token);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.errorCode(), u"UNAUTHENTICATED"_s);
}

void TestServerApi::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString stock = u"/api/v1/products/PROD-002/stock"_s;
    QTest::newRow("malformed JSON")
        << stock << QByteArray("{\"storeId\":") << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("empty body") << stock << QByteArray() << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("array body") << stock << QByteArray("[1,2]") << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("not UTF-8") << stock << QByteArray("{\"storeId\":\"\xff\xfe\"}") << 400
                               << u"VALIDATION_FAILED"_s;
    QTest::newRow("UTF-8 overlong slash in a value")
        << stock << QByteArray("{\"reason\":\"\xc0\xaf\"}") << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("UTF-8 encoded surrogate in a key")
        << stock << QByteArray("{\"\xed\xa0\x80\":1}") << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("Latin-1 byte outside a string")
        << stock << QByteArray("{\"quantity\":1\xe9}") << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("storeId a number")
        << stock << QByteArray(R"({"storeId":7,"operation":"add","quantity":1})") << 400
        << u"VALIDATION_FAILED"_s;
    QTest::newRow("quantity a string")
        << stock << QByteArray(R"({"storeId":"MAD-001","operation":"add","quantity":"1"})") << 400
        << u"VALIDATION_FAILED"_s;
    QTest::newRow("quantity huge")
        << stock << QByteArray(R"({"storeId":"MAD-001","operation":"add","quantity":1e300})") << 400
        << u"VALIDATION_FAILED"_s;
    QTest::newRow("quantity negative")
        << stock << QByteArray(R"({"storeId":"MAD-001","operation":"add","quantity":-5})") << 400
        << u"VALIDATION_FAILED"_s;
    QTest::newRow("reason too long")
        << stock
        << (R"({"storeId":"MAD-001","operation":"add","quantity":1,"reason":")"
            + QByteArray(201, 'r') + "\"}")
        << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("store id with spaces")
        << stock << QByteArray(R"({"storeId":"MAD 001","operation":"add","quantity":1})") << 400
        << u"VALIDATION_FAILED"_s;
    QTest::newRow("deeply nested") << stock << (QByteArray(5000, '[') + QByteArray(5000, ']'))
                                   << 400 << u"VALIDATION_FAILED"_s;
    QTest::newRow("over 1 MiB") << stock
                                << (R"({"storeId":"MAD-001","reason":")" + QByteArray(1100000, 'x')
                                    + "\"}")
                                << 413 << u"PAYLOAD_TOO_LARGE"_s;
    QTest::newRow("push over 8 MiB")
        << u"/api/v1/sync/push"_s << ("{\"operations\":[\"" + QByteArray(8500000, 'x') + "\"]}")
        << 413 << u"PAYLOAD_TOO_LARGE"_s;
    QTest::newRow("push 1.5 MiB is allowed")
        << u"/api/v1/sync/push"_s << ("{\"operations\":[\"" + QByteArray(1500000, 'x') + "\"]}")
        << 200 << QString();
}

void TestServerApi::badInput()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResponse response = call(u"clerk-mad"_s, "POST", path, body);
    QCOMPARE(response.status, status);
    QCOMPARE(response.errorCode(), code);
    QCOMPARE(m_http.get(m_server->url(u"/health"_s)).status, 200); // still serving
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
