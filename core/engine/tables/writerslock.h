#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/engine/tables/writes.h"

#include <QList>

namespace inventory {

class DbConnection;

// How a batch shares one PostgreSQL database with the writers of other instances: side by
// side when every command uses only rows the batch locks up front (BatchTables::runsOnKeptRows),
// alone otherwise (tickets, transfers, counts and the like lock rows as they go, and the
// idempotency purge deletes many). A transaction-level advisory lock lives in PostgreSQL's
// lock table, not in a row: no write-ahead log, and it ends with the transaction.
class WritersLock
{
public:
    enum class Writers { Together, Alone };
    // What a batch writes beside its commands' rows.
    enum class Extra { None, ProbeOrPurge };
    // Side by side only when the batch defers its writes (so its rows are locked before its
    // commands run) and writes nothing else.
    static Writers writersFor(const QList<Command> &commands, Writes writes, Extra extra);
    static Status enter(DbConnection &connection, Writers writers);

    // Any advisory lock id the schema does not use elsewhere.
    static constexpr qint64 LockId = 7'305'794;
};

} // namespace inventory
