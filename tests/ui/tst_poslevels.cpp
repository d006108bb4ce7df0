// Reorder levels in the POS (issue 27), offscreen against a real server: a manager sets levels
// for rows selected in the stock matrix; the low-stock badge appears when a sale at the counter
// crosses a minimum and says so; the list shows the need and a store to take units from, and
// one click requests the transfer, which the list then counts as on its way; a clerk sees the
// badge but cannot set levels.
// INVENTORY_LEVELS_SHOT=prefix saves the badge window and the list (prefix-window.png,
// prefix-list.png).
#include "core/client/localcache.h"
#include "posfixture.h"
#include "ui/counterpanel.h"
#include "ui/levels/levelsdialog.h"
#include "ui/levels/levelseditor.h"
#include "ui/levels/lowstockbadge.h"
#include "ui/levels/replenishmentdialog.h"
#include "ui/levels/replenishmentmodel.h"
#include "ui/matrixpanel.h"
#include "ui/models/stockmatrixmodel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosLevels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aManagerSetsLevelsForSelectedRows();
    void theBadgeAppearsWhenASaleCrossesMin();
    void replenishmentRequestsATransfer();
    void aClerkSeesTheBadgeButSetsNoLevels();

private:
    PosFixture m_pos;
};

void TestPosLevels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    QVERIFY(m_pos.startServer());
    const QByteArray admin = m_pos.adminToken();
    // PROD-005: 10 in Madrid, 40 in Barcelona (whose target is 10: 30 to spare).
    QCOMPARE(m_pos.http().setStock(m_pos.server().url(), u"PROD-005"_s, u"MAD-001"_s, 10, admin),
             200);
    QCOMPARE(m_pos.http().setStock(m_pos.server().url(), u"PROD-005"_s, u"BCN-001"_s, 40, admin),
             200);
    for (const QString &store : { u"BCN-001"_s, u"VAL-001"_s, u"SEV-001"_s }) {
        const HttpResponse r = m_pos.http().send(
            "PUT", m_pos.server().url(u"/api/v1/stores/%1/levels/PROD-005"_s.arg(store)),
            store == u"BCN-001"_s ? R"({"min":2,"target":10})" : R"({"min":1,"target":100000})",
            admin);
        QCOMPARE(r.status, 200);
    }
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
}

void TestPosLevels::cleanupTestCase()
{
    m_pos.closeWindow();
}

void TestPosLevels::aManagerSetsLevelsForSelectedRows()
{
    ui::MainWindow &window = m_pos.window();
    ui::MatrixPanel *matrix = window.matrix();
    QVERIFY(matrix);
    window.tabs()->setCurrentWidget(matrix);
    QTRY_VERIFY(matrix->model()->rowCount() > 5);
    // Select PROD-005 and PROD-006, then "Set reorder levels…".
    QItemSelectionModel *selection = matrix->view()->selectionModel();
    const QAbstractItemModel *shown = matrix->view()->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QString id = shown->index(r, 0).data().toString();
        if (id == u"PROD-005"_s || id == u"PROD-006"_s)
            selection->select(shown->index(r, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(matrix->selectedProducts().size(), 2);
    matrix->findChild<QPushButton *>(u"setLevels"_s)->click();
    QPointer<ui::LevelsDialog> dialog = window.levels()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->storeId(), u"MAD-001"_s); // the only store this manager runs
    // The target cannot go below the minimum.
    dialog->targetField()->setValue(3);
    dialog->minField()->setValue(5);
    QCOMPARE(dialog->targetLevel(), 5);
    dialog->targetField()->setValue(12);
    QSignalSpy changed(window.levels(), &ui::LevelsEditor::changed);
    dialog->accept();
    QVERIFY(changed.wait(10'000));
    for (const QString &product : { u"PROD-005"_s, u"PROD-006"_s }) {
        const QJsonObject row = m_pos.http().stockRow(m_pos.server().url(), product, u"MAD-001"_s,
                                                      m_pos.adminToken());
        QCOMPARE(row.value(u"min"_s).toInteger(), 5);
        QCOMPARE(row.value(u"target"_s).toInteger(), 12);
        auto cached = m_pos.session().cache().row(product, u"MAD-001"_s);
        QVERIFY(cached.ok());
        QCOMPARE(cached->minLevel, 5);
    }
}

void TestPosLevels::theBadgeAppearsWhenASaleCrossesMin()
{
    ui::MainWindow &window = m_pos.window();
    ui::LowStockBadge *badge = window.lowStock();
    QVERIFY(badge);
    const int before = badge->lowCount();
    QSignalSpy alerted(badge, &ui::LowStockBadge::alerted);
    // 10 of PROD-005, minimum 5: selling 6 takes it below.
    window.selectProduct(u"PROD-005"_s);
    window.counter()->quantityField()->setValue(6);
    window.counter()->sell();
    QTRY_COMPARE_WITH_TIMEOUT(badge->lowCount(), before + 1, 10'000);
    QVERIFY2(badge->text().contains(QString::number(before + 1)), qPrintable(badge->text()));
    QVERIFY(alerted.wait(10'000) || !alerted.isEmpty());
    QVERIFY2(alerted.constFirst().constFirst().toString().contains(u"minimum 5"_s),
             qPrintable(alerted.constFirst().constFirst().toString()));
    // In the matrix the cell is marked low (below its minimum, above the default threshold).
    ui::MatrixPanel *matrix = window.matrix();
    matrix->refresh();
    ui::StockMatrixModel *model = matrix->model();
    const int madrid = 2 + int(model->storeIds().indexOf(u"MAD-001"_s));
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == u"PROD-005"_s)
            QVERIFY(model->index(r, madrid).data(Qt::BackgroundRole).isValid());
    }
    if (const QString shot = qEnvironmentVariable("INVENTORY_LEVELS_SHOT"); !shot.isEmpty())
        QVERIFY(window.grab().save(shot + u"-window.png"_s));
}

void TestPosLevels::replenishmentRequestsATransfer()
{
    ui::MainWindow &window = m_pos.window();
    // The levels dialog was the active window: a shortcut needs the main window active again.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ui::ReplenishmentDialog> list = window.lowStock()->list();
    QVERIFY(list);
    QSignalSpy loaded(list.data(), &ui::ReplenishmentDialog::loaded);
    QVERIFY(loaded.wait(10'000));
    ui::ReplenishmentModel *model = list->model();
    int line = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->lines().at(r).productId == u"PROD-005"_s)
            line = r;
    }
    QVERIFY(line >= 0);
    const ReplenishmentLine l = model->lines().at(line);
    QCOMPARE(l.available, 4);
    QCOMPARE(l.need, 8); // 12 − 4
    QCOMPARE(l.sourceStoreId, u"BCN-001"_s);
    QCOMPARE(l.suggested(), 8);
    QCOMPARE(model->index(line, ui::ReplenishmentModel::Product).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    if (const QString shot = qEnvironmentVariable("INVENTORY_LEVELS_SHOT"); !shot.isEmpty())
        QVERIFY(list->grab().save(shot + u"-list.png"_s));
    // Only PROD-005 is asked for: every other checked line is unchecked.
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r != line)
            model->setData(model->index(r, 0), Qt::Unchecked, Qt::CheckStateRole);
    }
    QSignalSpy done(list.data(), &ui::ReplenishmentDialog::done);
    list->requestButton()->click();
    QVERIFY(done.wait(10'000));
    QCOMPARE(done.constFirst().at(1).value<ui::Notice>(), ui::Notice::Info);
    QVERIFY(loaded.wait(10'000)); // reloaded after the request
    for (const ReplenishmentLine &after : model->lines()) {
        if (after.productId == u"PROD-005"_s) {
            QCOMPARE(after.requested, 8);
            QCOMPARE(after.need, 0);
        }
    }
    const HttpResponse transfers = m_pos.http().get(
        m_pos.server().url(u"/api/v1/transfers?storeId=BCN-001&status=REQUESTED"_s),
        m_pos.adminToken());
    QVERIFY(transfers.body.contains("PROD-005"));
    list->close();
}

void TestPosLevels::aClerkSeesTheBadgeButSetsNoLevels()
{
    m_pos.closeWindow();
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    QVERIFY(window.lowStock());
    QVERIFY(window.levels() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(window.lowStock()->lowCount() >= 1, 10'000);
}

QTEST_MAIN(TestPosLevels)
#include "tst_poslevels.moc"
