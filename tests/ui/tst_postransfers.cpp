// Transfers between stores at the POS (issue 26), offscreen, two tills against one real
// server: Madrid (clerk-mad) asks Barcelona (clerk-bcn) for a product from a row of its
// Availability tab; Barcelona sees the request in its Transfers tab (through the feed), picks
// it by scanning the product's barcode and ships it, and prints the slip (a PDF in the
// receipts folder, with the transfer's QR code); Madrid's Availability shows the units
// incoming; Madrid scans the slip and the product into the receive dialog and receives part
// of it; the movement histories show transfer_in at MAD-001 and transfer_out at BCN-001.
// Then, with the server stopped, Madrid receives the rest: queued, and received once when
// the server is back. (A manager closing and cancelling: tst_postransferclosing. The models
// and the slip without a server: tst_transfermodels.)
#include "core/client/history/producthistory.h"
#include "posfixture.h"
#include "readok.h"
#include "ui/history/historydialog.h"
#include "ui/history/historyopener.h"
#include "ui/models/availabilitymodel.h"
#include "ui/models/historymodel.h"
#include "ui/models/pendingmodel.h"
#include "ui/pendingpanel.h"
#include "ui/session/languagesetup.h"
#include "ui/tickets/receiptprinter.h"
#include "ui/transfers/slip/transferslipdialog.h"
#include "ui/transfers/transferdialogs.h"
#include "ui/transfers/transferlistmodel.h"
#include "ui/transfers/transferpickmodel.h"
#include "ui/transfers/transferreceivedialog.h"
#include "ui/transfers/transferreceivemodel.h"
#include "ui/transfers/transferrequestdialog.h"
#include "ui/transfers/transferrequester.h"
#include "ui/transfers/transfershipdialog.h"
#include "ui/transfers/transferspanel.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
const QString TheProduct = u"PROD-007"_s;
const QString Madrid = u"MAD-001"_s;
const QString Barcelona = u"BCN-001"_s;
} // namespace

class TestPosTransfers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void madridAsksBarcelonaShipsAndMadridReceives();
    void aReceiptWhileTheServerIsDownIsQueuedAndArrivesOnce();

private:
    QString barcode(PosFixture &till)
    {
        return readOk(till.session().cache().product(TheProduct))->barcode;
    }
    ui::TransfersPanel *panel(PosFixture &till) { return till.window().transfers(); }
    // The status of the transfer in words, as the till's Transfers tab lists it.
    QString listedStatus(PosFixture &till)
    {
        const ui::TransferListModel *model = panel(till)->model();
        const int row = model->rowOf(m_transferId);
        return row < 0 ? QString()
                       : model->index(row, ui::TransferListModel::Status).data().toString();
    }
    qint64 incomingAtMadrid()
    {
        return m_mad.window()
            .availability()
            ->index(availabilityRow(Madrid), ui::AvailabilityModel::Incoming)
            .data()
            .toLongLong();
    }
    // The row of a store in the availability table, or -1.
    int availabilityRow(const QString &storeId)
    {
        ui::AvailabilityModel *model = m_mad.window().availability();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r).storeId == storeId)
                return r;
        }
        return -1;
    }
    // The movement history of the product at a store, read by the till's history dialog.
    QList<StockMovement> history(PosFixture &till, const QString &storeId);
    static void scanInto(QLineEdit *field, const QString &code)
    {
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }

    PosFixture m_mad;
    PosFixture m_bcn;
    QTemporaryDir m_settings;
    QTemporaryDir m_receipts;
    QString m_transferId;
    qint64 m_madridBefore = 0;
};

void TestPosTransfers::initTestCase()
{
    QVERIFY(ui::LanguageSetup::apply(u"en"_s)); // "3 units", not the source's "3 unit(s)"
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().setValue(ui::ReceiptPrinter::folderKey(), m_receipts.path());
}

void TestPosTransfers::cleanupTestCase()
{
    m_mad.closeWindow();
    m_bcn.closeWindow();
}

QList<StockMovement> TestPosTransfers::history(PosFixture &till, const QString &storeId)
{
    till.window().history()->open(TheProduct, storeId);
    QPointer<ui::HistoryDialog> dialog = till.window().history()->dialog();
    if (!dialog)
        return {};
    bool failed = false;
    connect(dialog->history(), &ProductHistory::failed, this, [&failed] { failed = true; });
    if (!QTest::qWaitFor([&] { return dialog->history()->loaded() || failed; }, 10'000) || failed)
        return {};
    const QList<StockMovement> movements = dialog->model()->movements();
    dialog->close();
    return movements;
}

void TestPosTransfers::madridAsksBarcelonaShipsAndMadridReceives()
{
    QVERIFY(m_mad.startServer());
    m_bcn.shareServer(m_mad);
    QVERIFY(m_mad.openWindow(u"clerk-mad"_s));
    QVERIFY(m_bcn.openWindow(u"clerk-bcn"_s));
    const QUrl url = m_mad.server().url();
    QCOMPARE(m_mad.http().setStock(url, TheProduct, Barcelona, 10, m_mad.adminToken()), 200);
    m_madridBefore = m_mad.serverQuantity(TheProduct, Madrid);

    // Madrid: the product at the counter, Barcelona's row in Availability.
    ui::MainWindow &mad = m_mad.window();
    mad.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&mad));
    mad.selectProduct(TheProduct);
    mad.tabs()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(
        availabilityRow(Barcelona) >= 0
            ? mad.availability()->rowAt(availabilityRow(Barcelona)).available()
            : -1,
        qint64(10), 10'000);
    auto *availability = mad.findChild<QTableView *>(u"availabilityView"_s);
    ui::TransferRequester *requester = mad.transferRequester();
    availability->setCurrentIndex(mad.availability()->index(availabilityRow(Madrid), 0));
    QVERIFY(!requester->action()->isEnabled()); // not from its own store
    availability->setCurrentIndex(mad.availability()->index(availabilityRow(Barcelona), 0));
    QVERIFY(requester->action()->isEnabled());
    QVERIFY(availability->actions().contains(requester->action())); // the row's context menu
    QCOMPARE(requester->action()->shortcut(), QKeySequence(u"Ctrl+Shift+T"_s));
    QTest::keyClick(&mad, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ui::TransferRequestDialog> request = requester->dialog();
    QVERIFY(request);
    QCOMPARE(request->unitsField()->value(), 1);
    QCOMPARE(request->unitsField()->maximum(), 10); // what Barcelona has available
    QCOMPARE(request->subject().fromStoreId, Barcelona);
    request->unitsField()->setValue(3);
    QTest::keyClicks(request->noteField(), u"customer waiting"_s);
    QSignalSpy requested(request.data(), &ui::TransferRequestDialog::requested);
    QTest::mouseClick(request->requestButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10'000);
    m_transferId = requested.at(0).at(0).toString();
    QVERIFY(!m_transferId.isEmpty());
    QTRY_VERIFY(!request);
    QVERIFY2(m_mad.toastText().contains(u"requested"_s), qPrintable(m_mad.toastText()));
    QCOMPARE(m_mad.serverTransfer(m_transferId).value(u"status"_s).toString(), u"REQUESTED"_s);

    // Barcelona: the request arrives in its Transfers tab by the feed.
    ui::MainWindow &bcn = m_bcn.window();
    ui::TransfersPanel *bcnPanel = panel(m_bcn);
    bcn.tabs()->setCurrentWidget(bcnPanel);
    QVERIFY(m_bcn.selectTransfer(m_transferId));
    ui::TransferListModel *list = bcnPanel->model();
    const int row = list->rowOf(m_transferId);
    QCOMPARE(list->index(row, ui::TransferListModel::Direction).data().toString(), u"Out →"_s);
    QVERIFY(
        list->index(row, ui::TransferListModel::OtherStore).data().toString().startsWith(Madrid));
    QCOMPARE(list->index(row, ui::TransferListModel::Status).data().toString(), u"Requested"_s);
    QCOMPARE(list->index(row, ui::TransferListModel::Units).data().toLongLong(), qint64(3));
    QCOMPARE(list->index(row, ui::TransferListModel::Note).data().toString(),
             u"customer waiting"_s);
    QVERIFY(bcnPanel->shipButton()->isEnabled());
    QVERIFY(bcnPanel->cancelButton()->isEnabled());
    QVERIFY(!bcnPanel->receiveButton()->isEnabled()); // not the destination
    QVERIFY(!bcnPanel->closeButton()->isEnabled());
    // Madrid lists it too, as incoming, with nothing to ship.
    QVERIFY(m_mad.selectTransfer(m_transferId));
    QVERIFY(!panel(m_mad)->shipButton()->isEnabled());
    QVERIFY(!panel(m_mad)->receiveButton()->isEnabled()); // not shipped yet

    // Barcelona picks by scanning: two scans, a typed 3, a scan too many, a stranger.
    bcn.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bcn));
    QTest::mouseClick(bcnPanel->shipButton(), Qt::LeftButton);
    QPointer<ui::TransferShipDialog> ship = bcnPanel->dialogs()->shipDialog();
    QVERIFY(ship);
    QVERIFY(!ship->shipButton()->isEnabled()); // nothing picked
    scanInto(ship->scanField(), barcode(m_bcn));
    scanInto(ship->scanField(), barcode(m_bcn));
    QCOMPARE(ship->model()->picked(0), qint64(2));
    QVERIFY(ship->isVisible()); // Return in the scan field shipped nothing
    auto *spin = qobject_cast<QSpinBox *>(
        ship->view()->indexWidget(ship->model()->index(0, ui::TransferPickModel::Picked)));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 2);
    spin->setValue(3);
    QCOMPARE(ship->model()->picked(0), qint64(3));
    scanInto(ship->scanField(), barcode(m_bcn));
    QCOMPARE(ship->model()->picked(0), qint64(3));
    QVERIFY(ship->statusLabel()->text().contains(u"picked already"_s));
    scanInto(ship->scanField(), readOk(m_bcn.session().cache().product(u"PROD-001"_s))->barcode);
    QVERIFY(ship->statusLabel()->text().contains(u"not in this transfer"_s));
    QTest::mouseClick(ship->shipButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bcnPanel->dialogs()->slipDialog()
                                 && bcnPanel->dialogs()->slipDialog()->isVisible(),
                             10'000);
    QTRY_VERIFY(!ship);
    QCOMPARE(m_mad.serverTransfer(m_transferId).value(u"status"_s).toString(), u"IN_TRANSIT"_s);
    QCOMPARE(m_bcn.serverQuantity(TheProduct, Barcelona), qint64(7));

    // The slip offered after shipping (its layout: tst_transfermodels), printed to the
    // receipts folder.
    ui::TransferSlipDialog *slipDialog = bcnPanel->dialogs()->slipDialog();
    const QString slip = slipDialog->slip().textLines().join(u'\n');
    const QString name = readOk(m_bcn.session().cache().product(TheProduct))->name;
    QVERIFY2(slip.contains(m_transferId) && slip.contains(u"3 × "_s + name), qPrintable(slip));
    QTest::mouseClick(slipDialog->printButton(), Qt::LeftButton);
    const QString pdf = QDir(m_receipts.path()).filePath(m_transferId + u".pdf"_s);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY2(m_bcn.toastText().contains(u"slip saved"_s), qPrintable(m_bcn.toastText()));
    slipDialog->close();

    // Madrid: the units show as incoming in Availability, the transfer as in transit.
    QTRY_COMPARE_WITH_TIMEOUT(incomingAtMadrid(), qint64(3), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(m_mad), u"In transit"_s, 10'000);

    // Madrid scans the slip, then the product twice: 2 received, 1 still on its way.
    mad.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&mad));
    mad.tabs()->setCurrentWidget(panel(m_mad));
    QTest::mouseClick(panel(m_mad)->bySlipButton(), Qt::LeftButton);
    QPointer<ui::TransferReceiveDialog> receive = panel(m_mad)->dialogs()->receiveDialog();
    QVERIFY(receive);
    scanInto(receive->slipField(), m_transferId);
    QTRY_COMPARE_WITH_TIMEOUT(receive->model()->rowCount(), 1, 10'000);
    QCOMPARE(receive->model()->index(0, ui::TransferReceiveModel::OnTheWay).data().toLongLong(),
             qint64(3));
    scanInto(receive->scanField(), barcode(m_mad));
    scanInto(receive->scanField(), barcode(m_mad));
    QCOMPARE(receive->model()->receivedTotal(), qint64(2));
    QVERIFY(receive->isVisible());
    QVERIFY2(receive->statusLabel()->text().contains(u"stay on their way"_s),
             qPrintable(receive->statusLabel()->text()));
    QTest::mouseClick(receive->receiveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!receive, 10'000);
    QVERIFY2(m_mad.toastText().contains(u"2 unit"_s), qPrintable(m_mad.toastText()));
    const QJsonObject partly = m_mad.serverTransfer(m_transferId);
    QCOMPARE(partly.value(u"status"_s).toString(), u"PARTIALLY_RECEIVED"_s);
    QCOMPARE(m_mad.serverQuantity(TheProduct, Madrid), m_madridBefore + 2);
    QTRY_COMPARE_WITH_TIMEOUT(incomingAtMadrid(), qint64(1), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(m_mad), u"Partly received, 1 to come"_s, 10'000);
    QVERIFY(!panel(m_mad)->closeButton()->isEnabled()); // a clerk does not close

    // The movement histories: transfer_in at Madrid, transfer_out at Barcelona.
    const QList<StockMovement> atMadrid = history(m_mad, Madrid);
    const auto in = std::find_if(atMadrid.begin(), atMadrid.end(), [&](const StockMovement &m) {
        return m.transferId == m_transferId && m.delta == 2;
    });
    QVERIFY(in != atMadrid.end());
    QCOMPARE(in->reason, u"transfer_in"_s);
    QCOMPARE(in->actor, u"clerk-mad"_s);
    for (const StockMovement &m : atMadrid) {
        if (m.transferId == m_transferId)
            QCOMPARE(m.reason, u"transfer_in"_s); // the shipment (incoming) and the receipt
    }
    const QList<StockMovement> atBarcelona = history(m_bcn, Barcelona);
    const auto out
        = std::find_if(atBarcelona.begin(), atBarcelona.end(),
                       [&](const StockMovement &m) { return m.transferId == m_transferId; });
    QVERIFY(out != atBarcelona.end());
    QCOMPARE(out->reason, u"transfer_out"_s);
    QCOMPARE(out->delta, qint64(-3));
    QCOMPARE(out->actor, u"clerk-bcn"_s);
}

void TestPosTransfers::aReceiptWhileTheServerIsDownIsQueuedAndArrivesOnce()
{
    QVERIFY2(!m_transferId.isEmpty(), "needs the transfer of the test before");
    ClientSession &session = m_mad.session();
    ui::TransfersPanel *madPanel = panel(m_mad);
    QVERIFY(m_mad.selectTransfer(m_transferId));
    // The tab's copy knows what came already: the dialog works from it while offline.
    QTRY_COMPARE_WITH_TIMEOUT(madPanel->selected()->status, TransferStatus::PartiallyReceived,
                              10'000);
    QCOMPARE(m_mad.server().stop(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!session.online(), 15'000);

    // The rest of the transfer, received from the copy the Transfers tab holds.
    QVERIFY(madPanel->receiveButton()->isEnabled());
    QTest::mouseClick(madPanel->receiveButton(), Qt::LeftButton);
    QPointer<ui::TransferReceiveDialog> receive = madPanel->dialogs()->receiveDialog();
    QVERIFY(receive);
    QCOMPARE(receive->transferId(), m_transferId);
    QCOMPARE(receive->model()->missing(), qint64(1));
    QVERIFY(receive->statusLabel()->text().contains(u"will be queued"_s));
    scanInto(receive->scanField(), barcode(m_mad));
    QTest::mouseClick(receive->receiveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!receive, 5000);
    QVERIFY2(m_mad.toastText().contains(u"queued, will sync"_s), qPrintable(m_mad.toastText()));
    QCOMPARE(readOk(session.cache().queuedCount()), 1);
    // The sync queue says what waits, in words.
    ui::PendingModel *waiting = m_mad.window().pending()->waiting();
    QTRY_COMPARE(waiting->rowCount(), 1);
    QVERIFY(waiting->index(0, ui::PendingModel::What)
                .data()
                .toString()
                .startsWith(u"Receipt of transfer %1, 1 item"_s.arg(m_transferId)));

    // Back: sent once; the transfer is complete and Madrid has its 3 units.
    QVERIFY(m_mad.server().start());
    QTRY_COMPARE_WITH_TIMEOUT(readOk(session.cache().queuedCount()), 0, 20'000);
    QVERIFY(readOk(session.cache().rejected()).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_mad.serverTransfer(m_transferId).value(u"status"_s).toString(),
                              u"RECEIVED"_s, 10'000);
    QCOMPARE(m_mad.serverQuantity(TheProduct, Madrid), m_madridBefore + 3);
    const QJsonObject line
        = m_mad.serverTransfer(m_transferId).value(u"lines"_s).toArray().at(0).toObject();
    QCOMPARE(line.value(u"received"_s).toInteger(), qint64(3));
    QCOMPARE(line.value(u"outstanding"_s).toInteger(), qint64(0));
    // Once: one receipt of 1 in the history, and the tab shows it received.
    int receipts = 0;
    for (const StockMovement &m : history(m_mad, Madrid)) {
        if (m.transferId == m_transferId && m.delta == 1)
            ++receipts;
    }
    QCOMPARE(receipts, 1);
    madPanel->statusFilter()->setCurrentIndex(madPanel->statusFilter()->count() - 1); // all
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(m_mad), u"Received"_s, 10'000);
}

QTEST_MAIN(TestPosTransfers)
#include "tst_postransfers.moc"
