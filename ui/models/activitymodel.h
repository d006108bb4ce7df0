#pragma once

#include "core/protocol/event.h"

#include <QAbstractTableModel>

namespace inventory::ui {

// The live change feed, newest first, for the current store or all stores (the filter
// applies to what arrives from then on).
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Seq, Type, Store, Product, Quantity, Available, ColumnCount };
    explicit ActivityModel(QObject *parent = nullptr);

    void setStoreFilter(const QString &storeId) { m_storeId = storeId; }
    void add(const QList<Event> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int MaxRows = 500;

private:
    QList<Event> m_events;
    QString m_storeId;
};

} // namespace inventory::ui
