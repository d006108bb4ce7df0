#include "core/client/reports/dayreportquery.h"

#include "core/client/clientsession.h"

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
    const int seconds = QDateTime(date, QTime(0, 0)).offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    const QString offset = u"%1%2:%3"_s.arg(seconds < 0 ? u"-"_s : u"+"_s)
                               .arg(minutes / 60, 2, 10, QChar(u'0'))
                               .arg(minutes % 60, 2, 10, QChar(u'0'));
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
