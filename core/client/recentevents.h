#pragma once

#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QList>

namespace inventory {

class DbConnection;

// The last changes of the feed kept in a till's cache, so the activity list opens with the
// recent past and not only with what arrived since the till started.
class RecentEvents
{
public:
    static constexpr int Kept = 1000;

    explicit RecentEvents(DbConnection &db);

    // Inside the caller's transaction; trims to the newest Kept.
    Status record(const QList<Event> &events);
    // Newest first; storeId empty for every store.
    Result<QList<Event>> newest(int limit, const QString &storeId = {});

private:
    DbConnection &m_db;
};

} // namespace inventory
