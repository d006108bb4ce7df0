#pragma once

#include "core/domain/command.h"
#include "core/engine/commandexecutor.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/tables/batchtables.h"
#include "core/engine/tables/idempotencypurge.h"
#include "core/engine/tables/idempotencystore.h"

namespace inventory {

class Clock;
class DbConnection;

// Applies commands to the database, a batch per transaction: each command is checked and
// applied on its own, so one failing command never fails its neighbours (what it wrote is
// undone), and the whole batch becomes durable with one commit. This is what group commit
// runs.
class InventoryEngine
{
public:
    InventoryEngine(DbConnection &connection, const Clock &clock);

    CommandOutcome execute(const Command &command);
    BatchResult applyBatch(const QList<Command> &commands);
    // Applies every command or none: the index of the first command that failed (all rolled
    // back), or -1 when all were committed. For imports, where half a file is worse than none.
    Result<qsizetype> applyAllOrNothing(const QList<Command> &commands);
    // Expires due reservations in a transaction of its own.
    BatchResult expireDue();
    // Writes to the database without changing anything it holds (and expires what is due):
    // proves the storage takes writes again after a failure. An empty batch would not — it
    // commits without writing a page, so it succeeds on a full disk too.
    BatchResult probeWrite();

    DbConnection &connection() { return m_connection; }

private:
    // How a failed command's writes are undone: a savepoint around every command, or none,
    // with the connection's change count telling whether a failed command wrote anything.
    enum class Guard { Savepoint, ChangeCount };
    // Whether the batch also rewrites the probe row (probeWrite).
    enum class ProbeRow { Skip, Write };
    BatchResult apply(const QList<Command> &commands, ProbeRow probeRow);
    BatchResult applyOnce(const QList<Command> &commands, ProbeRow probeRow);
    static constexpr int DeadlockAttempts = 3;
    static constexpr const char *DeadlockDetected = "40P01";
    // nullopt (rolled back) when a command failed after it wrote, under Guard::ChangeCount.
    std::optional<BatchResult> applyGuarded(const QList<Command> &commands, ProbeRow probeRow,
                                            qint64 nowMs, Guard guard);
    // The reservations it expired.
    Result<QList<Event>> lockBeforeCommands(const QList<Command> &commands, qint64 nowMs);
    enum class Step { Done, StorageFailed, WroteBeforeFailing };
    Step applyOne(const Command &command, qint64 nowMs, Guard guard, BatchResult &result);
    std::optional<qint64> changeCount();
    BatchResult failAll(qsizetype count, const Error &error);
    // Before the commit of a transaction that appended events (nothing to do on SQLite).
    Status notifyOtherInstances();

    DbConnection &m_connection;
    const Clock &m_clock;
    CommandExecutor m_executor;
    IdempotencyStore m_idempotency;
    BatchTables m_tables;
    IdempotencyPurge m_purge;
};

} // namespace inventory
