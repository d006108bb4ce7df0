// The POS without its server (offscreen, a real server stopped and started again): tickets
// rung up offline are charged all the same, their receipts say "offline — will sync", the sync
// queue shows each as one operation in words, a return of one is taken from the till's copy;
// back online the queue drains and every ticket arrives once, the stock dropped once. A
// reservation an offline sale left without units shows as at risk.
#include "core/client/text/localetext.h"
#include "posfixture.h"
#include "readok.h"
#include "ui/models/pendingmodel.h"
#include "ui/models/reservationmodel.h"
#include "ui/pendingpanel.h"
#include "ui/reservationspanel.h"
#include "ui/session/languagesetup.h"
#include "ui/tickets/receiptdialog.h"
#include "ui/tickets/returndialog.h"
#include "ui/tickets/returnmodel.h"
#include "ui/tickets/ticketmodel.h"
#include "ui/tickets/ticketpanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void ticketsChargedOfflineArriveOnce();
    void aReservationAnOfflineSaleTookIsAtRisk();

private:
    void scan(const QString &product)
    {
        auto *search = m_pos.window().findChild<QLineEdit *>(u"search"_s);
        QTest::keyClicks(search, readOk(m_pos.session().cache().product(product))->barcode);
        QTest::keyClick(search, Qt::Key_Return);
    }
    QString toastText() { return m_pos.window().findChild<QLabel *>(u"toast"_s)->text(); }
    // F12; the receipt it opened (closed again, the window active), or an empty one.
    ui::ReceiptDocument charge();
    bool goOffline()
    {
        return m_pos.server().stop() == 0
            && QTest::qWaitFor([&] { return !m_pos.session().online(); }, 15'000);
    }
    QJsonObject serverTicket(const QString &id)
    {
        return m_pos.http()
            .get(m_pos.server().url(u"/api/v1/tickets/"_s + id), m_pos.adminToken())
            .json();
    }

    PosFixture m_pos;
};

ui::ReceiptDocument TestPosOffline::charge()
{
    ui::MainWindow &window = m_pos.window();
    QTest::keyClick(&window, Qt::Key_F12);
    if (!QTest::qWaitFor(
            [&] { return window.receiptDialog() && window.receiptDialog()->isVisible(); }, 20'000))
        return {};
    const ui::ReceiptDocument receipt = window.receiptDialog()->receipt();
    window.receiptDialog()->close();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) ? receipt : ui::ReceiptDocument();
}

void TestPosOffline::initTestCase()
{
    QVERIFY(ui::LanguageSetup::apply(u"en"_s)); // "3 items", not the source's "3 item(s)"
    QVERIFY(m_pos.startServer());
}

void TestPosOffline::cleanup()
{
    m_pos.closeWindow();
    if (m_pos.server().process().state() == QProcess::NotRunning)
        QVERIFY(m_pos.server().start());
}

void TestPosOffline::ticketsChargedOfflineArriveOnce()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    const qint64 keyboards = m_pos.serverQuantity(u"PROD-003"_s);
    const qint64 cables = m_pos.serverQuantity(u"PROD-015"_s);
    const qint64 memories = m_pos.serverQuantity(u"PROD-008"_s);
    QVERIFY(goOffline());

    scan(u"PROD-003"_s);
    scan(u"PROD-015"_s);
    scan(u"PROD-015"_s);
    const ui::ReceiptDocument first = charge();
    QVERIFY(!first.ticketId.isEmpty());
    QVERIFY(first.offline);
    QVERIFY(first.textLines().contains(u"offline — will sync"_s));
    QCOMPARE(first.totalCents, 8999 + 2 * 1499);
    QCOMPARE(first.lines.size(), 2);
    QVERIFY2(toastText().contains(u"queued"_s), qPrintable(toastText()));
    QCOMPARE(window.ticket()->model()->rowCount(), 0);
    scan(u"PROD-008"_s);
    const ui::ReceiptDocument second = charge();
    QVERIFY(second.offline && !second.ticketId.isEmpty() && second.ticketId != first.ticketId);

    // The sync queue: one operation per ticket, in words.
    ui::PendingModel *waiting = window.pending()->waiting();
    QCOMPARE(waiting->rowCount(), 2);
    const QString what = waiting->index(0, ui::PendingModel::What).data().toString();
    QCOMPARE(what,
             u"Ticket %1, 3 items, %2"_s.arg(first.ticketId, LocaleText::money(8999 + 2 * 1499)));
    QCOMPARE(waiting->index(0, ui::PendingModel::Quantity).data().toLongLong(), 3);

    // A cable of the first ticket comes back, from the till's copy.
    QTest::keyClick(&window, Qt::Key_F9);
    ui::ReturnDialog *dialog = window.returnDialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->ticketField()->setText(first.ticketId);
    dialog->lookUp();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 5000);
    QVERIFY(
        dialog->model()->setData(dialog->model()->index(1, ui::ReturnModel::Now), 1, Qt::EditRole));
    dialog->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 5000);
    QVERIFY2(toastText().contains(u"offline"_s), qPrintable(toastText()));
    QCOMPARE(waiting->rowCount(), 3);

    // Back online: drained, each ticket once, the stock dropped once.
    QVERIFY(m_pos.server().start());
    QTRY_COMPARE_WITH_TIMEOUT(waiting->rowCount(), 0, 40'000);
    QCOMPARE(window.pending()->attention()->rowCount(), 0);
    const QJsonObject one = serverTicket(first.ticketId);
    QCOMPARE(one.value(u"ticketId"_s).toString(), first.ticketId);
    QVERIFY(one.value(u"offline"_s).toBool());
    QCOMPARE(one.value(u"lines"_s).toArray().at(1)[u"returned"_s].toInteger(), 1);
    QCOMPARE(serverTicket(second.ticketId).value(u"ticketId"_s).toString(), second.ticketId);
    QCOMPARE(m_pos.serverQuantity(u"PROD-003"_s), keyboards - 1);
    QCOMPARE(m_pos.serverQuantity(u"PROD-015"_s), cables - 2 + 1);
    QCOMPARE(m_pos.serverQuantity(u"PROD-008"_s), memories - 1);
    // The till shows what the server has.
    QTRY_COMPARE_WITH_TIMEOUT(
        readOk(m_pos.session().cache().row(u"PROD-015"_s, u"MAD-001"_s)).quantity, cables - 1,
        10'000);
}

void TestPosOffline::aReservationAnOfflineSaleTookIsAtRisk()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    HttpClient &http = m_pos.http();
    QCOMPARE(
        http.setStock(m_pos.server().url(), u"PROD-012"_s, u"MAD-001"_s, 2, m_pos.adminToken()),
        200);
    QCOMPARE(http.post(m_pos.server().url(u"/api/v1/reservations"_s),
                       { { u"productId"_s, u"PROD-012"_s },
                         { u"storeId"_s, u"MAD-001"_s },
                         { u"quantity"_s, 1 },
                         { u"customerId"_s, u"web-4711"_s },
                         { u"ttl"_s, 3600 } },
                       m_pos.adminToken())
                 .status,
             201);
    ui::ReservationModel *reservations = window.reservations()->model();
    QTRY_COMPARE_WITH_TIMEOUT(reservations->rowCount(), 1, 10'000);
    QCOMPARE(reservations->index(0, ui::ReservationModel::Status).data().toString(), u"Held"_s);
    QVERIFY(goOffline());
    // Both units leave the store offline: one of them was the customer's.
    scan(u"PROD-012"_s);
    scan(u"PROD-012"_s);
    QVERIFY(charge().offline);
    QVERIFY(m_pos.server().start());
    QTRY_COMPARE_WITH_TIMEOUT(window.pending()->waiting()->rowCount(), 0, 40'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        reservations->index(0, ui::ReservationModel::Status).data().toString(), u"At risk"_s,
        10'000);
    QVERIFY(
        reservations->index(0, ui::ReservationModel::Customer).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_pos.serverQuantity(u"PROD-012"_s), 0);
}

QTEST_MAIN(TestPosOffline)
#include "tst_posoffline.moc"
