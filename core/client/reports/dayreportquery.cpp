#include "core/client/reports/dayreportquery.h"

#include "core/client/clientsession.h"
#include "core/client/reports/utcoffset.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inventory {

DayReportQuery::DayReportQuery(ClientSession &session)
    : m_session(session)
{
}

QString DayReportQuery::path(const QString &storeId, const QDate &date)
{
    const QString offset = utcOffset(QDateTime(date, QTime(0, 0)));
    return u"/api/v1/reports/day?storeId="_s + QString::fromLatin1(QUrl::toPercentEncoding(storeId))
        + u"&date="_s + date.toString(Qt::ISODate) + u"&utcOffset="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(offset));
}

void DayReportQuery::load(const QString &storeId, const QDate &date, Done done)
{
    m_session.api().get(path(storeId, date), [done](const ApiReply &reply) {
        if (reply.ok())
            return done(reply.body);
        done(reply.failure());
    });
}

} // namespace inventory
