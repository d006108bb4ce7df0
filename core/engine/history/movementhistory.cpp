#include "core/engine/history/movementhistory.h"

#include "core/storage/dbconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
void takeRow(Movement &m, const QJsonObject &row)
{
    m.quantityAfter = row.value(u"quantity"_s).toInteger();
    m.reservedAfter = row.value(u"reserved"_s).toInteger();
    m.incomingAfter = row.value(u"incoming"_s).toInteger();
}

// What the event did to the one row this movement is about. Events of one row carry the row
// at the top of their data; tickets and returns per line; transfers per row of either store.
void readEvent(Movement &m, const QString &productId, const QJsonObject &data)
{
    m.actor = data.value(u"actor"_s).toString();
    m.device = data.value(u"device"_s).toString();
    m.note = data.value(u"note"_s).toString();
    m.ticketId = data.value(u"ticketId"_s).toString();
    m.transferId = data.value(u"transferId"_s).toString();
    m.clientTime = data.value(u"soldAt"_s).toString();
    if (m.clientTime.isEmpty())
        m.clientTime = data.value(u"clientTime"_s).toString();
    if (data.contains(u"rows"_s)) {
        for (const QJsonValue &value : data.value(u"rows"_s).toArray()) {
            const QJsonObject moved = value.toObject();
            if (moved.value(u"productId"_s).toString() == productId
                && moved.value(u"storeId"_s).toString() == m.storeId) {
                m.delta = moved.value(u"delta"_s).toInteger();
                takeRow(m, moved.value(u"row"_s).toObject());
            }
        }
        return;
    }
    if (data.contains(u"lines"_s)) {
        for (const QJsonValue &value : data.value(u"lines"_s).toArray()) {
            const QJsonObject line = value.toObject();
            if (line.value(u"productId"_s).toString() == productId
                && line.value(u"row"_s).isObject()) {
                m.delta = line.value(u"delta"_s).toInteger();
                takeRow(m, line.value(u"row"_s).toObject());
            }
        }
        return;
    }
    takeRow(m, data);
    if (data.contains(u"delta"_s))
        m.delta = data.value(u"delta"_s).toInteger();
    else if (m.type == u"reservation.confirmed"_s)
        m.delta = -data.value(u"reservation"_s).toObject().value(u"quantity"_s).toInteger();
}
} // namespace

MovementHistory::MovementHistory(DbConnection &connection)
    : m_connection(connection)
{
}

QString MovementHistory::sql(const Filter &filter)
{
    QString where = u" WHERE m.product_id = ?"_s;
    if (!filter.storeId.isEmpty())
        where += u" AND m.store_id = ?"_s;
    where += u" AND m.seq <= ? AND m.at_ms >= ? AND m.at_ms < ?"_s;
    if (!filter.reason.isEmpty())
        where += u" AND m.reason = ?"_s;
    return u"SELECT m.seq, e.type, e.at_ms, m.store_id, m.reason, e.data FROM movements m"
           " JOIN events e ON e.seq = m.seq"_s
        + where + u" ORDER BY m.seq DESC LIMIT ? OFFSET ?"_s;
}

Result<MovementHistory::Page> MovementHistory::page(const QString &productId, const Filter &filter,
                                                    int page, int limit)
{
    QVariantList args { productId };
    if (!filter.storeId.isEmpty())
        args << filter.storeId;
    args << filter.maxSeq << filter.fromMs << filter.toMs;
    if (!filter.reason.isEmpty())
        args << filter.reason;
    // One more than asked for tells whether there is a next page.
    args << limit + 1 << qint64(page - 1) * limit;
    Page result;
    if (Status s = m_connection.forEachRow(
            sql(filter), args,
            [&](const QSqlQuery &q) {
                Movement m;
                m.seq = q.value(0).toLongLong();
                m.type = q.value(1).toString();
                m.atMs = q.value(2).toLongLong();
                m.storeId = q.value(3).toString();
                m.reason = q.value(4).toString();
                readEvent(m, productId,
                          QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
                result.movements << m;
            });
        !s)
        return s.error();
    if (result.movements.size() > limit) {
        result.movements.removeLast();
        result.hasMore = true;
    }
    return result;
}

} // namespace inventory
