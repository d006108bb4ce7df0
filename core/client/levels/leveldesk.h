#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <functional>

namespace inventory {

class ClientSession;

// One line of a store's replenishment (API.md "Replenishment"): a product below min, what
// would bring it to target, and another store with units above its own target.
struct ReplenishmentLine
{
    QString productId;
    qint64 available = 0;
    qint64 incoming = 0;
    qint64 requested = 0; // asked of other stores, not shipped yet
    qint64 minLevel = 0;
    qint64 targetLevel = 0;
    qint64 need = 0;
    QString sourceStoreId; // empty: no store has units to spare
    qint64 sourceSurplus = 0;

    // What to ask the source for: the need, or what it can spare when that is less.
    qint64 suggested() const { return std::min(need, sourceSurplus); }
};

// A manager's side of reorder levels: set them for one product or many, read what the store
// should reorder, and turn chosen lines into transfer requests. All of it needs the server
// (levels are set centrally, for every till of the store at once): nothing here is queued.
class LevelDesk
{
    Q_DECLARE_TR_FUNCTIONS(LevelDesk)

public:
    explicit LevelDesk(ClientSession &session);

    // Sets min and target of each product at the store, one request each, in order; done once,
    // with the number set, or with the first error (the products before it keep their new
    // levels: each product's levels stand alone). The rows the server returns go into the
    // cache, so the till shows them before the feed brings them.
    void setLevels(const QString &storeId, const QStringList &productIds, qint64 minLevel,
                   qint64 targetLevel, std::function<void(Result<int>)> done);
    void replenishment(const QString &storeId,
                       std::function<void(Result<QList<ReplenishmentLine>>)> done);
    // One transfer request per source store, carrying all of its lines (suggested units);
    // done with the ids of the transfers requested, or the first error.
    void requestTransfers(const QString &storeId, const QList<ReplenishmentLine> &lines,
                          std::function<void(Result<QStringList>)> done);

    static Result<QList<ReplenishmentLine>> parseReplenishment(const QJsonObject &body);

private:
    ClientSession &m_session;
};

} // namespace inventory
