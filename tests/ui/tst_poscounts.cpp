// Count sessions in the POS (issue 27), offscreen against a real server, with two tills of one
// store: a manager opens a count of a category; both tills scan into it (scan, scan, scan, the
// pad for a number; an unknown barcode arms nothing and says so); each till sees the other's
// counts follow the feed; a sale rung up meanwhile does not spoil the count; the manager's
// review shows counted against expected with a variance, and Apply posts the correction. A clerk
// counts but neither opens, reviews nor cancels.
// INVENTORY_COUNTS_SHOT=prefix saves the counting screen and the review (prefix-counting.png,
// prefix-review.png).
#include "posfixture.h"
#include "ui/counts/countingdialog.h"
#include "ui/counts/countlinesmodel.h"
#include "ui/counts/countlistmodel.h"
#include "ui/counts/countreviewdialog.h"
#include "ui/counts/countreviewmodel.h"
#include "ui/counts/countspanel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosCounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aManagerOpensACountOfACategory();
    void scanScanScanThenThePad();
    void aSecondTillCountsIntoItLive();
    void theReviewShowsVariancesAndApplies();

private:
    static QString cell(QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
    ui::CountingDialog *counting(PosFixture &pos)
    {
        return pos.window().counts()->countingDialog();
    }

    PosFixture m_manager;
    PosFixture m_clerk;
    QString m_countId;
};

void TestPosCounts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    QVERIFY(m_manager.startServer());
    m_clerk.shareServer(m_manager);
    const QByteArray admin = m_manager.adminToken();
    QCOMPARE(
        m_manager.http().setStock(m_manager.server().url(), u"PROD-005"_s, u"MAD-001"_s, 12, admin),
        200);
    QCOMPARE(
        m_manager.http().setStock(m_manager.server().url(), u"PROD-012"_s, u"MAD-001"_s, 8, admin),
        200);
    QVERIFY(m_manager.openWindow(u"manager-mad"_s));
    QVERIFY(m_clerk.openWindow(u"clerk-mad"_s));
}

void TestPosCounts::cleanupTestCase()
{
    m_clerk.closeWindow();
    m_manager.closeWindow();
}

void TestPosCounts::aManagerOpensACountOfACategory()
{
    ui::CountsPanel *panel = m_manager.window().counts();
    m_manager.window().tabs()->setCurrentWidget(panel);
    QVERIFY(panel->newButton()->isVisible());
    panel->setScopePrompt([] {
        CountDesk::Scope scope;
        scope.scope = CountScope::Category;
        scope.category = u"Audio"_s;
        return std::optional<CountDesk::Scope>(scope);
    });
    panel->newButton()->click();
    QTRY_VERIFY(counting(m_manager));
    ui::CountingDialog *dialog = counting(m_manager);
    QTRY_COMPARE(dialog->model()->rowCount(), 2);
    QVERIFY(dialog->windowTitle().contains(u"Category Audio"_s));
    // The books at the start are shown: the count is not blind.
    QCOMPARE(
        cell(dialog->model(), dialog->model()->rowOf(u"PROD-005"_s), ui::CountLinesModel::AtStart),
        u"12"_s);
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    m_countId = panel->model()->countAt(0).value(u"countId"_s).toString();
    QVERIFY(!m_countId.isEmpty());
    QCOMPARE(cell(panel->model(), 0, ui::CountListModel::Status), u"Counting"_s);
}

void TestPosCounts::scanScanScanThenThePad()
{
    ui::CountingDialog *dialog = counting(m_manager);
    QVERIFY(dialog);
    // An unknown barcode arms nothing and says so.
    dialog->scan(u"8400000000000"_s);
    QVERIFY(dialog->armed().isEmpty());
    QVERIFY(dialog->statusLabel()->text().contains(u"No product with barcode 8400000000000"_s));
    // Three scans of one product: three units.
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(dialog->scanField(), u"PROD-005"_s);
        QTest::keyClick(dialog->scanField(), Qt::Key_Return);
    }
    QCOMPARE(dialog->armed(), u"PROD-005"_s);
    QCOMPARE(dialog->countedField()->value(), 3);
    // The pad replaces what the scans made: 9 on the shop floor.
    dialog->pressPad(u'9');
    QCOMPARE(dialog->countedField()->value(), 9);
    dialog->recordButton()->click();
    const int row = dialog->model()->rowOf(u"PROD-005"_s);
    QTRY_COMPARE(cell(dialog->model(), row, ui::CountLinesModel::AllTills), u"9"_s);
    QCOMPARE(cell(dialog->model(), row, ui::CountLinesModel::Here), u"9"_s);
    QTRY_COMPARE(dialog->progress()->value(), 1);
    // Scanning the next product records it with the pad's number; then Enter records.
    QTest::keyClicks(dialog->scanField(), u"PROD-012"_s);
    QTest::keyClick(dialog->scanField(), Qt::Key_Return);
    dialog->pressPad(u'7');
    dialog->countedField()->setFocus();
    QTest::keyClick(dialog->countedField(), Qt::Key_Return);
    QTRY_COMPARE(
        cell(dialog->model(), dialog->model()->rowOf(u"PROD-012"_s), ui::CountLinesModel::AllTills),
        u"7"_s);
    const QJsonObject count
        = m_manager.http()
              .get(m_manager.server().url(u"/api/v1/counts/"_s + m_countId), m_manager.adminToken())
              .json();
    QCOMPARE(count.value(u"counted"_s).toInt(), 2);
}

void TestPosCounts::aSecondTillCountsIntoItLive()
{
    ui::CountsPanel *panel = m_clerk.window().counts();
    m_clerk.window().tabs()->setCurrentWidget(panel);
    QVERIFY(!panel->newButton()->isVisible());
    QVERIFY(!panel->reviewButton()->isVisible());
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QVERIFY(panel->select(m_countId));
    panel->countButton()->click();
    QTRY_VERIFY(counting(m_clerk));
    ui::CountingDialog *dialog = counting(m_clerk);
    QTRY_COMPARE(dialog->model()->rowCount(), 2);
    // Three more of PROD-005 in the back room, counted at the second till.
    dialog->scan(u"PROD-005"_s);
    dialog->pressPad(u'3');
    dialog->record();
    const int row = dialog->model()->rowOf(u"PROD-005"_s);
    QTRY_COMPARE(cell(dialog->model(), row, ui::CountLinesModel::AllTills), u"12"_s);
    // The manager's screen follows the feed.
    ui::CountingDialog *managers = counting(m_manager);
    QTRY_COMPARE_WITH_TIMEOUT(cell(managers->model(), managers->model()->rowOf(u"PROD-005"_s),
                                   ui::CountLinesModel::AllTills),
                              u"12"_s, 10'000);
    QCOMPARE(
        cell(managers->model(), managers->model()->rowOf(u"PROD-005"_s), ui::CountLinesModel::Here),
        u"9"_s);
    dialog->close();
    // Two sold after they were counted: the count is not spoilt.
    QCOMPARE(m_manager.http()
                 .post(m_manager.server().url(u"/api/v1/products/PROD-005/stock"_s),
                       { { u"storeId"_s, u"MAD-001"_s },
                         { u"operation"_s, u"subtract"_s },
                         { u"quantity"_s, 2 },
                         { u"reason"_s, u"sale"_s } },
                       m_manager.adminToken())
                 .status,
             200);
    if (const QString shot = qEnvironmentVariable("INVENTORY_COUNTS_SHOT"); !shot.isEmpty())
        QVERIFY(managers->grab().save(shot + u"-counting.png"_s));
}

void TestPosCounts::theReviewShowsVariancesAndApplies()
{
    ui::CountsPanel *panel = m_manager.window().counts();
    counting(m_manager)->close();
    QVERIFY(panel->select(m_countId));
    panel->reviewButton()->click();
    QTRY_VERIFY(panel->reviewDialog());
    ui::CountReviewDialog *review = panel->reviewDialog();
    QSignalSpy loaded(review, &ui::CountReviewDialog::loaded);
    QVERIFY(loaded.wait(10'000));
    ui::CountReviewModel *model = review->model();
    QCOMPARE(model->rowCount(), 2);
    QHash<QString, ui::CountReviewModel::Line> lines;
    for (const auto &l : model->lines())
        lines.insert(l.productId, l);
    QCOMPARE(*lines.value(u"PROD-005"_s).counted, 12);
    QCOMPARE(lines.value(u"PROD-005"_s).expected, 12);
    QCOMPARE(lines.value(u"PROD-005"_s).variance, 0);
    QCOMPARE(lines.value(u"PROD-012"_s).variance, -1);
    QVERIFY(review->summary()->text().contains(u"2 counted"_s));
    QVERIFY(review->applyButton()->isEnabled());
    if (const QString shot = qEnvironmentVariable("INVENTORY_COUNTS_SHOT"); !shot.isEmpty())
        QVERIFY(review->grab().save(shot + u"-review.png"_s));
    QString asked;
    review->setConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    QSignalSpy applied(review, &ui::CountReviewDialog::applied);
    review->applyButton()->click();
    QVERIFY(asked.contains(u"1 product"_s));
    QVERIFY(applied.wait(10'000));
    QCOMPARE(m_manager.serverQuantity(u"PROD-005"_s), 10); // 12 counted, 2 sold since
    QCOMPARE(m_manager.serverQuantity(u"PROD-012"_s), 7);
    // No longer being counted: it leaves the open counts, and is listed with all of them.
    QTRY_COMPARE(panel->model()->rowOf(m_countId), -1);
    panel->filter()->setCurrentIndex(1);
    QTRY_VERIFY(panel->model()->rowOf(m_countId) >= 0);
    QCOMPARE(cell(panel->model(), panel->model()->rowOf(m_countId), ui::CountListModel::Status),
             u"Applied"_s);
}

QTEST_MAIN(TestPosCounts)
#include "tst_poscounts.moc"
