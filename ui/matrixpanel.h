#pragma once

#include <QWidget>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

class LowStockFilter;
class StockMatrixModel;

// Managers: every product × every store, a low-stock filter and CSV export.
class MatrixPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixPanel(LocalCache &cache, QWidget *parent = nullptr);
    void refresh();
    bool exportCsv(const QString &path) const;
    LowStockFilter *filter() const { return m_filter; }

private:
    StockMatrixModel *m_model;
    LowStockFilter *m_filter;
};

} // namespace inventory::ui
