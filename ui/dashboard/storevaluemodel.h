#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace inventory::ui {

// Stock value per store for the dashboard's bars (issue 27): store, units on hand and their
// value at list price; the amount as a number under ValueRole for the chart.
class StoreValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1;
    enum Column { Store, Units, Value, ColumnCount };

    explicit StoreValueModel(QObject *parent = nullptr);

    // "stores" of GET /reports/stock-value.
    void setStores(const QJsonArray &stores);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QJsonArray m_stores;
};

} // namespace inventory::ui
