// A product's movement history at a store (issue 26), offscreen, against a real server: receive
// 5, sell 2, count to 10, then the history opened with Ctrl+H and from the availability table
// shows them, newest first; only the sales with the reason filter; the CSV export.
// INVENTORY_HISTORY_SHOT=file.png saves the dialog filled by the real server (file-pos.png).
// (The model, the chart and the dialog against a fake server: tst_poshistory.)
#include "core/client/history/producthistory.h"
#include "csvlines.h"
#include "posfixture.h"
#include "ui/history/historydialog.h"
#include "ui/history/historyopener.h"
#include "ui/models/historymodel.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QtCharts/QLineSeries>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosTillHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theTillsOwnChangesNewestFirst();

private:
    PosFixture m_pos;
    QTemporaryDir m_dir;
};

void TestPosTillHistory::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
}

void TestPosTillHistory::cleanupTestCase()
{
    m_pos.closeWindow();
}

void TestPosTillHistory::theTillsOwnChangesNewestFirst()
{
    QVERIFY(m_pos.startServer());
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    ClientSession &session = m_pos.session();
    const QString product = u"PROD-007"_s;
    const qint64 before = m_pos.serverQuantity(product);
    // One at a time, each on the server before the next: the history's order is theirs.
    QVERIFY(session.receive(product, 5).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(product), before + 5, 10'000);
    QVERIFY(session.sell(product, 2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(product), before + 3, 10'000);
    window.selectProduct(product); // the counter's shown row, which a count starts from
    QVERIFY(session.count(product, 10, std::nullopt).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(product), qint64(10), 10'000);

    // Ctrl+H: the product at the counter, at the till's store; Esc closes.
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    QPointer<ui::HistoryDialog> dialog = window.history()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->history()->productId(), product);
    QCOMPARE(dialog->history()->storeId(), session.storeId());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    // A double-click on the availability row of MAD-001.
    window.tabs()->setCurrentIndex(1);
    auto *availability = window.findChild<QTableView *>(u"availabilityView"_s);
    QTRY_VERIFY(availability->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < availability->model()->rowCount(); ++r) {
        if (availability->model()->index(r, 0).data().toString().startsWith(u"MAD-001"_s))
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = availability->visualRect(availability->model()->index(row, 1));
    // As a mouse does it: QTest's double-click alone has no press before it.
    QTest::mouseClick(availability->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(availability->viewport(), Qt::LeftButton, {}, cell.center());
    dialog = window.history()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->history()->storeId(), u"MAD-001"_s);
    ProductHistory *history = dialog->history();
    bool failed = false;
    connect(history, &ProductHistory::failed, [&failed] { failed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(history->loaded() || failed, 10'000);
    QVERIFY2(history->loaded(), qPrintable(dialog->errorLabel()->text()));

    ui::HistoryModel *model = dialog->model();
    QVERIFY(model->rowCount() >= 3);
    const StockMovement counted = model->movementAt(0);
    const StockMovement sold = model->movementAt(1);
    const StockMovement received = model->movementAt(2);
    QCOMPARE(counted.type, u"stock.counted"_s);
    QCOMPARE(counted.reason, u"count"_s);
    QCOMPARE(counted.quantityAfter, qint64(10));
    QCOMPARE(counted.delta, 10 - (before + 3));
    QCOMPARE(sold.reason, u"sale"_s);
    QCOMPARE(sold.delta, qint64(-2));
    QCOMPARE(sold.quantityAfter, before + 3);
    QCOMPARE(received.reason, u"received"_s); // a till's "receipt", as the server records it
    QCOMPARE(received.delta, qint64(5));
    QCOMPARE(received.quantityAfter, before + 5);
    QVERIFY(counted.seq > sold.seq && sold.seq > received.seq);
    QVERIFY(counted.atMs >= sold.atMs && sold.atMs >= received.atMs);
    QCOMPARE(sold.actor, u"clerk-mad"_s);
    QCOMPARE(model->index(1, ui::HistoryModel::Change).data().toString(), u"-2"_s);
    QCOMPARE(model->index(2, ui::HistoryModel::Change).data().toString(), u"+5"_s);
    QVERIFY(dialog->series()->count() >= 2 * model->rowCount());
    if (const QString shot = qEnvironmentVariable("INVENTORY_HISTORY_SHOT"); !shot.isEmpty())
        QVERIFY(dialog->grab().save(QString(shot).replace(u".png"_s, u"-pos.png"_s)));

    // Only sales: fewer rows, each a sale.
    const int all = model->rowCount();
    dialog->reasonFilter()->setCurrentIndex(dialog->reasonFilter()->findData(u"sale"_s));
    QTRY_VERIFY_WITH_TIMEOUT(history->loaded() && model->rowCount() > 0, 10'000);
    QVERIFY(model->rowCount() < all);
    for (const StockMovement &m : model->movements())
        QCOMPARE(m.reason, u"sale"_s);

    const QString path = m_dir.filePath(u"history.csv"_s);
    QVERIFY(dialog->exportTo(path).ok());
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), 1 + model->rowCount());
    QFile csv(path); // with the byte-order mark Excel needs to read UTF-8
    QVERIFY(csv.open(QIODevice::ReadOnly) && csv.read(3) == "\xEF\xBB\xBF");
    QVERIFY(lines.at(0).contains(u"Change,Quantity,Reserved,Incoming"_s));
    QVERIFY2(lines.at(1).contains(u",Sale,-2,"_s) && lines.at(1).contains(u"clerk-mad"_s),
             qPrintable(lines.at(1)));
}

QTEST_MAIN(TestPosTillHistory)
#include "tst_postillhistory.moc"
