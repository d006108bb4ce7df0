// Renders the POS screens against a running demo server to PNG files at 1024×600 (the
// smallest screen a till has), for the docs and for a person to look at:
//   posscreenshots SERVER_URL OUTPUT_DIR [es|en]     (scripts/screenshots.sh runs it)
#include "core/client/clientsession.h"
#include "core/client/levels/leveldesk.h"
#include "managerscreenshots.h"
#include "transferscreenshots.h"
#include "ui/counterpanel.h"
#include "ui/history/historydialog.h"
#include "ui/levels/lowstockbadge.h"
#include "ui/levels/replenishmentdialog.h"
#include "ui/levels/replenishmentmodel.h"
#include "ui/matrixpanel.h"
#include "ui/models/availabilitymodel.h"
#include "ui/models/discrepancymodel.h"
#include "ui/models/historymodel.h"
#include "ui/pendingpanel.h"
#include "ui/reports/shrinkdialog.h"
#include "ui/reports/shrinkmodel.h"
#include "ui/reservationspanel.h"
#include "ui/session/languagesetup.h"
#include "ui/session/logindialog.h"
#include "ui/tickets/exceptionspanel.h"
#include "ui/tickets/receiptdialog.h"
#include "ui/tickets/returndialog.h"
#include "ui/tickets/returnmodel.h"
#include "ui/tickets/ticketpanel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
void fail(const char *what)
{
    std::fprintf(stderr, "posscreenshots: %s\n", what);
    std::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: posscreenshots SERVER_URL OUTPUT_DIR [es|en]\n");
        return 2;
    }
    const QString language = argc > 3 ? QString::fromLocal8Bit(argv[3]) : u"en"_s;
    ui::LanguageSetup::apply(language);
    const QUrl server(QString::fromLocal8Bit(argv[1]));
    const QString prefix = language + u'-';
    const QDir out(QString::fromLocal8Bit(argv[2]));
    auto save = [&](QWidget &widget, const QString &name) {
        QTest::qWait(300);
        widget.grab().save(out.filePath(prefix + name + u".png"_s));
    };

    ui::LoginDialog login;
    login.setServers(server.toString());
    login.show();
    login.showError(QApplication::translate("main", "Wrong user or password."),
                    ui::LoginDialog::Problem::Credentials);
    save(login, u"pos-login"_s);
    login.hide();

    QTemporaryDir profile;
    ClientSession session(profile.filePath(u"manager.db"_s));
    if (!tools::signInForShots(session, server, u"manager-mad"_s))
        return 1;
    ui::MainWindow window(session);
    window.resize(1024, 600);
    window.show();
    session.startSync();
    if (!QTest::qWaitFor([&] { return session.sync().state() == SyncEngine::State::Live; }, 15'000))
        qWarning(
            "the POS did not reach the live state in 15 s; the screenshots may show it syncing");
    auto *search = window.findChild<QLineEdit *>(u"search"_s);
    QTest::keyClicks(search, u"teclado"_s);
    window.selectProduct(u"PROD-003"_s);
    window.tabs()->setCurrentIndex(window.tabs()->indexOf(window.ticket()) + 1);
    QTest::keyClicks(window.counter()->countedField(), u"9"_s);
    save(window, u"pos-availability"_s);

    search->clear();
    QTest::keyClicks(search, u"8400000099999"_s);
    QTest::keyClick(search, Qt::Key_Return);
    save(window, u"pos-unknown-barcode"_s);

    QTabWidget *tabs = window.tabs();
    // A ticket of three scans and a change of units, ready to charge.
    window.findChild<QLabel *>(u"toast"_s)->hide();
    tabs->setCurrentWidget(window.ticket());
    for (const char *code :
         { "8400000010375", "8400000010740", "8400000015189", "8400000010740" }) {
        QTest::keyClicks(search, QString::fromLatin1(code));
        QTest::keyClick(search, Qt::Key_Return);
    }
    save(window, u"pos-ticket"_s);
    // Charged (F12): the receipt as it prints, with the ticket number as a QR code.
    QTest::keyClick(&window, Qt::Key_F12);
    if (!QTest::qWaitFor(
            [&] { return window.receiptDialog() && window.receiptDialog()->isVisible(); },
            10'000)) {
        std::fprintf(stderr, "posscreenshots: the ticket was not charged\n");
        return 1;
    }
    ui::ReceiptDialog *receipt = window.receiptDialog();
    const QString ticketId = receipt->receipt().ticketId;
    QTest::qWait(200);
    save(*receipt, u"pos-receipt"_s);
    receipt->close();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        std::fprintf(stderr, "posscreenshots: the window did not come back after the receipt\n");
        return 1;
    }
    // A return of one keyboard by that number (F9).
    QTest::keyClick(&window, Qt::Key_F9);
    if (!QTest::qWaitFor(
            [&] { return window.returnDialog() && window.returnDialog()->isVisible(); }, 5'000)) {
        std::fprintf(stderr, "posscreenshots: F9 opened no return\n");
        return 1;
    }
    ui::ReturnDialog *back = window.returnDialog();
    back->ticketField()->setText(ticketId);
    back->lookUp();
    if (!QTest::qWaitFor([&] { return back->model()->rowCount() > 0; }, 10'000)) {
        std::fprintf(stderr, "posscreenshots: the ticket to return was not found\n");
        return 1;
    }
    ui::ReturnModel *lines = back->model();
    for (int row = 0; row < lines->rowCount(); ++row) {
        if (lines->data(lines->index(row, 0), Qt::DisplayRole).toString().contains(u"RGB"_s))
            lines->setData(lines->index(row, ui::ReturnModel::Now), 1, Qt::EditRole);
    }
    QTest::qWait(200);
    save(*back, u"pos-return"_s);
    back->close();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        std::fprintf(stderr, "posscreenshots: the window did not come back after the return\n");
        return 1;
    }
    session.reserve(u"PROD-003"_s, 2, u"web-4711"_s, 900);
    session.reserve(u"PROD-005"_s, 1, u"ana"_s, 2);
    QTest::qWait(800);
    tabs->setCurrentWidget(window.reservations());
    QTest::qWait(3500); // the short reservation expires, greyed out
    save(window, u"pos-reservations"_s);

    session.sell(u"PROD-001"_s, 100'000); // refused by the server: needs attention
    session.receive(u"PROD-002"_s, 2);
    tabs->setCurrentWidget(window.pending());
    QTest::qWait(1500);
    save(window, u"pos-sync-queue"_s);
    tabs->setCurrentIndex(tabs->indexOf(window.pending()) + 1);
    save(window, u"pos-activity"_s);
    tabs->setCurrentWidget(window.matrix());
    save(window, u"pos-matrix"_s);

    // An offline ticket that took more than the books had (and the units web-4711 holds):
    // a stock discrepancy for the manager to resolve.
    const auto shelf = session.cache().row(u"PROD-003"_s, session.storeId());
    const QString offlineId
        = u"%1-SHOT-T-%2"_s.arg(session.storeId())
              .arg(QDateTime::currentMSecsSinceEpoch() % 1'000'000, 6, 10, QChar(u'0'));
    session.api().send("POST", u"/api/v1/tickets"_s,
                       { { u"ticketId"_s, offlineId },
                         { u"storeId"_s, session.storeId() },
                         { u"lines"_s,
                           QJsonArray { QJsonObject {
                               { u"productId"_s, u"PROD-003"_s },
                               { u"quantity"_s, (shelf ? shelf->available() : 0) + 2 } } } },
                         { u"offline"_s, true } },
                       offlineId, [](const ApiReply &) {});
    tabs->setCurrentWidget(window.exceptions());
    if (!QTest::qWaitFor([&] { return window.exceptions()->model()->rowCount() > 0; }, 10'000))
        qWarning("no discrepancy arrived in 10 s; the exceptions screenshot shows none");
    window.exceptions()->view()->setFocus();
    save(window, u"pos-exceptions"_s);
    tools::shootTransfers(window, server, save, fail);
    tabs->setCurrentWidget(window.matrix());
    QTableView *matrix = window.matrix()->view();
    for (int row = 0; row < matrix->model()->rowCount(); ++row) {
        if (matrix->model()->index(row, 0).data().toString() == u"PROD-009"_s) {
            matrix->selectRow(row);
            matrix->scrollTo(matrix->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        }
    }
    window.findChild<QLabel *>(u"toast"_s)->hide();
    save(window, u"pos-transfer-matrix"_s);

    // Where Madrid's units of PROD-001 went: a damaged one written off, then its history.
    bool written = false;
    session.api().send("POST", u"/api/v1/products/PROD-001/stock"_s,
                       { { u"storeId"_s, session.storeId() },
                         { u"operation"_s, u"subtract"_s },
                         { u"quantity"_s, 1 },
                         { u"reason"_s, u"damage"_s },
                         { u"note"_s, u"box crushed"_s } },
                       u"shot-damage-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()),
                       [&written](const ApiReply &) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 10'000))
        fail("the damaged unit was not written off");
    ui::HistoryDialog history(session.api(), session.reasons(), u"PROD-001"_s, session.storeId());
    history.setSubject(session.cache().product(u"PROD-001"_s).value()->name, u"Madrid Centro"_s);
    history.resize(900, 560);
    history.show();
    history.reload();
    if (!QTest::qWaitFor([&] { return history.model()->rowCount() >= 2; }, 10'000))
        fail("the movement history did not load");
    save(history, u"pos-history"_s);
    history.close();

    // The managers' shrink view: the damaged unit above, and two stolen.
    written = false;
    session.api().send("POST", u"/api/v1/products/PROD-002/stock"_s,
                       { { u"storeId"_s, session.storeId() },
                         { u"operation"_s, u"subtract"_s },
                         { u"quantity"_s, 2 },
                         { u"reason"_s, u"theft"_s } },
                       u"shot-theft-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()),
                       [&written](const ApiReply &reply) { written = reply.ok(); });
    if (!QTest::qWaitFor([&] { return written; }, 10'000))
        fail("the stolen units were not written off");
    window.openShrink();
    ui::ShrinkDialog *shrink = window.shrinkDialog();
    shrink->resize(900, 420);
    if (!QTest::qWaitFor([&] { return shrink->model()->totalUnits() >= 3; }, 10'000))
        fail("the shrink report did not load");
    save(*shrink, u"pos-shrink"_s);
    shrink->close();

    // Reorder levels: PROD-007 set above what Madrid holds, so it is low at once (the badge),
    // and the list suggests the store with the most to spare.
    const auto row = session.cache().row(u"PROD-007"_s, session.storeId());
    if (!row)
        fail("the cache could not be read");
    bool levelsSet = false;
    LevelDesk(session).setLevels(session.storeId(), { u"PROD-007"_s }, row->available() + 3,
                                 row->available() + 10,
                                 [&levelsSet](Result<int> set) { levelsSet = set.ok(); });
    if (!QTest::qWaitFor([&] { return levelsSet && window.lowStock()->lowCount() >= 1; }, 10'000))
        fail("the levels were not set, or the badge did not count them");
    window.tabs()->setCurrentWidget(window.matrix());
    window.selectProduct(u"PROD-007"_s);
    save(window, u"pos-low-stock"_s);
    window.lowStock()->openList();
    ui::ReplenishmentDialog *list = window.lowStock()->list();
    list->resize(900, 360);
    if (!QTest::qWaitFor([&] { return list->model()->rowCount() >= 1; }, 10'000))
        fail("the replenishment list did not load");
    save(*list, u"pos-replenishment"_s);
    list->close();

    tools::shootCounts(
        window, [&](QWidget &widget, const QString &name) { save(widget, name); }, fail);
    tools::shootDayReport(
        window, [&](QWidget &widget, const QString &name) { save(widget, name); }, fail);
    tools::shootDashboard(
        session, [&](QWidget &widget, const QString &name) { save(widget, name); }, fail);
    tools::shootLock(
        window, session, [&](QWidget &widget, const QString &name) { save(widget, name); }, fail);

    // The tablet setting: a larger font everywhere, names still readable.
    QFont large = QApplication::font();
    large.setPointSize(14);
    QApplication::setFont(large);
    ui::MainWindow tablet(session);
    tablet.resize(1024, 600);
    tablet.show();
    tablet.selectProduct(u"PROD-009"_s);
    tablet.tabs()->setCurrentIndex(tablet.tabs()->indexOf(tablet.ticket()) + 1);
    save(tablet, u"pos-tablet-font"_s);
    return 0;
}
