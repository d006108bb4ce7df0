#pragma once

#include "event.h"
#include "result.h"

namespace inventory {

class DbConnection;

// The outbox: events are written in the same transaction as the change they describe.
class EventLog
{
public:
    explicit EventLog(DbConnection &connection);

    // Bumps the counter row inside the current transaction and returns the new seq.
    Result<qint64> nextSeq();
    Status insert(const Event &event);
    // Fills in seq and appends.
    Result<Event> append(Event event);

    Result<QList<Event>> since(qint64 afterSeq, int limit, const QString &storeId = {});
    Result<qint64> lastSeq();

private:
    DbConnection &m_connection;
};

} // namespace inventory
