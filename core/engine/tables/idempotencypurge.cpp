#include "core/engine/tables/idempotencypurge.h"

#include "core/engine/enginelog.h"
#include "core/engine/tables/idempotencystore.h"

namespace inventory {

IdempotencyPurge::IdempotencyPurge(IdempotencyStore &store)
    : m_store(store)
{
}

Result<std::optional<int>> IdempotencyPurge::runIfDue(qint64 nowMs)
{
    if (!isDue(nowMs))
        return std::optional<int>();
    auto purged = m_store.purgeOlderThan(nowMs - IdempotencyStore::RetentionMs, Batch);
    if (!purged)
        return purged.error();
    if (purged.value() > 0)
        qCDebug(lcEngine) << "forgot" << purged.value() << "idempotency results older than 24 h";
    return std::optional<int>(purged.value());
}

void IdempotencyPurge::committed(std::optional<int> purged, qint64 nowMs)
{
    if (purged)
        m_nextMs = *purged == Batch ? nowMs : nowMs + EveryMs;
}

} // namespace inventory
