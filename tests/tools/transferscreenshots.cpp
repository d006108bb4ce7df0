#include "transferscreenshots.h"

#include "core/client/clientsession.h"
#include "core/client/localcache.h"
#include "ui/models/availabilitymodel.h"
#include "ui/tickets/ticketpanel.h"
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
#include "ui/window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inventory::tools {

bool signInForShots(ClientSession &session, const QUrl &server, const QString &user)
{
    if (!session.open())
        return false;
    bool ready = false;
    session.signIn({ server }, user, u"demo"_s, [&](Result<User> u, bool) { ready = u.ok(); });
    return QTest::qWaitFor([&] { return ready; }, 10'000);
}

void shootTransfers(ui::MainWindow &window, const QUrl &server,
                    const std::function<void(QWidget &, QString)> &save,
                    const std::function<void(const char *)> &fail)
{
    QTabWidget *tabs = window.tabs();
    auto request = [&](const QString &product, int units, const QString &note, bool shoot) {
        window.selectProduct(product);
        tabs->setCurrentIndex(tabs->indexOf(window.ticket()) + 1);
        auto *view = window.findChild<QTableView *>(u"availabilityView"_s);
        for (int row = 0; row < window.availability()->rowCount(); ++row) {
            if (window.availability()->rowAt(row).storeId == u"BCN-001"_s)
                view->setCurrentIndex(window.availability()->index(row, 0));
        }
        window.transferRequester()->open();
        ui::TransferRequestDialog *dialog = window.transferRequester()->dialog();
        if (!dialog)
            fail("the transfer request dialog did not open");
        dialog->unitsField()->setValue(units);
        QTest::keyClicks(dialog->noteField(), note);
        if (shoot) {
            save(window, u"pos-transfer-availability"_s);
            save(*dialog, u"pos-transfer-request"_s);
        }
        QString id;
        QObject::connect(dialog, &ui::TransferRequestDialog::requested,
                         [&id](const QString &t) { id = t; });
        dialog->send();
        if (!QTest::qWaitFor([&] { return !id.isEmpty(); }, 10'000))
            fail("the transfer was not requested");
        return id;
    };
    const QString shipped = request(u"PROD-009"_s, 4, u"cliente espera"_s, true);
    request(u"PROD-002"_s, 2, {}, false);

    QTemporaryDir profile;
    ClientSession barcelona(profile.filePath(u"bcn.db"_s));
    if (!signInForShots(barcelona, server, u"clerk-bcn"_s))
        fail("clerk-bcn could not sign in");
    ui::MainWindow bcn(barcelona);
    bcn.resize(1024, 600);
    bcn.show();
    barcelona.startSync();
    ui::TransfersPanel *out = bcn.transfers();
    bcn.tabs()->setCurrentWidget(out);
    if (!QTest::qWaitFor([&] { return out->select(shipped); }, 15'000))
        fail("Barcelona did not list the transfer");
    out->ship();
    ui::TransferShipDialog *ship = out->dialogs()->shipDialog();
    if (!ship)
        fail("the ship dialog did not open");
    const auto product = barcelona.cache().product(u"PROD-009"_s);
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(ship->scanField(), product.value()->barcode);
        QTest::keyClick(ship->scanField(), Qt::Key_Return);
    }
    save(*ship, u"pos-transfer-ship"_s);
    if (auto *spin = qobject_cast<QSpinBox *>(
            ship->view()->indexWidget(ship->model()->index(0, ui::TransferPickModel::Picked))))
        spin->setValue(4);
    ship->ship();
    if (!QTest::qWaitFor(
            [&] {
                return out->dialogs()->slipDialog() && out->dialogs()->slipDialog()->isVisible();
            },
            10'000))
        fail("the transfer was not shipped");
    save(*out->dialogs()->slipDialog(), u"pos-transfer-slip"_s);
    out->dialogs()->slipDialog()->close();

    // Madrid: one on its way, one requested; then its slip scanned to receive.
    window.activateWindow();
    ui::TransfersPanel *in = window.transfers();
    tabs->setCurrentWidget(in);
    if (!QTest::qWaitFor(
            [&] {
                const int row = in->model()->rowOf(shipped);
                return row >= 0 && in->model()->transferAt(row).status == TransferStatus::InTransit;
            },
            10'000))
        fail("Madrid did not see the transfer shipped");
    in->select(shipped);
    window.findChild<QLabel *>(u"toast"_s)->hide();
    save(window, u"pos-transfers"_s);
    window.selectProduct(u"PROD-009"_s);
    tabs->setCurrentIndex(tabs->indexOf(window.ticket()) + 1);
    save(window, u"pos-transfer-incoming"_s);
    tabs->setCurrentWidget(in);
    in->receiveBySlip();
    ui::TransferReceiveDialog *receive = in->dialogs()->receiveDialog();
    if (!receive)
        fail("the receive dialog did not open");
    QTest::keyClicks(receive->slipField(), shipped);
    QTest::keyClick(receive->slipField(), Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return receive->model()->rowCount() > 0; }, 10'000))
        fail("the transfer to receive was not found");
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(receive->scanField(), product.value()->barcode);
        QTest::keyClick(receive->scanField(), Qt::Key_Return);
    }
    save(*receive, u"pos-transfer-receive"_s);
    receive->close();
    bcn.close();
}

} // namespace inventory::tools
