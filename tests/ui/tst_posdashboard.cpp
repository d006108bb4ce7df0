// The managers' dashboard in the POS (issue 27), offscreen against a real server: it renders
// with data (the grab is not blank: the bars have their colours), sales per store per day,
// stock value per store, the product at the counter over time in every store, top sellers and
// unsold products; a sale elsewhere updates it through the feed; a clerk has no dashboard.
// INVENTORY_DASHBOARD_SHOT=file saves the tab.
#include "posfixture.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/rankedproductsmodel.h"
#include "ui/dashboard/salesbydaymodel.h"
#include "ui/dashboard/stockovertimemodel.h"
#include "ui/dashboard/storevaluemodel.h"

#include <QChartView>
#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void itRendersWithData();
    void aSaleUpdatesItLive();
    void aClerkHasNoDashboard();

private:
    int sell(const QString &id, const QString &store, const QString &product, int units)
    {
        return m_pos.http()
            .post(m_pos.server().url(u"/api/v1/tickets"_s),
                  { { u"ticketId"_s, id },
                    { u"storeId"_s, store },
                    { u"lines"_s,
                      QJsonArray {
                          QJsonObject { { u"productId"_s, product }, { u"quantity"_s, units } } } },
                    { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } },
                  m_pos.adminToken())
            .status;
    }
    // Today's sales at the store in the model, as a number.
    double today(const QString &store)
    {
        ui::SalesByDayModel *model = m_pos.window().dashboard()->salesModel();
        const int column = int(model->stores().indexOf(store)) + 1;
        return column > 0 ? model->index(model->rowCount() - 1, column)
                                .data(ui::SalesByDayModel::ValueRole)
                                .toDouble()
                          : -1;
    }

    PosFixture m_pos;
};

void TestPosDashboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    QVERIFY(m_pos.startServer());
    const QByteArray admin = m_pos.adminToken();
    for (const QString &store : { u"MAD-001"_s, u"BCN-001"_s })
        QCOMPARE(m_pos.http().setStock(m_pos.server().url(), u"PROD-005"_s, store, 50, admin), 200);
    QCOMPARE(sell(u"DASH-1"_s, u"MAD-001"_s, u"PROD-005"_s, 3), 201);
    QCOMPARE(sell(u"DASH-2"_s, u"BCN-001"_s, u"PROD-005"_s, 1), 201);
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
}

void TestPosDashboard::cleanupTestCase()
{
    m_pos.closeWindow();
}

void TestPosDashboard::itRendersWithData()
{
    ui::MainWindow &window = m_pos.window();
    ui::DashboardPanel *dashboard = window.dashboard();
    QVERIFY(dashboard);
    window.tabs()->setCurrentWidget(dashboard);
    QSignalSpy loaded(dashboard, &ui::DashboardPanel::loaded);
    window.selectProduct(u"PROD-005"_s);
    QVERIFY(loaded.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->stockModel()->stores().size(), 4, 10'000);
    QCOMPARE(dashboard->salesModel()->rowCount(), ui::DashboardPanel::Days);
    QCOMPARE(today(u"MAD-001"_s), 3 * 349.0);
    QCOMPARE(today(u"BCN-001"_s), -1.0); // a Madrid manager's series are Madrid's
    QCOMPARE(dashboard->valueModel()->rowCount(), 4);
    QVERIFY(dashboard->valueModel()
                ->index(0, ui::StoreValueModel::Value)
                .data(ui::StoreValueModel::ValueRole)
                .toDouble()
            > 0);
    // The till is Madrid's: its top seller is what it sold.
    QVERIFY(dashboard->topModel()->rowCount() >= 1);
    QCOMPARE(dashboard->topModel()->index(0, 1).data().toString(), u"3"_s);
    QVERIFY(dashboard->unsoldModel()->rowCount() >= 1);
    QVERIFY(dashboard->stockModel()->rowCount() >= 2);
    QVERIFY(dashboard->statusLabel()->text().startsWith(u"Updated"_s));

    // Not blank: the charts drew bars and lines in colours of their own.
    const QImage image = dashboard->grab().toImage();
    if (const QString shot = qEnvironmentVariable("INVENTORY_DASHBOARD_SHOT"); !shot.isEmpty())
        QVERIFY(image.save(shot));
    const QImage chart = dashboard->salesChart()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < chart.height(); y += 3)
        for (int x = 0; x < chart.width(); x += 3)
            colours.insert(chart.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestPosDashboard::aSaleUpdatesItLive()
{
    QCOMPARE(sell(u"DASH-3"_s, u"MAD-001"_s, u"PROD-005"_s, 2), 201);
    QTRY_COMPARE_WITH_TIMEOUT(today(u"MAD-001"_s), 5 * 349.0, 15'000);
}

void TestPosDashboard::aClerkHasNoDashboard()
{
    m_pos.closeWindow();
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    QVERIFY(!m_pos.window().dashboard());
}

QTEST_MAIN(TestPosDashboard)
#include "tst_posdashboard.moc"
