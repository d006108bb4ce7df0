#include "core/client/history/producthistory.h"

#include "core/client/apiclient.h"
#include "core/client/clientlog.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace inventory {

ProductHistory::ProductHistory(ApiClient &api, QString productId, QString storeId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_productId(std::move(productId))
    , m_storeId(std::move(storeId))
{
}

void ProductHistory::setRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
}

void ProductHistory::setPageSize(int limit)
{
    m_limit = qBound(1, limit, MaxLimit);
}

QString ProductHistory::path(int page) const
{
    QString path = u"/api/v1/products/%1/history?storeId=%2&page=%3&limit=%4"_s.arg(
        ApiClient::encoded(m_productId), ApiClient::encoded(m_storeId), QString::number(page),
        QString::number(m_limit));
    if (!m_reason.isEmpty())
        path += u"&reason="_s + ApiClient::encoded(m_reason);
    if (m_fromMs > 0)
        path += u"&from="_s + ApiClient::encoded(timestamp::format(m_fromMs));
    if (m_toMs > 0)
        path += u"&to="_s + ApiClient::encoded(timestamp::format(m_toMs));
    return path;
}

void ProductHistory::reload()
{
    ++m_generation;
    m_movements.clear();
    m_loadedPage = 0;
    m_hasMore = false;
    request(1);
}

void ProductHistory::loadMore()
{
    if (m_loading || !m_hasMore || m_loadedPage == 0)
        return;
    request(m_loadedPage + 1);
}

void ProductHistory::request(int page)
{
    m_loading = true;
    // The history may be closed before the server answers: the answer then has no one to go
    // to. ApiClient outlives it, so the callback checks rather than the call being cancelled.
    QPointer<ProductHistory> self(this);
    const quint64 generation = m_generation;
    m_api.get(path(page), [self, generation, page](const ApiReply &reply) {
        if (self && self->m_generation == generation)
            self->received(page, reply);
    });
}

void ProductHistory::received(int page, const ApiReply &reply)
{
    m_loading = false;
    if (!reply.ok()) {
        const Error error = reply.reachedServer()
            ? reply.failure()
            : Error::unavailable(
                tr("the movement history needs the server, which cannot be reached now"));
        qCInfo(lcClient) << "history of" << m_productId << "at" << m_storeId
                         << "not read:" << error.message();
        emit failed(error);
        return;
    }
    auto parsed = parse(reply.body);
    if (!parsed) {
        qCWarning(lcClient) << "unreadable history page from the server:"
                            << parsed.error().message();
        emit failed(parsed.error());
        return;
    }
    QSet<qint64> known;
    for (const StockMovement &m : std::as_const(m_movements))
        known.insert(m.seq);
    QList<StockMovement> fresh;
    for (const StockMovement &m : std::as_const(parsed->movements)) {
        if (!known.contains(m.seq))
            fresh.append(m);
    }
    m_movements += fresh;
    m_loadedPage = page;
    m_hasMore = parsed->hasMore;
    emit pageLoaded(page, fresh);
}

Result<ProductHistory::Page> ProductHistory::parse(const QJsonObject &body)
{
    const QJsonValue list = body.value(u"movements"_s);
    if (!list.isArray())
        return Error::unavailable(tr("the server's answer holds no list of movements"));
    ProductHistory::Page page;
    page.page = body.value(u"page"_s).toInt(1);
    page.hasMore = body.value(u"hasMore"_s).toBool();
    for (const QJsonValue &entry : list.toArray()) {
        const auto movement = StockMovement::fromJson(entry.toObject());
        if (!movement)
            return Error::unavailable(tr("the server's answer holds a movement that cannot be "
                                         "read"));
        page.movements.append(*movement);
    }
    return page;
}

} // namespace inventory
