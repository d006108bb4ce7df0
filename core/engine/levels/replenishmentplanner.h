#pragma once

#include "core/domain/stock/stockrow.h"

#include <QHash>
#include <QList>
#include <QString>

namespace inventory {

class ReadModel;

// What a store should reorder or ask another store for (API.md "Replenishment"): each of its
// products below min, with need = target − (available + incoming + requested) (never below 0:
// units on their way, or asked for and not shipped yet, may already cover it), and as source the
// other store with the most available units above its own target, when one has any.
class ReplenishmentPlanner
{
public:
    struct Line
    {
        StockRow row;
        qint64 requested = 0; // asked of other stores, not shipped yet
        qint64 need = 0;
        QString sourceStoreId;
        qint64 sourceSurplus = 0; // available − target at the source
    };

    explicit ReplenishmentPlanner(const ReadModel &model);
    // In product id order; requested: units per product requested for the store and not
    // shipped yet (TransferStore::requestedTo).
    QList<Line> plan(const QString &storeId, const QHash<QString, qint64> &requested = {}) const;

private:
    const ReadModel &m_model;
};

} // namespace inventory
