#pragma once

#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QString>
#include <QVariantList>
#include <functional>

namespace inventory {

class DbConnection;

// Moves the oldest events, and the movements index rows they made, out of the database into a
// file the operator chose (API.md "Retention"): older events are archived, never dropped.
// The reservations that ended in those events leave with them: the file tells each one's
// whole story, and a chain's reservations would otherwise grow the database for ever. The
// file holds one event per line, the same JSON object as GET /api/v1/events gives, in seq
// order, so it can be replayed as the feed would have sent it. A client whose `since` is older
// than what the log keeps gets `resync` (archivedThrough()).
class EventArchive
{
public:
    explicit EventArchive(DbConnection &connection);

    struct Summary
    {
        qint64 fromSeq = 0; // first event archived; 0 when there was nothing to archive
        qint64 throughSeq = 0; // last one
        qint64 events = 0;
    };
    // Every event before beforeMs (the log's oldest events up to the first that is not older,
    // so that what stays is gap-free) into `path`, written in full and synced before anything
    // leaves the database. A file that exists is never overwritten. progress(done, total) is
    // called as the file is written.
    Result<Summary> archive(qint64 beforeMs, const QString &path,
                            const std::function<void(qint64, qint64)> &progress = {});

    // The last archived seq, 0 when nothing was: the log keeps every event after it.
    static Result<qint64> archivedThrough(DbConnection &connection);

private:
    Result<qint64> lastToArchive(qint64 beforeMs);
    Status writeFile(qint64 from, qint64 through, const QString &path,
                     const std::function<void(qint64, qint64)> &progress);
    Status remove(qint64 through);
    // Every reservation confirmed, cancelled or expired by an event up to `through` (an end
    // is final: such a reservation never changes again).
    Status removeEndedReservations(qint64 through);
    // Calls visit with the log's events after `after` through `through`, in order, a chunk
    // at a time (a run archives millions), until visit fails or they end.
    Status forEachChunk(qint64 after, qint64 through,
                        const std::function<Status(const QList<Event> &)> &visit);
    // One statement in a write transaction of its own; the rows it changed.
    Result<qint64> inTransaction(const QString &sql, const QVariantList &args);

    DbConnection &m_connection;
};

} // namespace inventory
