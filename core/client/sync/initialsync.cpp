#include "core/client/sync/initialsync.h"

#include "core/client/apiclient.h"
#include "core/client/localcache.h"
#include "core/client/sync/pagefetcher.h"
#include "core/client/syncengine.h"
#include "core/protocol/productjson.h"
#include "core/protocol/stockrowjson.h"
#include "core/protocol/storejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory {

InitialSync::InitialSync(LocalCache &cache, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
}

InitialSync::~InitialSync()
{
    *m_alive = false;
}

std::function<void(const ApiReply &)>
InitialSync::guarded(std::function<void(const ApiReply &)> callback)
{
    // Replies can outlive this object: once it is gone they do nothing.
    return [alive = m_alive, callback = std::move(callback)](const ApiReply &reply) {
        if (*alive)
            callback(reply);
    };
}

void InitialSync::fetchPages(const QString &path, const QString &listField, int limit,
                             std::function<void(Result<QList<QJsonObject>>)> done)
{
    auto *fetcher = new PageFetcher(m_api, path, listField, limit, this);
    connect(fetcher, &PageFetcher::progress, this,
            [this, listField](qint64 received, qint64 total) {
                emit progress(received, total, listField);
            });
    fetcher->start(std::move(done));
}

void InitialSync::run(const QString &scopeStoreId, Done done)
{
    // The log position is taken first: whatever changes while we read is replayed after.
    m_api.get(
        u"/health"_s, guarded([this, done, scopeStoreId](const ApiReply &health) {
            if (!health.reachedServer())
                return done(health.failure());
            const qint64 startSeq = health.body.value(u"lastSeq"_s).toInteger();
            m_api.get(
                u"/api/v1/stores"_s,
                guarded([this, done, startSeq, scopeStoreId](const ApiReply &storesReply) {
                    if (!storesReply.ok())
                        return done(storesReply.failure());
                    QList<Store> stores;
                    QStringList read;
                    for (const QJsonValue &v : storesReply.body.value(u"stores"_s).toArray()) {
                        stores.append(storeFromJson(v.toObject()));
                        if (scopeStoreId.isEmpty() || stores.constLast().id == scopeStoreId)
                            read.append(stores.constLast().id);
                    }
                    fetchPages(u"/api/v1/products"_s, u"products"_s, 500,
                               [=, this](Result<QList<QJsonObject>> products) {
                                   if (!products)
                                       return done(products.error());
                                   auto rows = std::make_shared<QList<StockRow>>();
                                   fetchStockOf(read, rows, [=, this](Status fetched) {
                                       if (!fetched)
                                           return done(fetched);
                                       QList<Product> list;
                                       for (const QJsonObject &p : products.value())
                                           list.append(productFromJson(p));
                                       const Status loaded = m_cache.replaceAll(
                                           stores, list, *rows, startSeq, scopeStoreId);
                                       if (!loaded)
                                           return done(SyncEngine::profileFailure(loaded.error()));
                                       if (scopeStoreId.isEmpty())
                                           return done({});
                                       refreshOthers(scopeStoreId, done);
                                   });
                               });
                }));
        }));
}

void InitialSync::fetchStockOf(QStringList storeIds, std::shared_ptr<QList<StockRow>> rows,
                               Done done)
{
    if (storeIds.isEmpty())
        return done({});
    // Stores are read one after another.
    const QString storeId = storeIds.takeFirst();
    fetchPages(u"/api/v1/stores/%1/stock"_s.arg(ApiClient::encoded(storeId)), u"stock"_s, 1000,
               [=, this](Result<QList<QJsonObject>> stock) {
                   if (!stock)
                       return done(stock.error());
                   for (const QJsonObject &r : stock.value())
                       rows->append(stockRowFromJson(r));
                   fetchStockOf(storeIds, rows, done);
               });
}

void InitialSync::refreshOthers(const QString &scopeStoreId, Done done)
{
    fetchPages(u"/api/v1/stock/summary?exceptStoreId=%1"_s.arg(ApiClient::encoded(scopeStoreId)),
               u"summary"_s, 5000, [this, done](Result<QList<QJsonObject>> lines) {
                   if (!lines)
                       return done(lines.error());
                   QList<StockSummary> summary;
                   summary.reserve(lines->size());
                   for (const QJsonObject &line : lines.value())
                       summary.append({ line.value(u"productId"_s).toString(),
                                        line.value(u"available"_s).toInteger(),
                                        line.value(u"stores"_s).toInteger() });
                   const Status kept = m_cache.replaceOtherStock(summary);
                   done(kept ? kept : SyncEngine::profileFailure(kept.error()));
               });
}

} // namespace inventory
