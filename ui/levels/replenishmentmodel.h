#pragma once

#include "core/client/levels/leveldesk.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace inventory::ui {

class ProductNames;

// The store's products below min (LevelDesk::replenishment): available, incoming, levels, the
// need and where to take it from. A line with a source store is checkable, and checked at
// first: the checked lines become transfer requests.
class ReplenishmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Available, Incoming, Min, Target, Need, Source, Ask, ColumnCount };

    ReplenishmentModel(const ProductNames &names, QObject *parent = nullptr);

    void setLines(const QList<ReplenishmentLine> &lines);
    void setStoreNames(const QHash<QString, QString> &names) { m_storeNames = names; }
    QList<ReplenishmentLine> checkedLines() const;
    const QList<ReplenishmentLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static bool requestable(const ReplenishmentLine &line);

    const ProductNames &m_names;
    QList<ReplenishmentLine> m_lines;
    QSet<QString> m_unchecked; // product ids the user unchecked
    QHash<QString, QString> m_storeNames;
};

} // namespace inventory::ui
