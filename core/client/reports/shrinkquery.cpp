#include "core/client/reports/shrinkquery.h"

#include "core/client/apiclient.h"
#include "core/client/clientlog.h"
#include "core/domain/reasoncode.h"
#include "core/domain/timestamp.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

ShrinkQuery::ShrinkQuery(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

QString ShrinkQuery::path(const QString &storeId, qint64 fromMs, qint64 toMs)
{
    QUrlQuery query;
    if (!storeId.isEmpty())
        query.addQueryItem(u"storeId"_s, storeId);
    if (fromMs > 0)
        query.addQueryItem(u"from"_s, timestamp::format(fromMs));
    if (toMs > 0)
        query.addQueryItem(u"to"_s, timestamp::format(toMs));
    const QString q = query.toString(QUrl::FullyEncoded);
    return u"/api/v1/reports/shrink"_s + (q.isEmpty() ? QString() : u"?"_s + q);
}

void ShrinkQuery::load(const QString &storeId, qint64 fromMs, qint64 toMs)
{
    ++m_generation;
    m_loading = true;
    // The view may be closed before the server answers; ApiClient outlives it.
    QPointer<ShrinkQuery> self(this);
    const quint64 generation = m_generation;
    m_api.get(path(storeId, fromMs, toMs), [self, generation](const ApiReply &reply) {
        if (self && self->m_generation == generation)
            self->received(reply);
    });
}

void ShrinkQuery::received(const ApiReply &reply)
{
    m_loading = false;
    if (!reply.ok()) {
        const Error error = reply.reachedServer()
            ? reply.failure()
            : Error::unavailable(tr("the shrink report needs the server, which cannot be "
                                    "reached now"));
        qCInfo(lcClient) << "shrink report not read:" << error.message();
        emit failed(error);
        return;
    }
    auto parsed = parse(reply.body);
    if (!parsed) {
        qCWarning(lcClient) << "unreadable shrink report from the server:"
                            << parsed.error().message();
        emit failed(parsed.error());
        return;
    }
    emit loaded(parsed.value());
}

Result<QList<ShrinkEntry>> ShrinkQuery::parse(const QJsonObject &body)
{
    static const QRegularExpression month(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    const QJsonValue list = body.value(u"rows"_s);
    if (!list.isArray())
        return Error::unavailable(tr("the server's answer holds no shrink report"));
    QList<ShrinkEntry> entries;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject o = value.toObject();
        ShrinkEntry e { o.value(u"storeId"_s).toString(), o.value(u"month"_s).toString(),
                        o.value(u"reason"_s).toString(), o.value(u"units"_s).toInteger(-1) };
        if (e.storeId.isEmpty() || !month.match(e.month).hasMatch()
            || !ReasonCode::isWellFormed(e.reason) || e.units < 0)
            return Error::unavailable(tr("the server's answer holds a line of the shrink report "
                                         "that cannot be read"));
        entries << e;
    }
    return entries;
}

} // namespace inventory
