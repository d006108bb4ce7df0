#pragma once

#include "core/domain/result.h"

#include <QString>
#include <limits>

namespace inventory {

class DbConnection;

// One change to a product's stock at a store, as the event log tells it, with the row the
// change left (API.md "Movement history").
struct Movement
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString type;
    QString storeId;
    qint64 delta = 0; // change of quantity
    qint64 quantityAfter = 0;
    qint64 reservedAfter = 0;
    qint64 incomingAfter = 0;
    QString reason;
    QString note;
    QString actor;
    QString device;
    QString ticketId;
    QString transferId;
    QString clientTime; // the till's time of an offline operation
};

// A product's movements, newest first, read through the movements index (product, store,
// seq) and the events it points to: a range scan of the index, however long the log.
class MovementHistory
{
public:
    explicit MovementHistory(DbConnection &connection);

    struct Filter
    {
        QString storeId; // empty: every store
        qint64 fromMs = 0;
        qint64 toMs = std::numeric_limits<qint64>::max();
        QString reason {}; // empty: every reason
        qint64 maxSeq = std::numeric_limits<qint64>::max(); // what the read model has applied
    };
    struct Page
    {
        QList<Movement> movements;
        bool hasMore = false;
    };
    Result<Page> page(const QString &productId, const Filter &filter, int page, int limit);

    // The query page() runs, for EXPLAIN (docs/PERFORMANCE.md states its plan).
    static QString sql(const Filter &filter);

private:
    DbConnection &m_connection;
};

} // namespace inventory
