#pragma once

#include "core/protocol/event.h"

#include <QAbstractTableModel>

namespace inventory::ui {

class ProductNames;

// The change feed, newest first: when, what (in words), where, which product (by name), the
// row it left, who did it and why. Opens with the recent past kept in the till's cache;
// the store filter applies to what arrives from then on and to a reload.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Type, Store, Product, Quantity, Available, Actor, Reason, ColumnCount };
    ActivityModel(const ProductNames &names, QObject *parent = nullptr);

    void setStoreFilter(const QString &storeId) { m_storeId = storeId; }
    const QString &storeFilter() const { return m_storeId; }
    // Replaces the list (newest first), e.g. with the recent past from the cache.
    void reset(const QList<Event> &newestFirst);
    void add(const QList<Event> &events);
    const Event &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int MaxRows = 500;

private:
    const ProductNames &m_names;
    QList<Event> m_events;
    QString m_storeId;
};

} // namespace inventory::ui
