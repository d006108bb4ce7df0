#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace inventory {

class DbConnection;

// A store's day (API.md "GET /reports/day"): units and value sold and returned by category and
// by seller, adjustments by reason, transfers out and in, the discrepancies still open, and the
// offline tickets of the day. Each part is one grouped statement over an index of the store and
// time (tickets by store and sale time, returns by store and time, the movements' partial
// indexes of decreases and of increases), never a replay of the log.
class DayReport
{
public:
    explicit DayReport(DbConnection &connection);

    struct Group
    {
        QString key; // a category, a seller or a reason
        qint64 count = 0; // tickets, returns or transfers
        qint64 units = 0;
        qint64 valueCents = 0;
    };
    struct Adjustment
    {
        QString reason;
        qint64 unitsIn = 0;
        qint64 unitsOut = 0;
    };
    struct Day
    {
        QString storeId;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        Group sales; // every ticket of the day
        Group returns;
        QList<Group> salesByCategory;
        QList<Group> salesBySeller;
        QList<Group> returnsByCategory;
        QList<Group> returnsBySeller;
        QList<Adjustment> adjustments;
        Group transfersOut; // shipped that day: transfers and units
        Group transfersIn; // units received that day
        Group openDiscrepancies; // count and units short, now
        Group offlineTickets; // of the day, rung up while the till was offline
    };
    // [fromMs, toMs) at storeId.
    Result<Day> day(const QString &storeId, qint64 fromMs, qint64 toMs);

private:
    Result<QList<Group>> groups(const QString &sql, const QVariantList &args);

    DbConnection &m_connection;
};

} // namespace inventory
