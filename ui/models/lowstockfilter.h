#pragma once

#include <QSortFilterProxyModel>

namespace inventory::ui {

// Shows only the products low at some store (MatrixRow::lowAt), when on.
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
