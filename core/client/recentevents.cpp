#include "core/client/recentevents.h"

#include "core/storage/dbconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

RecentEvents::RecentEvents(DbConnection &db)
    : m_db(db)
{
}

Status RecentEvents::record(const QList<Event> &events)
{
    qint64 newest = 0;
    for (const Event &e : events) {
        if (Status s = m_db.write(u"INSERT OR IGNORE INTO recent_events"
                                  " (seq, type, at_ms, store_id, product_id, data)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"_s,
                                  { e.seq, e.type, e.atMs, e.storeId, e.productId,
                                    QString::fromUtf8(e.data.text()) });
            !s)
            return s;
        newest = qMax(newest, e.seq);
    }
    if (newest == 0)
        return {};
    return m_db.write(u"DELETE FROM recent_events WHERE seq <= ?"_s, { newest - Kept });
}

Result<QList<Event>> RecentEvents::newest(int limit, const QString &storeId)
{
    auto ran = storeId.isEmpty()
        ? m_db.run(u"SELECT seq, type, at_ms, store_id, product_id, data FROM recent_events"
                   " ORDER BY seq DESC LIMIT ?"_s,
                   { limit })
        : m_db.run(u"SELECT seq, type, at_ms, store_id, product_id, data FROM recent_events"
                   " WHERE store_id = ? OR store_id = '' ORDER BY seq DESC LIMIT ?"_s,
                   { storeId, limit });
    if (!ran)
        return ran.error();
    QList<Event> list;
    QSqlQuery &q = *ran.value();
    while (q.next())
        list.append(Event(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toString(), q.value(4).toString(),
                          JsonBody::fromText(q.value(5).toString().toUtf8())));
    if (Status s = m_db.endOfRows(q); !s)
        return s.error();
    return list;
}

} // namespace inventory
