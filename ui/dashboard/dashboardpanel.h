#pragma once

#include "core/protocol/event.h"
#include "ui/notice.h"

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QChartView;
class QLabel;
class QTableView;
class QValueAxis;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;
class RankedProductsModel;
class SalesByDayModel;
class StockOverTimeModel;
class StoreValueModel;

// The managers' dashboard (issue 27): sales per store per day (bars), stock value per store
// (bars), the product at the counter's quantity over time in every store (lines), and the
// store's top sellers and products without sales in 30 days (tables). Everything comes from
// the server's aggregations and is read again a moment after the feed reports a sale or a
// change of stock; each chart's data exports as CSV.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    DashboardPanel(ClientSession &session, const ProductNames &names, QWidget *parent = nullptr);

    void refresh();
    // The product whose stock over time is drawn (the one at the counter).
    void setProduct(const QString &productId);

    SalesByDayModel *salesModel() const { return m_sales; }
    StoreValueModel *valueModel() const { return m_value; }
    StockOverTimeModel *stockModel() const { return m_stock; }
    RankedProductsModel *topModel() const { return m_top; }
    RankedProductsModel *unsoldModel() const { return m_unsold; }
    QChartView *salesChart() const { return m_salesChart; }
    QLabel *statusLabel() const { return m_status; }

    static constexpr int Days = 7;

signals:
    // Every part has been read (or failed, said in the status).
    void loaded();
    void done(const QString &message, Notice notice);

private:
    void load();
    void drawSales();
    void drawValue();
    static QValueAxis *moneyAxis(double top);
    void drawStock();
    void onEventsApplied(const QList<Event> &events);
    void exportModel(const QAbstractItemModel &model, const QString &name);
    void partDone(const QString &failure);

    ClientSession &m_session;
    const ProductNames &m_names;
    SalesByDayModel *m_sales;
    StoreValueModel *m_value;
    StockOverTimeModel *m_stock;
    RankedProductsModel *m_top;
    RankedProductsModel *m_unsold;
    QChartView *m_salesChart;
    QChartView *m_valueChart;
    QChartView *m_stockChart;
    QTableView *m_topView;
    QTableView *m_unsoldView;
    QLabel *m_status;
    QTimer m_reload;
    QString m_productId;
    quint64 m_generation = 0;
    int m_waiting = 0;
    QStringList m_failures;
};

} // namespace inventory::ui
