// The operators' subcommands of inventory-server: users, stores, CSV import (all or
// nothing, with line numbers) and an online backup taken under write load.
#include "core/engine/invariantchecker.h"
#include "core/engine/inventoryqueries.h"
#include "core/storage/dbconnection.h"
#include "loadclient.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run server(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(ServerProcess::binary(),
            QStringList { u"--db"_s, db, u"--log-format"_s, u"text"_s } + args);
    p.waitForFinished(60'000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TestOperatorCommands : public QObject
{
    Q_OBJECT

private slots:
    void usersAndStores();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void levelsExportAndImport();
    void backupUnderWriteLoad();

private:
    QTemporaryDir m_dir;
};

void TestOperatorCommands::usersAndStores()
{
    const QString db = m_dir.filePath(u"users.db"_s);
    QCOMPARE(server(db, { u"store"_s, u"add"_s, u"ZAR-001"_s, u"Zaragoza Centro"_s, u"Zaragoza"_s })
                 .code,
             0);
    QVERIFY(server(db, { u"store"_s, u"list"_s })
                .out.contains(u"ZAR-001\tZaragoza Centro\tZaragoza"_s));
    QCOMPARE(server(db, { u"store"_s, u"add"_s, u"ZAR-001"_s, u"Otra"_s }).code, 1);
    const Run added = server(
        db,
        { u"user"_s, u"add"_s, u"eva"_s, u"--role"_s, u"clerk"_s, u"--stores"_s, u"ZAR-001"_s });
    QCOMPARE(added.code, 0);
    QVERIFY(added.out.contains(u"password "_s));
    QCOMPARE(server(db, { u"user"_s, u"add"_s, u"max"_s, u"--role"_s, u"clerk"_s }).code, 2);
    QCOMPARE(server(db, { u"user"_s, u"add"_s, u"max"_s, u"--role"_s, u"boss"_s }).code, 2);
    QCOMPARE(server(db, { u"user"_s, u"passwd"_s, u"eva"_s, u"--password"_s, u"s3cret-pw"_s }).code,
             0);
    QVERIFY(server(db, { u"user"_s, u"list"_s }).out.contains(u"eva\tclerk\tZAR-001"_s));
    QCOMPARE(server(db, { u"user"_s, u"passwd"_s, u"nobody"_s }).code, 1);
    QCOMPARE(server(db, { u"frobnicate"_s }).code, 2);

    ServerProcess running({ u"--db"_s, db }); // the later --db wins over the fixture's
    QVERIFY2(running.start(), qPrintable(running.failureReason()));
    HttpClient http;
    const HttpResponse login
        = http.post(running.url(u"/api/v1/auth/login"_s),
                    { { u"username"_s, u"eva"_s }, { u"password"_s, u"s3cret-pw"_s } });
    QCOMPARE(login.status, 200);
    QCOMPARE(
        login.json().value(u"user"_s).toObject().value(u"storeIds"_s).toArray().at(0).toString(),
        u"ZAR-001"_s);
}

void TestOperatorCommands::importIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("products"); // in the database afterwards
    QTest::addColumn<QString>("message");
    QTest::newRow("good file") << QByteArray(
        "sku,name,category,price,barcode\nC-1,\"Cable, HDMI 2 m\",Accesorios,12.50,8401\n"
        "C-2,Ratón óptico,Periféricos,9.99,\nC-3,\"Funda \"\"Pro\"\"\",Accesorios,19,8403\n")
                               << 0 << 3 << u"imported 3 products"_s;
    QTest::newRow("bad price on line 3")
        << QByteArray("sku,name,category,price\nD-1,Uno,X,1\nD-2,Dos,X,dos euros\nD-3,Tres,X,3\n")
        << 1 << 0 << u"line 3: price"_s;
    QTest::newRow("missing name on line 4")
        << QByteArray("sku,name,category,price\nE-1,Uno,X,1\nE-2,Dos,X,2\nE-3,,X,3\n") << 1 << 0
        << u"line 4: name"_s;
    QTest::newRow("duplicate sku in the file")
        << QByteArray("sku,name,category,price\nF-1,Uno,X,1\nF-1,Otra,X,2\n") << 1 << 0
        << u"line 3:"_s;
    QTest::newRow("wrong number of fields")
        << QByteArray("sku,name,category,price\nG-1,Uno,X\n") << 1 << 0 << u"line 2: 3 fields"_s;
    QTest::newRow("no price column")
        << QByteArray("sku,name,category\nH-1,Uno,X\n") << 1 << 0 << u"no 'price' column"_s;
}

void TestOperatorCommands::importIsAllOrNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, code);
    QFETCH(int, products);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".db"_s);
    const QString file = db + u".csv"_s;
    write(file, csv);
    const Run run = server(db, { u"import"_s, u"products"_s, file });
    QCOMPARE(run.code, code);
    QVERIFY2((run.out + run.err).contains(message), qPrintable(run.out + run.err));
    auto opened = DbConnection::open(db, SchemaMigrator::Schema::Server);
    QVERIFY(opened.ok());
    QCOMPARE(InventoryQueries(*opened.value()).allProducts()->size(), products);
    if (products == 3)
        QCOMPARE(InventoryQueries(*opened.value()).product(u"C-3"_s).value()->name,
                 u"Funda \"Pro\""_s);
}

void TestOperatorCommands::levelsExportAndImport()
{
    const QString db = m_dir.filePath(u"levels.db"_s);
    QCOMPARE(server(db, { u"store"_s, u"add"_s, u"ZAR-001"_s, u"Zaragoza Centro"_s, u"Zaragoza"_s })
                 .code,
             0);
    const QString products = db + u".products.csv"_s;
    write(products, "sku,name,category,price\nL-1,Uno,X,1\nL-2,Dos,X,2\n");
    QCOMPARE(server(db, { u"import"_s, u"products"_s, products }).code, 0);
    // The export lists every product at 0,0; edited, it imports as it is.
    const QString file = db + u".levels.csv"_s;
    const Run exported = server(db, { u"levels"_s, u"export"_s, u"ZAR-001"_s, file });
    QCOMPARE(exported.code, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray csv = f.readAll();
    f.close();
    QCOMPARE(csv,
             QByteArray("store,product,sku,name,min,target\r\n"
                        "ZAR-001,L-1,L-1,Uno,0,0\r\nZAR-001,L-2,L-2,Dos,0,0\r\n"));
    csv.replace("Dos,0,0", "Dos,3,9");
    write(file, csv);
    const Run imported = server(db, { u"levels"_s, u"import"_s, file });
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.out.contains(u"set the levels of 2 product(s)"_s), qPrintable(imported.out));
    // A bad line sets nothing, and is named.
    write(file, "store,product,min,target\nZAR-001,L-1,5,6\nZAR-001,L-9,1,2\n");
    const Run bad = server(db, { u"levels"_s, u"import"_s, file });
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(u"line 3: there is no product 'L-9'"_s), qPrintable(bad.err));
    auto opened = DbConnection::open(db, SchemaMigrator::Schema::Server);
    QVERIFY(opened.ok());
    const auto rows = InventoryQueries(*opened.value()).allStock();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).minLevel, 0); // L-1: the bad file's first line was not applied
    QCOMPARE(rows->at(1).minLevel, 3);
    QCOMPARE(rows->at(1).targetLevel, 9);
    QCOMPARE(server(db, { u"levels"_s, u"export"_s, u"NOPE"_s }).code, 1);
}

void TestOperatorCommands::backupUnderWriteLoad()
{
    ServerProcess running;
    QVERIFY2(running.start(), qPrintable(running.failureReason()));
    HttpClient http;
    const QByteArray token = http.login(running.url(), u"admin"_s);
    LoadClient load(12);
    bool stop = false;
    int acknowledged = 0;
    std::function<void()> next = [&] {
        if (stop)
            return;
        load.send("POST", running.url(u"/api/v1/products/PROD-006/stock"_s),
                  R"({"storeId":"VAL-001","operation":"add","quantity":1})", token, {},
                  [&](const HttpResponse &r) {
                      acknowledged += r.status == 200;
                      next();
                  });
    };
    for (int i = 0; i < 12; ++i)
        next();
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged > 200, 30'000);
    const QString copy = m_dir.filePath(u"backup.db"_s);
    QProcess backup;
    backup.start(ServerProcess::binary(), { u"--db"_s, running.databasePath(), u"backup"_s, copy });
    QTRY_VERIFY_WITH_TIMEOUT(backup.state() == QProcess::NotRunning,
                             60'000); // the event loop keeps the load going
    stop = true;
    QCOMPARE(backup.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(load.pending(), 0, 30'000);
    QVERIFY(acknowledged > 200);

    auto restored = DbConnection::open(copy, SchemaMigrator::Schema::Server);
    QVERIFY(restored.ok());
    const QStringList problems = InvariantChecker(*restored.value()).check().value();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(InventoryQueries(*restored.value()).lastSeq().value() > 64); // more than the demo seed
}

QTEST_GUILESS_MAIN(TestOperatorCommands)
#include "tst_operatorcommands.moc"
