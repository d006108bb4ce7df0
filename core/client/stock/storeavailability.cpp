#include "core/client/stock/storeavailability.h"

#include "core/client/apiclient.h"
#include "core/client/clientlog.h"
#include "core/client/localcache.h"
#include "core/protocol/stockrowjson.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace inventory {

StoreAvailability::StoreAvailability(LocalCache &cache, ApiClient &api, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_clock(clock)
{
}

Result<StoreAvailability::Shown> StoreAvailability::shown(const QString &productId, Reach reach)
{
    auto own = m_cache.availability(productId);
    if (!own)
        return own.error();
    Shown shown { std::move(own).value(), std::nullopt, false };
    if (m_cache.scope().isEmpty())
        return shown;
    const bool read = m_productId == productId && m_readAtMs > 0;
    if (read && m_clock.nowMs() - m_readAtMs < FreshMs) {
        shown.rows += m_others;
        return shown;
    }
    const bool waiting = m_productId == productId && (m_asking || m_clock.nowMs() < m_askAfterMs);
    if (reach == Reach::InReach && !waiting) {
        m_productId = productId;
        m_readAtMs = 0;
        m_asking = true;
        // The tab may be gone before the server answers; ApiClient outlives it.
        QPointer<StoreAvailability> self(this);
        m_api.get(u"/api/v1/products/%1/availability"_s.arg(ApiClient::encoded(productId)),
                  [self, productId](const ApiReply &reply) {
                      if (self)
                          self->received(productId, reply);
                  });
    }
    auto others = m_cache.otherStock(productId);
    if (!others)
        return others.error();
    shown.others = others.value();
    shown.othersUnknown = !others->has_value();
    return shown;
}

void StoreAvailability::received(const QString &productId, const ApiReply &reply)
{
    if (productId != m_productId)
        return; // asked for a product no longer shown
    m_asking = false;
    if (!reply.ok()) {
        m_askAfterMs = m_clock.nowMs() + FreshMs; // not at every change of the cache
        qCInfo(lcClient) << "other stores' stock of" << productId
                         << "not read:" << reply.failure().message();
        return;
    }
    m_others.clear();
    for (const QJsonValue &value : reply.body.value(u"stores"_s).toArray()) {
        const StockRow row = stockRowFromJson(value.toObject(), productId);
        if (row.storeId != m_cache.scope())
            m_others.append(row);
    }
    m_readAtMs = m_clock.nowMs();
    emit changed(productId);
}

} // namespace inventory
