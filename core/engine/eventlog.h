#pragma once

#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <optional>

namespace inventory {

class DbConnection;

// The outbox: events are written in the same transaction as the change they describe.
class EventLog
{
public:
    explicit EventLog(DbConnection &connection);

    // Where seq allocation stands inside a write transaction; restored after rolling back to
    // a savepoint, so that the seqs the rolled-back work took are handed out again.
    struct SeqState
    {
        std::optional<qint64> last; // last seq handed out in this transaction
        qint64 stored = 0; // the counter row's value as this transaction sees it
    };

    // The first call of a transaction bumps the counter row (on PostgreSQL that locks it
    // until commit, which keeps seq in commit order); later calls count in memory, and
    // flushSeq() stores the last one before commit, instead of an UPDATE … RETURNING per
    // event.
    Result<qint64> nextSeq();
    Status flushSeq();
    // At the start of every write transaction.
    void resetSeq() { m_seq = {}; }
    SeqState seqState() const { return m_seq; }
    void restoreSeq(SeqState state) { m_seq = state; }
    Status insert(const Event &event);
    // Fills in seq and appends.
    Result<Event> append(Event event);

    Result<QList<Event>> since(qint64 afterSeq, int limit, const QString &storeId = {});
    Result<qint64> lastSeq();

private:
    // The rows of the movements index the event adds to (one per stock row it changed).
    Status insertMovements(const Event &event);

    DbConnection &m_connection;
    SeqState m_seq;
};

} // namespace inventory
