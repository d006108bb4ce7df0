#pragma once

#include "core/client/reports/dashboardquery.h"

#include <QAbstractTableModel>

namespace inventory::ui {

// One product's quantity over time in every store (issue 27), for the dashboard's lines and
// their CSV: a row per moment any store's quantity changed (column 0), a column per store with
// the quantity it had then (blank before its first known movement).
class StockOverTimeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StockOverTimeModel(QObject *parent = nullptr);

    void setLines(const DashboardQuery::Lines &lines);
    const DashboardQuery::Lines &lines() const { return m_lines; }
    QStringList stores() const { return m_stores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DashboardQuery::Lines m_lines;
    QStringList m_stores;
    QList<qint64> m_times;
};

} // namespace inventory::ui
