#pragma once

#include "core/domain/result.h"
#include "core/engine/tables/writes.h"
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
    // PostgreSQL: takes the counter row's lock first thing in a write transaction, so that
    // every writer locks it before any stock row and two instances cannot deadlock over a row
    // and the counter; nextSeq() then counts from it in memory.
    Status lockCounter();
    // At the start of every write transaction.
    void resetSeq() { m_seq = {}; }
    SeqState seqState() const { return m_seq; }
    void restoreSeq(SeqState state) { m_seq = state; }
    // Writes::Deferred keeps the events and their movements inserted from then on and writes
    // them at flush(), one statement for all events and one for all movements. Switching to
    // Writes::Immediate flushes first, so that work which reads the log sees all of it.
    Status setWrites(Writes writes);
    // Drops what is kept (the transaction rolled back) and goes back to Writes::Immediate.
    void discard();
    Status flush();
    // Events kept for flush().
    qsizetype held() const { return m_held.size(); }
    Status insert(const Event &event);
    // Fills in seq and appends.
    Result<Event> append(Event event);

    Result<QList<Event>> since(qint64 afterSeq, int limit, const QString &storeId = {});
    Result<qint64> lastSeq();

private:
    // The rows of the movements index the event adds to (one per stock row it changed).
    Status insertMovements(const Event &event);

    Status insertAtOnce(const QList<Event> &events);
    // Runs sql, which gives the counter row's value and locks it, and counts from there.
    Result<qint64> takeCounter(const QString &sql);

    DbConnection &m_connection;
    SeqState m_seq;
    Writes m_writes = Writes::Immediate;
    QList<Event> m_held;
};

} // namespace inventory
