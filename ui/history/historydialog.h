#pragma once

#include "core/client/history/stockmovement.h"
#include "core/domain/result.h"

#include <QDialog>
#include <QList>
#include <QPointF>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDateTimeAxis;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;
class QTimer;
class QValueAxis;

namespace inventory {
class ApiClient;
class Error;
class ProductHistory;
class ReasonCatalog;
} // namespace inventory

namespace inventory::ui {

class HistoryModel;

// The movement history of one product at one store (issue 26): every change of its stock,
// newest first, with a step chart of the quantity over the same time, filtered by reason and
// dates (asked of the server, so that "older" pages hold only what matches), a page at a time
// ("Load more"), and exported as CSV as shown. It needs the server; when a read fails the
// dialog says so and offers to try again, never showing an empty history in its place.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(ApiClient &api, const ReasonCatalog &reasons, const QString &productId,
                  const QString &storeId, QWidget *parent = nullptr);

    // The names shown in the title and above the table.
    void setSubject(const QString &productName, const QString &storeName);
    // Reads page 1 again with the filters as set.
    void reload();
    Status exportTo(const QString &path) const;

    ProductHistory *history() const { return m_history; }
    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineSeries *series() const { return m_series; }
    QComboBox *reasonFilter() const { return m_reason; }
    QLabel *statusLabel() const { return m_status; }
    // Why the last read failed; hidden when it did not.
    QLabel *errorLabel() const { return m_error; }

    // The quantity as a step line through the movements (given newest first): two points per
    // movement, the quantity before and after it at its time, and the last one held until
    // untilMs. The quantity before the oldest one is its quantity after less its change.
    static QList<QPointF> steps(const QList<StockMovement> &newestFirst, qint64 untilMs);

private:
    void buildFilters(QHBoxLayout *row);
    void buildChart();
    void applyFilters();
    void pageLoaded(int page, const QList<StockMovement> &movements);
    void failed(const Error &error);
    void replot();
    void showCount();
    void showError(const QString &text);
    void exportCsv();
    qint64 untilMs() const;

    const ReasonCatalog &m_reasons;
    ProductHistory *m_history;
    HistoryModel *m_model;
    QLabel *m_heading;
    QComboBox *m_reason;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_quantityAxis = nullptr;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_more;
    QPushButton *m_export;
    // Typing a date changes it at every digit: the server is asked once the typing stops.
    QTimer *m_filterDelay;
};

} // namespace inventory::ui
