#pragma once

#include "ui/models/keyedrowsmodel.h"

#include <QStringList>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

struct MatrixRow
{
    QString productId;
    QString name;
    QList<qint64> available; // per store, in the model's store order
    QList<qint64> incoming; // units on their way to each store by a transfer
    QList<qint64> minLevel; // each store's reorder levels (0: none)
    QList<qint64> targetLevel;
    // Below the store's min, or, where the store set none, at or below the default threshold.
    bool lowAt(qsizetype store) const;
    bool anyLow() const;
    friend bool operator==(const MatrixRow &, const MatrixRow &) = default;
};

// Managers' view: every product × every store the profile holds (a till: its own), available
// units (the cells' value, which sorting and the CSV export read) and the units on their way
// there by a transfer (IncomingRole, which IncomingDelegate shows as "+N" beside them); a cell
// below the store's min is marked, and its tooltip gives the levels.
class StockMatrixModel : public KeyedRowsModel<MatrixRow>
{
    Q_OBJECT

public:
    explicit StockMatrixModel(LocalCache &cache, QObject *parent = nullptr);

    QStringList storeIds() const { return m_storeIds; }

    void reload();
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Whether any store is low (lowAt), for the low-stock filter.
    static constexpr int AnyLowRole = Qt::UserRole + 1;
    static constexpr int IncomingRole = Qt::UserRole + 2;

private:
    LocalCache &m_cache;
    QStringList m_storeIds;
    QStringList m_storeNames;
};

} // namespace inventory::ui
