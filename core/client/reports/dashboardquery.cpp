#include "core/client/reports/dashboardquery.h"

#include "core/client/clientsession.h"
#include "core/client/reports/utcoffset.h"
#include "core/domain/timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
void answer(const ApiReply &reply, const DashboardQuery::Done &done)
{
    if (reply.ok())
        return done(reply.body);
    done(reply.failure());
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

DashboardQuery::DashboardQuery(ClientSession &session)
    : m_session(session)
{
}

void DashboardQuery::salesByDay(int days, Done done)
{
    const QDateTime midnight(QDate::currentDate().addDays(1 - days), QTime(0, 0));
    m_session.api().get(u"/api/v1/reports/sales?bucket=day&from="_s
                            + encoded(timestamp::format(midnight.toMSecsSinceEpoch()))
                            + u"&utcOffset="_s + encoded(utcOffset(midnight)),
                        [done](const ApiReply &reply) { answer(reply, done); });
}

void DashboardQuery::stockValue(Done done)
{
    m_session.api().get(u"/api/v1/reports/stock-value"_s,
                        [done](const ApiReply &reply) { answer(reply, done); });
}

void DashboardQuery::products(const QString &storeId, int days, Done done)
{
    m_session.api().get(u"/api/v1/reports/products?limit=10&days=%1&storeId="_s.arg(days)
                            + encoded(storeId),
                        [done](const ApiReply &reply) { answer(reply, done); });
}

void DashboardQuery::stockOverTime(const QString &productId, const QStringList &storeIds,
                                   std::function<void(Result<Lines>)> done)
{
    struct Gathered
    {
        Lines lines;
        qsizetype waiting = 0;
        std::optional<Error> failure;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->waiting = storeIds.size();
    if (storeIds.isEmpty())
        return done(Lines());
    for (const QString &store : storeIds) {
        m_session.api().get(
            u"/api/v1/products/%1/history?limit=200&storeId=%2"_s.arg(encoded(productId),
                                                                      encoded(store)),
            [gathered, store, done](const ApiReply &reply) {
                if (reply.ok()) {
                    QList<QPointF> points;
                    for (const QJsonValue &m : reply.body.value(u"movements"_s).toArray()) {
                        const auto at = timestamp::parse(m[u"at"_s].toString());
                        if (at)
                            points.prepend(
                                QPointF(double(*at), double(m[u"quantityAfter"_s].toInteger())));
                    }
                    gathered->lines.insert(store, points);
                } else if (!gathered->failure) {
                    gathered->failure = reply.failure();
                }
                if (--gathered->waiting > 0)
                    return;
                if (gathered->failure)
                    return done(*gathered->failure);
                done(gathered->lines);
            });
    }
}

} // namespace inventory
