#pragma once

#include <QSortFilterProxyModel>

namespace inventory::ui {

// Shows only the products whose lowest store stock is at or below a threshold (when on).
class LowStockFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LowStockFilter(QObject *parent = nullptr);
    void setEnabled(bool enabled);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_enabled = false;
};

} // namespace inventory::ui
