// The catalogue controller in-process, on the server library: no child process, no socket.
// A request goes through the router to the controller, a write through the real group-commit
// writer to the database, and the reply comes back through the Reply callback.
#include "core/engine/readmodel.h"
#include "server-stub/api/catalogcontroller.h"
#include "server-stub/http/router.h"
#include "server-stub/write/groupcommitwriter.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::server;

class TestCatalogController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answers_data();
    void answers();
    void createsThroughTheWriter();

private:
    // Routes the request as the front end does and waits for its one reply.
    ApiResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     Role role = Role::Clerk);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<ReadModel> m_model;
    std::unique_ptr<CatalogController> m_controller;
    Router m_router;
};

void TestCatalogController::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_writer = std::make_unique<GroupCommitWriter>(m_db->path(), m_db->clock(),
                                                   GroupCommitWriter::Grouping::Batches);
    QVERIFY(m_writer->start().ok());
    m_model = std::make_unique<ReadModel>();
    QVERIFY(m_model->load(m_db->queries()).ok());
    connect(m_writer.get(), &GroupCommitWriter::committed, this,
            [this](const QList<Event> &events) { m_model->applyAll(events); });
    m_controller = std::make_unique<CatalogController>(*m_model, *m_writer);
    m_router = Router();
    m_controller->registerRoutes(m_router);
}

void TestCatalogController::cleanup()
{
    m_writer->stop();
    m_controller.reset();
    m_writer.reset();
    m_model.reset();
    m_db.reset();
}

ApiResponse TestCatalogController::call(const QByteArray &method, const QString &path,
                                        const QByteArray &body, Role role)
{
    ApiRequest request;
    request.method = method;
    const QUrl url(path);
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.body = body;
    request.user = User { u"tester"_s, role, { u"S1"_s } };
    const Router::Route *route = m_router.match(method, request.path, request.params);
    if (!route)
        return ApiResponse { 404, "no route", {}, {} };
    std::optional<ApiResponse> reply;
    route->handler(request, [&reply](ApiResponse response) { reply = std::move(response); });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 10'000))
        return ApiResponse { 0, "no reply", {}, {} };
    return *reply;
}

void TestCatalogController::answers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stores") << QByteArray("GET") << u"/api/v1/stores"_s << 200 << u"stores"_s
                            << u"S1,S2"_s;
    QTest::newRow("a product") << QByteArray("GET") << u"/api/v1/products/P1"_s << 200 << u"name"_s
                               << u"Ratón inalámbrico"_s;
    QTest::newRow("search") << QByteArray("GET") << u"/api/v1/products?q=Tecl"_s << 200
                            << u"products"_s << u"P2"_s;
    QTest::newRow("unknown product")
        << QByteArray("GET") << u"/api/v1/products/NOPE"_s << 404 << u"error"_s << u"NOT_FOUND"_s;
    QTest::newRow("bad page") << QByteArray("GET") << u"/api/v1/products?limit=0"_s << 400
                              << u"error"_s << u"VALIDATION_FAILED"_s;
    QTest::newRow("clerk creates a product")
        << QByteArray("POST") << u"/api/v1/products"_s << 403 << u"error"_s << u"FORBIDDEN"_s;
}

void TestCatalogController::answers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, member);
    QFETCH(QString, expected);
    const ApiResponse response = call(method, path, "{}");
    QCOMPARE(response.status, status);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonValue value = body.value(member);
    QString shown;
    if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue &item : value.toArray())
            ids << item.toObject().value(u"id"_s).toString();
        shown = ids.join(u',');
    } else if (value.isObject()) {
        shown = value.toObject().value(u"code"_s).toString();
    } else {
        shown = value.toString();
    }
    QCOMPARE(shown, expected);
}

void TestCatalogController::createsThroughTheWriter()
{
    const QByteArray product = R"({"id":"P9","sku":"SKU-9","name":"Cable USB-C",)"
                               R"("category":"Cables","price":9.5})";
    const ApiResponse created = call("POST", u"/api/v1/products"_s, product, Role::Admin);
    QCOMPARE(created.status, 201);
    QCOMPARE(QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString(), u"P9"_s);
    // Committed: in the database, and (through the writer's signal) in the read model.
    QVERIFY(m_db->queries().product(u"P9"_s).value().has_value());
    const ApiResponse read = call("GET", u"/api/v1/products/P9"_s);
    QCOMPARE(read.status, 200);
    QCOMPARE(QJsonDocument::fromJson(read.body).object().value(u"price"_s).toDouble(), 9.5);
    const ApiResponse again = call("POST", u"/api/v1/products"_s, product, Role::Admin);
    QCOMPARE(again.status, 400); // the id is taken
}

QTEST_GUILESS_MAIN(TestCatalogController)
#include "tst_catalogcontroller.moc"
