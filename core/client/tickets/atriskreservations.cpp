#include "core/client/tickets/atriskreservations.h"

#include "core/storage/dbconnection.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kPrefix = u"atRisk:"_s;
} // namespace

AtRiskReservations::AtRiskReservations(DbConnection &db)
    : m_db(db)
{
}

Status AtRiskReservations::set(const QString &reservationId, bool atRisk)
{
    if (reservationId.isEmpty())
        return {};
    if (atRisk)
        return m_db.write(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"_s,
                          { kPrefix + reservationId });
    return m_db.write(u"DELETE FROM meta WHERE key = ?"_s, { kPrefix + reservationId });
}

Status AtRiskReservations::note(const Reservation &reservation)
{
    return set(reservation.id,
               reservation.atRisk && reservation.status == ReservationStatus::Pending);
}

Status AtRiskReservations::applyEvent(const Event &event)
{
    const bool raised = event.type == QLatin1StringView(eventtype::StockDiscrepancy);
    if (!raised && event.type != QLatin1StringView(eventtype::DiscrepancyResolved))
        return {};
    const QJsonObject data = event.data.object();
    const QStringList lists = raised
        ? QStringList { u"reservationsAtRisk"_s }
        : QStringList { u"reservationsCovered"_s, u"reservationsReleased"_s };
    for (const QString &list : lists) {
        for (const QJsonValue &id : data.value(list).toArray()) {
            if (Status s = set(id.toString(), raised); !s)
                return s;
        }
    }
    return {};
}

Result<QSet<QString>> AtRiskReservations::ids()
{
    auto ran = m_db.run(u"SELECT key FROM meta WHERE key >= 'atRisk:' AND key < 'atRisk;'"_s);
    if (!ran)
        return ran.error();
    QSet<QString> found;
    QSqlQuery &query = *ran.value();
    while (query.next())
        found.insert(query.value(0).toString().mid(kPrefix.size()));
    if (Status s = m_db.endOfRows(query); !s)
        return s.error();
    query.finish();
    return found;
}

} // namespace inventory
