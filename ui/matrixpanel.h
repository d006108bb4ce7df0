#pragma once

#include "core/domain/result.h"
#include "ui/notice.h"

#include <QWidget>

class QTableView;

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

class LowStockFilter;
class StockMatrixModel;

// Managers: every product × every store from the till's cache (shown as soon as the panel is,
// kept current while it is visible), units on their way by transfer as "+N", a low-stock filter
// (below each store's minimum), reorder levels for the selected rows, and CSV export.
class MatrixPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixPanel(LocalCache &cache, QWidget *parent = nullptr);

    void refresh();
    // The visible rows (the filter applies) as CSV.
    Status exportCsv(const QString &path);
    LowStockFilter *filter() const { return m_filter; }
    StockMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The product ids of the selected rows.
    QStringList selectedProducts() const;

signals:
    void done(const QString &message, Notice notice);
    // "Set reorder levels…" for the selected products.
    void levelsRequested(const QStringList &productIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseAndExport();

    StockMatrixModel *m_model;
    LowStockFilter *m_filter;
    QTableView *m_view;
};

} // namespace inventory::ui
