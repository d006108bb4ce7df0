// Ringing up a ticket in the POS (offscreen, real server): scans add lines (the same product
// again adds a unit), units are editable, the total is in the language's money, F12 charges
// all lines at once and the stock drops on the server; a line short of stock is marked and
// nothing is sold; the ticket's numbers never repeat.
#include "posfixture.h"
#include "readok.h"
#include "ui/counterpanel.h"
#include "ui/session/languagesetup.h"
#include "ui/tickets/receiptdialog.h"
#include "ui/tickets/returndialog.h"
#include "ui/tickets/returnmodel.h"
#include "ui/tickets/ticketlistdialog.h"
#include "ui/tickets/ticketlistmodel.h"
#include "ui/tickets/ticketmodel.h"
#include "ui/tickets/ticketpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosTicket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scansMakeLinesAndF12Charges();
    void aShortLineSellsNothing();
    void spanishTotals();
    void aReturnByScanningTheReceipt();
    void reprintFromTodaysTickets();

private:
    void scan(const QString &code)
    {
        auto *search = m_pos.window().findChild<QLineEdit *>(u"search"_s);
        QTest::keyClicks(search, code);
        QTest::keyClick(search, Qt::Key_Return);
    }
    QString barcode(const QString &product)
    {
        return readOk(m_pos.session().cache().product(product))->barcode;
    }
    QString toastText() { return m_pos.window().findChild<QLabel *>(u"toast"_s)->text(); }
    // F12, then the receipt closed and the window active again: the ticket's number, or empty.
    QString charge();

    PosFixture m_pos;
};

QString TestPosTicket::charge()
{
    ui::MainWindow &window = m_pos.window();
    QTest::keyClick(&window, Qt::Key_F12);
    if (!QTest::qWaitFor(
            [&] { return window.receiptDialog() && window.receiptDialog()->isVisible(); }, 10'000))
        return {};
    const QString ticketId = window.receiptDialog()->receipt().ticketId;
    window.receiptDialog()->close();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) ? ticketId : QString();
}

void TestPosTicket::initTestCase()
{
    QVERIFY(m_pos.startServer());
}

void TestPosTicket::init()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    QCOMPARE(m_pos.window().tabs()->currentWidget(),
             static_cast<QWidget *>(m_pos.window().ticket()));
}

void TestPosTicket::cleanup()
{
    m_pos.closeWindow();
}

void TestPosTicket::scansMakeLinesAndF12Charges()
{
    ui::MainWindow &window = m_pos.window();
    const qint64 keyboards = m_pos.serverQuantity(u"PROD-003"_s);
    const qint64 cables = m_pos.serverQuantity(u"PROD-015"_s);
    const qint64 memories = m_pos.serverQuantity(u"PROD-008"_s);
    scan(barcode(u"PROD-003"_s));
    scan(barcode(u"PROD-015"_s));
    scan(barcode(u"PROD-008"_s));
    scan(barcode(u"PROD-003"_s)); // the same product again: one more unit on its line
    ui::TicketModel *ticket = window.ticket()->model();
    QCOMPARE(ticket->rowCount(), 3);
    QCOMPARE(ticket->lines().at(0).quantity, 2);
    QCOMPARE(ticket->itemCount(), 4);
    QCOMPARE(ticket->totalCents(), 2 * 8999 + 1499 + 999);
    // Units typed on a line.
    QVERIFY(ticket->setData(ticket->index(1, ui::TicketModel::Quantity), 3, Qt::EditRole));
    QVERIFY(!ticket->setData(ticket->index(1, ui::TicketModel::Quantity), 0, Qt::EditRole));
    QCOMPARE(ticket->totalCents(), 2 * 8999 + 3 * 1499 + 999);
    QVERIFY(window.tabs()->tabText(window.tabs()->indexOf(window.ticket())).contains(u"6"_s));

    QTest::keyClick(&window, Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(ticket->rowCount(), 0, 10'000);
    QVERIFY2(toastText().contains(u"-T-000001"_s), qPrintable(toastText()));
    QCOMPARE(m_pos.serverQuantity(u"PROD-003"_s), keyboards - 2);
    QCOMPARE(m_pos.serverQuantity(u"PROD-015"_s), cables - 3);
    QCOMPARE(m_pos.serverQuantity(u"PROD-008"_s), memories - 1);
    // The receipt opens, and as a PDF it carries the ticket's number and lines.
    ui::ReceiptDialog *receipt = window.receiptDialog();
    QVERIFY(receipt && receipt->isVisible());
    QVERIFY(receipt->receipt().ticketId.endsWith(u"-T-000001"_s));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"receipt.pdf"_s);
    QVERIFY(receipt->savePdf(pdf).ok());
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    QVERIFY(text.waitForFinished(30'000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &wanted : { receipt->receipt().ticketId, u"Teclado Mecánico RGB"_s,
                                   u"Cable USB-C Belkin 2 m"_s, u"clerk-mad"_s })
        QVERIFY2(printed.contains(wanted), qPrintable(wanted + u"\n"_s + printed));
    receipt->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The next ticket gets the next number.
    scan(barcode(u"PROD-008"_s));
    QTest::keyClick(&window, Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(toastText().contains(u"-T-000002"_s), 10'000);
    QTRY_VERIFY(window.receiptDialog()->isVisible());
    window.receiptDialog()->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // F4 adds the counter's product with its units, which go back to 1.
    window.selectProduct(u"PROD-015"_s);
    window.counter()->quantityField()->setValue(2);
    QTest::keyClick(&window, Qt::Key_F4);
    QCOMPARE(ticket->rowCount(), 1);
    QCOMPARE(ticket->lines().first().quantity, 2);
    QCOMPARE(window.counter()->quantityField()->value(), 1);
}

void TestPosTicket::aShortLineSellsNothing()
{
    ui::MainWindow &window = m_pos.window();
    QCOMPARE(m_pos.http().setStock(m_pos.server().url(), u"PROD-012"_s, u"MAD-001"_s, 1,
                                   m_pos.adminToken()),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(
        readOk(m_pos.session().cache().row(u"PROD-012"_s, u"MAD-001"_s)).available(), 1, 10'000);
    const qint64 mice = m_pos.serverQuantity(u"PROD-002"_s);
    scan(barcode(u"PROD-002"_s));
    scan(barcode(u"PROD-012"_s));
    scan(barcode(u"PROD-012"_s));
    ui::TicketModel *ticket = window.ticket()->model();
    QCOMPARE(ticket->shortLines(), 1); // shown before charging: two of a product with one left
    QVERIFY(ticket->index(1, ui::TicketModel::Available).data(Qt::BackgroundRole).isValid());
    QTest::keyClick(&window, Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(toastText().contains(u"Nothing was sold"_s), 10'000);
    QCOMPARE(ticket->rowCount(), 2); // kept for the clerk to fix
    QCOMPARE(m_pos.serverQuantity(u"PROD-002"_s), mice);
    QCOMPARE(m_pos.serverQuantity(u"PROD-012"_s), 1);
    QVERIFY(ticket->setData(ticket->index(1, ui::TicketModel::Quantity), 1, Qt::EditRole));
    QCOMPARE(ticket->shortLines(), 0);
    QTest::keyClick(&window, Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(ticket->rowCount(), 0, 10'000);
    QCOMPARE(m_pos.serverQuantity(u"PROD-012"_s), 0);
}

void TestPosTicket::spanishTotals()
{
    QVERIFY(ui::LanguageSetup::apply(u"es"_s));
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    scan(barcode(u"PROD-003"_s));
    scan(barcode(u"PROD-015"_s));
    scan(barcode(u"PROD-008"_s));
    const QString total = m_pos.window().ticket()->findChild<QLabel *>(u"ticketTotal"_s)->text();
    QVERIFY2(total.contains(u"114,97"_s) && total.contains(u"€"_s)
                 && total.contains(u"3 artículos"_s),
             qPrintable(total));
    const QModelIndex price
        = m_pos.window().ticket()->model()->index(0, ui::TicketModel::UnitPrice);
    QVERIFY2(price.data().toString().startsWith(u"89,99"_s), qPrintable(price.data().toString()));
    ui::LanguageSetup::apply(u"en"_s);
    QLocale::setDefault(QLocale::c());
}

void TestPosTicket::aReturnByScanningTheReceipt()
{
    ui::MainWindow &window = m_pos.window();
    const qint64 before = m_pos.serverQuantity(u"PROD-008"_s);
    scan(barcode(u"PROD-008"_s));
    scan(barcode(u"PROD-008"_s));
    const QString ticketId = charge();
    QVERIFY(!ticketId.isEmpty());
    QCOMPARE(m_pos.serverQuantity(u"PROD-008"_s), before - 2);

    QTest::keyClick(&window, Qt::Key_F9);
    ui::ReturnDialog *dialog = window.returnDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->ticketField(), ticketId); // what a scanner reads off the QR code
    QTest::keyClick(dialog->ticketField(), Qt::Key_Return);
    ui::ReturnModel *lines = dialog->model();
    QTRY_COMPARE_WITH_TIMEOUT(lines->rowCount(), 1, 10'000);
    QCOMPARE(lines->index(0, ui::ReturnModel::Name).data().toString(),
             u"Memoria USB SanDisk 64 GB"_s);
    QCOMPARE(lines->index(0, ui::ReturnModel::Sold).data().toLongLong(), 2);
    QVERIFY(!lines->setData(lines->index(0, ui::ReturnModel::Now), 3, Qt::EditRole)); // > sold
    QVERIFY(lines->setData(lines->index(0, ui::ReturnModel::Now), 1, Qt::EditRole));
    dialog->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10'000);
    QVERIFY2(toastText().contains(ticketId), qPrintable(toastText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(u"PROD-008"_s), before - 1, 10'000);

    // The other unit comes back damaged: recorded, the stock does not grow; then nothing is left.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F9);
    dialog = window.returnDialog();
    dialog->ticketField()->setText(ticketId);
    dialog->lookUp();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 10'000);
    QCOMPARE(dialog->model()->index(0, ui::ReturnModel::Returned).data().toLongLong(), 1);
    QVERIFY(
        dialog->model()->setData(dialog->model()->index(0, ui::ReturnModel::Now), 1, Qt::EditRole));
    QVERIFY(dialog->model()->setData(dialog->model()->index(0, ui::ReturnModel::Damaged),
                                     Qt::Checked, Qt::CheckStateRole));
    dialog->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10'000);
    QCOMPARE(m_pos.serverQuantity(u"PROD-008"_s), before - 1);
}

void TestPosTicket::reprintFromTodaysTickets()
{
    ui::MainWindow &window = m_pos.window();
    scan(barcode(u"PROD-014"_s));
    const QString ticketId = charge();
    QVERIFY(!ticketId.isEmpty());

    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    ui::TicketListDialog *list = window.ticketList();
    QVERIFY(list && list->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, 10'000);
    QCOMPARE(list->model()->index(0, ui::TicketListModel::Number).data().toString(), ticketId);
    list->reprint();
    QTRY_VERIFY_WITH_TIMEOUT(window.receiptDialog()->isVisible(), 5000);
    QCOMPARE(window.receiptDialog()->receipt().ticketId, ticketId);
    QCOMPARE(window.receiptDialog()->receipt().lines.first().name,
             u"Batería externa Anker 10000 mAh"_s);
}

QTEST_MAIN(TestPosTicket)
#include "tst_posticket.moc"
