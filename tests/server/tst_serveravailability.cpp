// GET /products/{id}/availability in a chain, against a real inventory-server: with more
// stores than the event loop writes itself, the body is copied out and written on a worker.
// It must list every store in id order with the same row the one-store answer gives, and a
// body written while the product changed must never be kept and served after the change.
#include "core/engine/admin/storeregistry.h"
#include "core/storage/dbconnection.h"
#include "core/storage/schemamigrator.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
// More than the 64 stores whose body the event loop writes itself.
constexpr int kChainStores = 80;

QString chainStore(int n)
{
    return u"CHN-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
}
} // namespace

class TestServerAvailability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStoreInOrderAsEachStoreAnswers();
    void aChangeIsNeverHiddenByAKeptBody();

private:
    QJsonObject availability(const QString &product);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_token;
};

void TestServerAvailability::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    QCOMPARE(m_server->stop(), 0);
    {
        auto db = DbConnection::open(m_server->databasePath(), SchemaMigrator::Schema::Server);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        StoreRegistry stores(*db.value());
        for (int n = 5; n < 5 + kChainStores; ++n) {
            const Status added = stores.add({ chainStore(n), u"Chain %1"_s.arg(n), u"Lugo"_s });
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        }
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_token = m_http.login(m_server->url(), u"admin"_s);
    QVERIFY(!m_token.isEmpty());
}

QJsonObject TestServerAvailability::availability(const QString &product)
{
    const HttpResponse r
        = m_http.get(m_server->url(u"/api/v1/products/%1/availability"_s.arg(product)), m_token);
    if (r.status != 200)
        qWarning() << "availability answered" << r.status << r.body;
    return r.json();
}

void TestServerAvailability::everyStoreInOrderAsEachStoreAnswers()
{
    const QString product = u"PROD-002"_s;
    const QStringList stocked { u"MAD-001"_s, chainStore(7), chainStore(60), u"VAL-001"_s };
    for (qsizetype i = 0; i < stocked.size(); ++i)
        QCOMPARE(m_http.setStock(m_server->url(), product, stocked.at(i), 10 + i, m_token), 200);

    const QJsonObject body = availability(product);
    QCOMPARE(body.value(u"productId"_s).toString(), product);
    const QJsonArray stores = body.value(u"stores"_s).toArray();
    QCOMPARE(stores.size(), 4 + kChainStores);
    QStringList ids;
    qint64 total = 0;
    for (const QJsonValue &store : stores) {
        const QJsonObject row = store.toObject();
        ids.append(row.value(u"storeId"_s).toString());
        total += row.value(u"available"_s).toInteger();
        QCOMPARE(row, m_http.stockRow(m_server->url(), product, ids.constLast(), m_token));
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(body.value(u"totalAvailable"_s).toInteger(), total);
    QVERIFY(total >= 10 + 11 + 12 + 13);
    QCOMPARE(stores.at(ids.indexOf(chainStore(60))).toObject().value(u"quantity"_s).toInt(), 12);
}

void TestServerAvailability::aChangeIsNeverHiddenByAKeptBody()
{
    // Reads and writes of one product in flight together on several connections: a body
    // written on a worker from a copy older than a write must not be kept.
    const QString product = u"PROD-003"_s;
    const QString store = chainStore(33);
    QNetworkAccessManager &manager = m_http.manager();
    const QUrl read = m_server->url(u"/api/v1/products/%1/availability"_s.arg(product));
    const QUrl write = m_server->url(u"/api/v1/products/%1/stock"_s.arg(product));
    constexpr int kRounds = 40;
    int answered = 0;
    int failed = 0;
    for (int i = 0; i < kRounds; ++i) {
        for (int r = 0; r < 3; ++r) {
            QNetworkReply *reply = manager.get(HttpClient::request(read, m_token, {}, 10'000));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                failed += reply->error() != QNetworkReply::NoError ? 1 : 0;
                ++answered;
                reply->deleteLater();
            });
        }
        const QByteArray add
            = R"({"storeId":")" + store.toLatin1() + R"(","operation":"add","quantity":1})";
        QNetworkReply *reply = manager.post(HttpClient::request(write, m_token, {}, 10'000), add);
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            failed += reply->error() != QNetworkReply::NoError ? 1 : 0;
            ++answered;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, kRounds * 4, 60'000);
    QCOMPARE(failed, 0);

    const QJsonObject one = m_http.stockRow(m_server->url(), product, store, m_token);
    QCOMPARE(one.value(u"quantity"_s).toInt() >= kRounds, true);
    for (int i = 0; i < 3; ++i) {
        const QJsonArray stores = availability(product).value(u"stores"_s).toArray();
        QJsonObject row;
        for (const QJsonValue &s : stores) {
            if (s.toObject().value(u"storeId"_s).toString() == store)
                row = s.toObject();
        }
        QCOMPARE(row, one);
    }
}

QTEST_GUILESS_MAIN(TestServerAvailability)
#include "tst_serveravailability.moc"
