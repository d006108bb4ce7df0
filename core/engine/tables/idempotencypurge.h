#pragma once

#include "core/domain/result.h"

#include <QtGlobal>
#include <optional>

namespace inventory {

class IdempotencyStore;

// Idempotency results past IdempotencyStore::RetentionMs leave the database from the write
// batches themselves, a bounded number per batch, at most once a minute unless a backlog
// remains: no timer, no second writer, and memory and disk bounded by a day of writes rather
// than by uptime.
class IdempotencyPurge
{
public:
    explicit IdempotencyPurge(IdempotencyStore &store);

    bool isDue(qint64 nowMs) const { return nowMs >= m_nextMs; }
    // Inside the batch's transaction: the number purged, or nullopt when not due.
    Result<std::optional<int>> runIfDue(qint64 nowMs);
    // Once the batch that ran it has committed: soon again while a backlog remains.
    void committed(std::optional<int> purged, qint64 nowMs);

    static constexpr qint64 EveryMs = 60'000;
    static constexpr int Batch = 10'000;

private:
    IdempotencyStore &m_store;
    qint64 m_nextMs = 0;
};

} // namespace inventory
