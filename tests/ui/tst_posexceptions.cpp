// The POS Exceptions tab (offscreen, real server): an offline ticket that took more than the
// books had shows up for the store's manager with its ticket, short-by and reservations at
// risk, the tab title counts the open ones, and one click (with a keyboard shortcut) releases
// the reservations, accepts the difference with a note, or records a count and resolves it:
// the server has no open discrepancy left and the row leaves the view. A clerk has no such tab.
#include "posfixture.h"
#include "ui/counts/countingdialog.h"
#include "ui/counts/countlinesmodel.h"
#include "ui/counts/countspanel.h"
#include "ui/models/discrepancymodel.h"
#include "ui/tickets/exceptionspanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosExceptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void anOfflineTicketShowsAndReleaseResolvesIt();
    void acceptTakesANote();
    void aCountSetsTheStockAndResolves();
    void oneClickCountsEveryAffectedProduct();
    void aClerkHasNoExceptionsTab();

private:
    // Sets the product to `stock` at MAD-001, holds `reserved` of it for a customer (if any),
    // then clerk-mad's till sends an offline ticket of `sold` units. The ticket's id.
    QString oversell(const QString &product, qint64 stock, qint64 reserved, qint64 sold);
    QJsonArray openOnServer()
    {
        return m_pos.http()
            .get(m_pos.server().url(u"/api/v1/discrepancies?storeId=MAD-001&status=open"_s),
                 m_pos.adminToken())
            .json()
            .value(u"discrepancies"_s)
            .toArray();
    }
    QJsonObject lastResolved()
    {
        const QJsonArray resolved
            = m_pos.http()
                  .get(m_pos.server().url(
                           u"/api/v1/discrepancies?storeId=MAD-001&status=resolved&limit=200"_s),
                       m_pos.adminToken())
                  .json()
                  .value(u"discrepancies"_s)
                  .toArray();
        QJsonObject newest;
        for (const QJsonValue &v : resolved) {
            if (v[u"resolvedAt"_s].toString() >= newest.value(u"resolvedAt"_s).toString())
                newest = v.toObject();
        }
        return newest;
    }
    ui::ExceptionsPanel *panel() { return m_pos.window().exceptions(); }
    QString tabTitle()
    {
        QTabWidget *tabs = m_pos.window().tabs();
        return tabs->tabText(tabs->indexOf(panel()));
    }
    QString toastText() { return m_pos.window().findChild<QLabel *>(u"toast"_s)->text(); }
    // Waits for the discrepancy of the ticket in the view and selects it; its row or -1.
    int showTicket(const QString &ticketId);

    PosFixture m_pos;
    QByteArray m_clerk;
    int m_tickets = 0;
};

void TestPosExceptions::initTestCase()
{
    QVERIFY(m_pos.startServer());
    m_clerk = m_pos.http().login(m_pos.server().url(), u"clerk-mad"_s);
    QVERIFY(!m_clerk.isEmpty());
}

void TestPosExceptions::cleanup()
{
    m_pos.closeWindow();
}

QString TestPosExceptions::oversell(const QString &product, qint64 stock, qint64 reserved,
                                    qint64 sold)
{
    const QUrl url = m_pos.server().url();
    HttpClient &http = m_pos.http();
    if (http.setStock(url, product, u"MAD-001"_s, stock, m_pos.adminToken()) != 200)
        return {};
    const QString ticketId = u"MAD-TEST-OFF-%1"_s.arg(++m_tickets);
    if (reserved > 0) {
        const HttpResponse held = http.post(m_pos.server().url(u"/api/v1/reservations"_s),
                                            { { u"reservationId"_s, ticketId + u"-R"_s },
                                              { u"productId"_s, product },
                                              { u"storeId"_s, u"MAD-001"_s },
                                              { u"quantity"_s, reserved },
                                              { u"customerId"_s, u"ana"_s },
                                              { u"ttl"_s, 3600 } },
                                            m_clerk);
        if (held.status != 201)
            return {};
    }
    const QJsonObject ticket {
        { u"ticketId"_s, ticketId },
        { u"storeId"_s, u"MAD-001"_s },
        { u"lines"_s,
          QJsonArray { QJsonObject { { u"productId"_s, product }, { u"quantity"_s, sold } } } },
        { u"offline"_s, true },
        { u"soldAt"_s, u"2026-12-02T19:45:00.000Z"_s },
        { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } }
    };
    const HttpResponse posted
        = http.post(m_pos.server().url(u"/api/v1/tickets"_s), ticket, m_clerk);
    return posted.status == 201 ? ticketId : QString();
}

int TestPosExceptions::showTicket(const QString &ticketId)
{
    ui::DiscrepancyModel *model = panel()->model();
    int row = -1;
    const bool found = QTest::qWaitFor(
        [&] {
            row = -1;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->rowAt(r).ticketId == ticketId)
                    row = r;
            }
            return row >= 0;
        },
        10'000);
    if (found)
        panel()->view()->selectRow(row);
    return row;
}

void TestPosExceptions::anOfflineTicketShowsAndReleaseResolvesIt()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    QVERIFY(panel());
    QTRY_COMPARE_WITH_TIMEOUT(panel()->openCount(), 0, 10'000);
    QCOMPARE(tabTitle(), u"E&xceptions"_s);
    m_pos.window().tabs()->setCurrentWidget(panel());

    // 3 on the books, 2 held for a customer: 4 sold offline.
    const QString ticketId = oversell(u"PROD-012"_s, 3, 2, 4);
    QVERIFY(!ticketId.isEmpty());
    const int row = showTicket(ticketId);
    QVERIFY(row >= 0);
    ui::DiscrepancyModel *model = panel()->model();
    using Col = ui::DiscrepancyModel::Column;
    QCOMPARE(model->index(row, Col::Ticket).data().toString(), ticketId);
    QCOMPARE(model->index(row, Col::ShortBy).data().toString(), u"3"_s);
    QCOMPARE(model->index(row, Col::Unrecorded).data().toString(), u"1"_s);
    QCOMPARE(model->index(row, Col::AtRisk).data().toString(), u"1: %1-R"_s.arg(ticketId));
    QCOMPARE(model->index(row, Col::SoldBy).data().toString(), u"clerk-mad"_s);
    QVERIFY(model->index(row, Col::Product).data().toString().contains(u"(PROD-012)"_s));
    QVERIFY(!model->index(row, Col::When).data().toString().isEmpty());
    QVERIFY(panel()->view()->isColumnHidden(Col::Store)); // one store
    QTRY_COMPARE_WITH_TIMEOUT(tabTitle(), u"E&xceptions (1)"_s, 5000);
    QCOMPARE(openOnServer().size(), 1);

    bool asked = false;
    panel()->setConfirmation([&](const QString &question) {
        asked = question.contains(ticketId + u"-R"_s);
        return true;
    });
    QTRY_VERIFY(panel()->releaseButton()->isEnabled());
    QTest::mouseClick(panel()->releaseButton(), Qt::LeftButton);
    QVERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10'000);
    QVERIFY(toastText().contains(u"released"_s));
    QCOMPARE(openOnServer().size(), 0);
    const QJsonObject resolved = lastResolved();
    QCOMPARE(resolved.value(u"resolution"_s).toString(), u"released"_s);
    QCOMPARE(resolved.value(u"resolvedBy"_s).toString(), u"manager-mad"_s);
    const HttpResponse reservation = m_pos.http().get(
        m_pos.server().url(u"/api/v1/reservations/%1-R"_s.arg(ticketId)), m_pos.adminToken());
    QCOMPARE(reservation.json().value(u"status"_s).toString(), u"CANCELLED"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tabTitle(), u"E&xceptions"_s, 5000);
}

void TestPosExceptions::acceptTakesANote()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    m_pos.window().tabs()->setCurrentWidget(panel());
    const QString ticketId = oversell(u"PROD-010"_s, 1, 0, 3);
    QVERIFY(!ticketId.isEmpty());
    QVERIFY(showTicket(ticketId) >= 0);
    // Nothing held: nothing to release.
    QVERIFY(!panel()->releaseButton()->isEnabled());
    QVERIFY(panel()->acceptButton()->isEnabled());

    // Backing out of the note resolves nothing.
    panel()->setNotePrompt([](const QString &) { return std::nullopt; });
    QTest::mouseClick(panel()->acceptButton(), Qt::LeftButton);
    QCOMPARE(openOnServer().size(), 1);

    panel()->setNotePrompt(
        [](const QString &) { return std::optional<QString>(u"two broken in the box"_s); });
    // The keyboard: Alt+P is "Acce&pt…".
    m_pos.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_pos.window()));
    panel()->view()->setFocus();
    QTest::keyClick(&m_pos.window(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->model()->rowCount(), 0, 10'000);
    QVERIFY(toastText().contains(u"accepted"_s));
    QCOMPARE(openOnServer().size(), 0);
    const QJsonObject resolved = lastResolved();
    QCOMPARE(resolved.value(u"resolution"_s).toString(), u"accepted"_s);
    QCOMPARE(resolved.value(u"note"_s).toString(), u"two broken in the box"_s);
}

void TestPosExceptions::aCountSetsTheStockAndResolves()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    m_pos.window().tabs()->setCurrentWidget(panel());
    const QString ticketId = oversell(u"PROD-009"_s, 2, 1, 3);
    QVERIFY(!ticketId.isEmpty());
    QVERIFY(showTicket(ticketId) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(tabTitle(), u"E&xceptions (1)"_s, 5000);
    // The till must know the row the sale left before it counts on it.
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.session().cache().row(u"PROD-009"_s, u"MAD-001"_s)->quantity, 0,
                              10'000);

    qint64 shown = -1;
    panel()->setCountPrompt([&](const QString &, qint64 tillShows) {
        shown = tillShows;
        return std::optional<qint64>(6);
    });
    QTest::mouseClick(panel()->countButton(), Qt::LeftButton);
    QCOMPARE(shown, 0);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->model()->rowCount(), 0, 10'000);
    QVERIFY2(toastText().contains(u"resolved"_s), qPrintable(toastText()));
    QCOMPARE(openOnServer().size(), 0);
    QCOMPARE(m_pos.serverQuantity(u"PROD-009"_s), 6);
    QCOMPARE(lastResolved().value(u"resolution"_s).toString(), u"counted"_s);
    // The count covers the held reservation again.
    const HttpResponse reservation = m_pos.http().get(
        m_pos.server().url(u"/api/v1/reservations/%1-R"_s.arg(ticketId)), m_pos.adminToken());
    QCOMPARE(reservation.json().value(u"status"_s).toString(), u"PENDING"_s);
    QCOMPARE(reservation.json().value(u"atRisk"_s).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(tabTitle(), u"E&xceptions"_s, 5000);
}

void TestPosExceptions::oneClickCountsEveryAffectedProduct()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    m_pos.window().tabs()->setCurrentWidget(panel());
    QVERIFY(!panel()->countAllButton()->isEnabled());
    const QString first = oversell(u"PROD-011"_s, 1, 0, 2);
    const QString second = oversell(u"PROD-013"_s, 0, 0, 1);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(showTicket(first) >= 0);
    QVERIFY(showTicket(second) >= 0);
    QTRY_VERIFY(panel()->countAllButton()->isEnabled());
    QTest::mouseClick(panel()->countAllButton(), Qt::LeftButton);
    ui::CountsPanel *counts = m_pos.window().counts();
    QTRY_VERIFY2_WITH_TIMEOUT(counts->countingDialog(), qPrintable(toastText()), 10'000);
    QCOMPARE(m_pos.window().tabs()->currentWidget(), counts);
    ui::CountingDialog *dialog = counts->countingDialog();
    QTRY_COMPARE(dialog->model()->rowCount(), 2);
    QVERIFY(dialog->model()->rowOf(u"PROD-011"_s) >= 0);
    QVERIFY(dialog->model()->rowOf(u"PROD-013"_s) >= 0);
    QVERIFY2(toastText().contains(u"opened: 2 product"_s), qPrintable(toastText()));
}

void TestPosExceptions::aClerkHasNoExceptionsTab()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    QVERIFY(!m_pos.window().exceptions());
    QVERIFY(!m_pos.window().findChild<ui::ExceptionsPanel *>());
    QTabWidget *tabs = m_pos.window().tabs();
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(!tabs->tabText(i).contains(u"Exceptions"_s), qPrintable(tabs->tabText(i)));
}

QTEST_MAIN(TestPosExceptions)
#include "tst_posexceptions.moc"
