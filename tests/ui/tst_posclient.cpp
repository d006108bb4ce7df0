// The desktop POS (offscreen) against a real server: search and barcode, selling, live
// updates, offline and back, the count conflict dialog, reservation countdown, Spanish.
#include "core/client/clientsession.h"
#include "httpclient.h"
#include "readok.h"
#include "serverprocess.h"
#include "ui/counterpanel.h"
#include "ui/matrixpanel.h"
#include "ui/models/activitymodel.h"
#include "ui/models/availabilitymodel.h"
#include "ui/models/lowstockfilter.h"
#include "ui/models/pendingmodel.h"
#include "ui/models/reservationmodel.h"
#include "ui/pendingpanel.h"
#include "ui/reservationspanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchByNameAndBarcodeThenSell();
    void changeByAnotherUserShowsUp();
    void offlineSalesQueueAndDrain();
    void staleCountShowsTheConflictDialog();
    void reservationCountsDownAndExpires();
    void matrixFiltersLowStockAndExportsCsv();
    void spanishTranslationLoads();
    void spanishTranslationIsComplete();

private:
    qint64 serverQuantity(const QString &product, const QString &store = u"MAD-001"_s);
    int availabilityRow(const QString &store) const;

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_profiles;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_profileCounter = 0;
};

void TestPosClient::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
}

void TestPosClient::init()
{
    m_session = std::make_unique<ClientSession>(
        m_profiles.filePath(u"clerk-%1.db"_s.arg(++m_profileCounter)));
    QVERIFY(m_session->open().ok());
    bool signedIn = false;
    m_session->signIn({ m_server->url() }, u"clerk-mad"_s, u"demo"_s,
                      [&](Result<User> user, bool offline) { signedIn = user.ok() && !offline; });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, 10'000);
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->show();
    m_session->startSync();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->sync().state(), SyncEngine::State::Live, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(readOk(m_session->cache().productCount()) >= 16, 5000);
}

void TestPosClient::cleanup()
{
    m_window.reset();
    m_session.reset();
}

qint64 TestPosClient::serverQuantity(const QString &product, const QString &store)
{
    return m_http.stockRow(m_server->url(), product, store, m_admin)
        .value(u"quantity"_s)
        .toInteger();
}

int TestPosClient::availabilityRow(const QString &store) const
{
    for (int r = 0; r < m_window->availability()->rowCount(); ++r) {
        if (m_window->availability()->rowAt(r).storeId == store)
            return r;
    }
    return -1;
}

void TestPosClient::searchByNameAndBarcodeThenSell()
{
    auto *search = m_window->findChild<QLineEdit *>(u"search"_s);
    auto *results = m_window->findChild<QTableView *>(u"resultsView"_s);
    QVERIFY(search && results);
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QTest::keyClicks(search, u"logitech"_s);
    QTRY_COMPARE(results->model()->rowCount(), 2);
    search->clear();

    const QString barcode = readOk(m_session->cache().product(u"PROD-009"_s))->barcode;
    QTest::keyClicks(search, barcode);
    QTest::keyClick(search, Qt::Key_Return); // what a keyboard-wedge scanner sends
    QCOMPARE(m_window->counter()->product()->id, u"PROD-009"_s);
    QVERIFY(search->text().isEmpty());

    const qint64 before = serverQuantity(u"PROD-009"_s);
    const int row = availabilityRow(u"MAD-001"_s);
    QVERIFY(row >= 0);
    QTest::keyClick(m_window.get(), Qt::Key_F6); // receive 1
    QTRY_COMPARE_WITH_TIMEOUT(serverQuantity(u"PROD-009"_s), before + 1, 10'000);
    QTest::keyClick(m_window.get(), Qt::Key_F5); // sell 1
    QTest::keyClick(m_window.get(),
                    Qt::Key_F5); // and one more than there is: rejected, shown, rolled back
    QTRY_COMPARE_WITH_TIMEOUT(readOk(m_session->cache().rejected()).size(), 1, 10'000);
    QCOMPARE(serverQuantity(u"PROD-009"_s), before);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->availability()->index(row, ui::AvailabilityModel::Quantity).data().toLongLong(),
        before, 5000);
    QCOMPARE(m_window->pending()->attention()->rowCount(), 1);
    QCOMPARE(m_window->pending()->waiting()->rowCount(), 0);
    auto *toast = m_window->findChild<QLabel *>(u"toast"_s);
    QVERIFY(toast && toast->isVisible());
}

void TestPosClient::changeByAnotherUserShowsUp()
{
    m_window->selectProduct(u"PROD-010"_s);
    const int row = availabilityRow(u"BCN-001"_s);
    const QModelIndex cell = m_window->availability()->index(row, ui::AvailabilityModel::Quantity);
    const qint64 before = cell.data().toLongLong();
    QCOMPARE(m_http
                 .post(m_server->url(u"/api/v1/products/PROD-010/stock"_s),
                       { { u"storeId"_s, u"BCN-001"_s },
                         { u"operation"_s, u"add"_s },
                         { u"quantity"_s, 7 } },
                       m_http.login(m_server->url(), u"clerk-bcn"_s))
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->availability()->index(row, ui::AvailabilityModel::Quantity).data().toLongLong(),
        before + 7, 1000);
    // The activity list shows the change with the row it left (from the event's data).
    const ui::ActivityModel *activity = m_window->activity();
    QVERIFY(activity->rowCount() >= 1);
    QCOMPARE(activity->eventAt(0).productId, u"PROD-010"_s);
    QCOMPARE(activity->index(0, ui::ActivityModel::Product).data().toString(),
             u"Router TP-Link Archer C6"_s);
    QCOMPARE(activity->index(0, ui::ActivityModel::Quantity).data().toLongLong(), before + 7);
}

void TestPosClient::offlineSalesQueueAndDrain()
{
    m_window->selectProduct(u"PROD-012"_s);
    const qint64 before = serverQuantity(u"PROD-012"_s);
    QVERIFY(before >= 2);
    QCOMPARE(m_server->stop(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(u"Offline"_s), 15'000);
    m_window->counter()->sell();
    m_window->counter()->sell();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingLabel()->text(), u"2 to sync"_s, 5000);
    QCOMPARE(m_window->pending()->waiting()->rowCount(), 2);
    QCOMPARE(readOk(m_session->cache().row(u"PROD-012"_s, u"MAD-001"_s)).quantity,
             before - 2); // optimistic
    QVERIFY(m_server->start());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingLabel()->text(), u"0 to sync"_s, 40'000);
    QCOMPARE(serverQuantity(u"PROD-012"_s), before - 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().contains(u"Online"_s), 40'000);
}

void TestPosClient::staleCountShowsTheConflictDialog()
{
    m_window->selectProduct(u"PROD-013"_s);
    const StockRow row = readOk(m_session->cache().row(u"PROD-013"_s, u"MAD-001"_s));
    QVERIFY(
        m_session->count(u"PROD-013"_s, 9, row.version - 1).ok()); // counted against an old version
    QTRY_VERIFY_WITH_TIMEOUT(m_window->conflictDialog() && m_window->conflictDialog()->isVisible(),
                             10'000);
    QVERIFY(m_window->conflictDialog()->text().contains(
        QString::number(serverQuantity(u"PROD-013"_s))));
    QVERIFY(m_window->conflictDialog()->text().contains(u"version %1"_s.arg(row.version)));
    QCOMPARE(readOk(m_session->cache().row(u"PROD-013"_s, u"MAD-001"_s)).quantity,
             serverQuantity(u"PROD-013"_s));
    m_window->conflictDialog()->close();
}

void TestPosClient::reservationCountsDownAndExpires()
{
    QVERIFY(m_session->reserve(u"PROD-001"_s, 1, u"web-1"_s, 4).ok());
    ui::ReservationModel *model = m_window->reservations()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10'000);
    const qint64 first = model->remainingSeconds(0);
    QVERIFY(first >= 2 && first <= 4);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->remainingSeconds(0) < first, 3000);
    // Expired on the server: it stays in view, greyed, with its status in words.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowAt(0).status, ReservationStatus::Expired, 8000);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ui::ReservationModel::Status).data().toString(), u"Expired"_s);
}

void TestPosClient::matrixFiltersLowStockAndExportsCsv()
{
    ui::MatrixPanel matrix(m_session->cache());
    QTemporaryDir dir;
    const auto readLines = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringList();
        return QString::fromUtf8(file.readAll().mid(3)).trimmed().split(u"\r\n"_s);
    };
    const QString all = dir.filePath(u"all.csv"_s);
    QVERIFY(matrix.exportCsv(all).ok());
    const QStringList lines = readLines(all);
    QCOMPARE(lines.first(),
             u"Product ID,Name,Barcelona Plaza Catalunya BCN-001,Madrid Centro MAD-001,"
             "Sevilla Centro SEV-001,Valencia Norte VAL-001"_s);
    QCOMPARE(lines.size(), 1 + int(readOk(m_session->cache().productCount())));

    matrix.filter()->setEnabled(true);
    const QString low = dir.filePath(u"low.csv"_s);
    QVERIFY(matrix.exportCsv(low).ok());
    const QStringList lowLines = readLines(low);
    QVERIFY(lowLines.size() > 1 && lowLines.size() < lines.size());
    for (const QString &line : lowLines.mid(1)) {
        const QStringList cells = line.split(u',');
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (const QString &cell : cells.mid(cells.size() - 4))
            lowest = qMin(lowest, cell.toLongLong());
        QVERIFY2(lowest <= ui::AvailabilityModel::LowStock, qPrintable(line));
    }
}

void TestPosClient::spanishTranslationLoads()
{
    QTranslator spanish;
    QVERIFY(spanish.load(u":/i18n/inventory_es.qm"_s));
    QCoreApplication::installTranslator(&spanish);
    ui::MainWindow window(*m_session);
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        for (QAction *action : menu->menu()->actions())
            texts << action->text();
    }
    QCoreApplication::removeTranslator(&spanish);
    QVERIFY2(texts.contains(u"&Archivo"_s), qPrintable(texts.join(u", ")));
    QVERIFY(texts.contains(u"&Vender"_s));
    QVERIFY(texts.contains(u"&Buscar producto"_s));
    QVERIFY(window.findChild<QLineEdit *>(u"search"_s)->placeholderText().startsWith(u"Buscar"_s));
}

void TestPosClient::spanishTranslationIsComplete()
{
    QFile ts(QStringLiteral(INVENTORY_TRANSLATIONS_DIR) + u"/inventory_es.ts"_s);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray content = ts.readAll();
    QVERIFY(content.count("<message") > 100);
    QCOMPARE(content.count("type=\"unfinished\""), 0);
    QCOMPARE(content.count("<translation></translation>"), 0);
}

QTEST_MAIN(TestPosClient)
#include "tst_posclient.moc"
