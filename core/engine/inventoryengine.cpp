#include "core/engine/inventoryengine.h"

#include "core/domain/clock.h"
#include "core/engine/enginelog.h"
#include "core/engine/tables/writerslock.h"
#include "core/protocol/commandfingerprint.h"
#include "core/protocol/errorjson.h"
#include "core/storage/dbconnection.h"

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// Failures that say nothing about the state (bad input, storage down) are not remembered,
// so the same key can be retried once the cause is gone.
bool isRemembered(const Error &error)
{
    return error.code() != ErrorCode::ValidationFailed && error.code() != ErrorCode::Unavailable;
}

// A ticket or a return is answered by its own record, kept as long as the ticket, never by
// the idempotency results: a resend of a recorded one is recognised by what it sells, not
// by its bytes (a till that lost the reply sends it again from its queue with `offline`,
// `soldAt` and prices added: TicketExecutor), and a refused one is not remembered, so the
// clerk fixes the line and charges the same ticket again.
bool answeredByItsOwnRecord(const Command &command)
{
    return command.kind == CommandKind::Sell || command.kind == CommandKind::ReturnTicket;
}
} // namespace

InventoryEngine::InventoryEngine(DbConnection &connection, const Clock &clock)
    : m_connection(connection)
    , m_clock(clock)
    , m_executor(connection)
    , m_idempotency(connection)
    , m_tables(m_executor.stock(), m_executor.events(), m_executor.reservations(), m_idempotency)
    , m_purge(m_idempotency)
{
}

CommandOutcome InventoryEngine::execute(const Command &command)
{
    return applyBatch({ command }).outcomes.constFirst();
}

BatchResult InventoryEngine::failAll(qsizetype count, const Error &error)
{
    BatchResult result;
    result.failed = true;
    for (qsizetype i = 0; i < count; ++i)
        result.outcomes.append(CommandOutcome::failure(error));
    return result;
}

BatchResult InventoryEngine::applyBatch(const QList<Command> &commands)
{
    return apply(commands, ProbeRow::Skip);
}

BatchResult InventoryEngine::probeWrite()
{
    return apply({}, ProbeRow::Write);
}

BatchResult InventoryEngine::apply(const QList<Command> &commands, ProbeRow probeRow)
{
    // Writers on PostgreSQL take their locks in one order (see lockBeforeCommands), so they
    // cannot wait for each other in a circle, bar one case: a batch that expires a
    // reservation locks its row before the rows its commands use, and another instance's
    // batch may hold those and want that one. PostgreSQL then fails one of the two; it rolled
    // back whole, so it runs again.
    for (int attempt = 1;; ++attempt) {
        BatchResult result = applyOnce(commands, probeRow);
        if (!result.failed || attempt == DeadlockAttempts
            || m_connection.lastSqlState() != QLatin1StringView(DeadlockDetected))
            return result;
        qCWarning(lcEngine) << "the batch met another writer in a deadlock: it runs again";
    }
}

BatchResult InventoryEngine::applyOnce(const QList<Command> &commands, ProbeRow probeRow)
{
    // A savepoint around every command is costly on SQLite, which copies each page the
    // command changes into a sub-journal first. Nearly every command
    // that fails does so before it writes (its conditional UPDATE matched no row), and then
    // there is nothing to undo. So on SQLite a batch runs without savepoints, and in the rare
    // case of a command that wrote and then failed, the batch is rolled back and runs again
    // with them, at the same time and so to the same outcomes.
    const qint64 nowMs = m_clock.nowMs();
    if (m_connection.totalChanges()) {
        if (auto result = applyGuarded(commands, probeRow, nowMs, Guard::ChangeCount))
            return *std::move(result);
        qCDebug(lcEngine) << "a command failed after writing: the batch runs again with a"
                             " savepoint per command";
    }
    return *applyGuarded(commands, probeRow, nowMs, Guard::Savepoint);
}

Result<QList<Event>> InventoryEngine::lockBeforeCommands(const QList<Command> &commands,
                                                         qint64 nowMs)
{
    if (m_connection.dialect().kind() != SqlDialect::Kind::Postgres)
        return m_executor.expireDue(nowMs);
    // Several instances may write to one PostgreSQL database. Each batch has entered the
    // writers' lock (applyGuarded): shared when all its commands use only rows it locks up
    // front, alone otherwise (tickets, transfers, counts and the like lock rows as they go,
    // and the purge deletes many). Then it locks its rows, sorted, and only then the event counter,
    // which it holds to the commit, so that seq stays gap-free and in commit order. Batches that
    // share the writers' lock so wait for the counter only with their rows in hand and never
    // the other way round, and the one that holds the counter waits for no row: their
    // reads, locks and commands run side by side, and only the writes and the commit take
    // turns. Idempotency results are read once the counter is held, when every batch that
    // wrote one before has committed: a key sent to two instances at once runs once.
    auto due = m_executor.dueReservations(nowMs);
    if (!due)
        return due.error();
    if (Status s = m_tables.prefetchRows(commands, nowMs); !s)
        return s.error();
    if (Status s = m_executor.events().lockCounter(); !s)
        return s.error();
    QStringList keys;
    for (const Command &command : commands) {
        if (!answeredByItsOwnRecord(command) && !command.validate())
            keys.append(command.effectiveIdempotencyKey());
    }
    keys.removeAll(QString());
    if (Status s = m_tables.prefetchResults(keys); !s)
        return s.error();
    return m_executor.expire(due.value(), nowMs);
}

std::optional<BatchResult> InventoryEngine::applyGuarded(const QList<Command> &commands,
                                                         ProbeRow probeRow, qint64 nowMs,
                                                         Guard guard)
{
    if (Status s = m_connection.beginWrite(); !s)
        return failAll(commands.size(), s.error());
    m_executor.events().resetSeq();
    // On PostgreSQL a batch is read before and written after its commands, each table in one
    // statement (BatchTables); with a savepoint per command, everything goes at once.
    const Writes writes
        = guard == Guard::ChangeCount && m_connection.dialect().kind() == SqlDialect::Kind::Postgres
        ? Writes::Deferred
        : Writes::Immediate;
    m_tables.begin(writes);
    const WritersLock::Writers writers = WritersLock::writersFor(
        commands, writes,
        probeRow == ProbeRow::Write || m_purge.isDue(nowMs) ? WritersLock::Extra::ProbeOrPurge
                                                            : WritersLock::Extra::None);
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres) {
        if (Status s = WritersLock::enter(m_connection, writers); !s) {
            m_connection.rollback();
            return failAll(commands.size(), s.error());
        }
    }
    // A row is kept for the commit only where commands may share it: with one command, writing
    // it at once costs the same statements and no bookkeeping; but a batch that shares the
    // writers' lock must have locked its rows before its commands run.
    m_executor.stock().begin(
        guard == Guard::ChangeCount
                && (commands.size() > 1 || writers == WritersLock::Writers::Together)
            ? StockTable::Rows::WriteBack
            : StockTable::Rows::WriteThrough);
    // A row whose bytes change: SQLite skips writing a page an UPDATE leaves identical.
    if (probeRow == ProbeRow::Write
        && !m_connection.exec(u"INSERT INTO counters (name, value) VALUES ('write_probe', 1)"
                              " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"_s)) {
        m_connection.rollback();
        return failAll(0, Error::unavailable(u"storage does not take writes"_s));
    }

    BatchResult result;
    // Expiring first means no command of this batch can act on a reservation whose time is up.
    auto expired = lockBeforeCommands(commands, nowMs);
    if (!expired) {
        m_connection.rollback();
        return failAll(commands.size(), expired.error());
    }
    result.events = expired.value();
    // Never due in a batch that shares the writers' lock (WritersLock::writersFor).
    auto purged = m_purge.runIfDue(nowMs);
    if (!purged) {
        m_connection.rollback();
        return failAll(commands.size(), purged.error());
    }

    for (const Command &command : commands) {
        if (!m_tables.before(command)) {
            m_connection.rollback();
            return failAll(commands.size(),
                           Error::unavailable(u"storage failed; nothing was applied"_s));
        }
        const Step step = applyOne(command, nowMs, guard, result);
        if (step == Step::WroteBeforeFailing) {
            m_connection.rollback();
            return std::nullopt;
        }
        if (step == Step::StorageFailed) {
            m_connection.rollback();
            return failAll(commands.size(),
                           Error::unavailable(u"storage failed; nothing was applied"_s));
        }
    }
    // The closing writes, the counter, NOTIFY and COMMIT in one round trip on PostgreSQL.
    if (writes == Writes::Deferred)
        m_connection.beginPipeline();
    if (!m_tables.flush() || !m_executor.events().flushSeq()) {
        m_connection.rollback();
        return failAll(commands.size(),
                       Error::unavailable(u"storage failed; nothing was applied"_s));
    }
    if (!result.events.isEmpty() && !notifyOtherInstances()) {
        m_connection.rollback();
        return failAll(commands.size(),
                       Error::unavailable(u"storage failed; nothing was applied"_s));
    }
    if (Status s = m_connection.commit(); !s) {
        m_connection.rollback();
        return failAll(commands.size(), s.error());
    }
    m_purge.committed(purged.value(), nowMs);
    return result;
}

// What the transaction has changed so far: the database's count and the stock rows held for
// the commit.
std::optional<qint64> InventoryEngine::changeCount()
{
    const std::optional<qint64> written = m_connection.totalChanges();
    if (!written)
        return std::nullopt;
    return *written + m_executor.stock().heldChanges() + m_tables.held();
}

InventoryEngine::Step InventoryEngine::applyOne(const Command &command, qint64 nowMs, Guard guard,
                                                BatchResult &result)
{
    if (auto invalid = command.validate()) {
        result.outcomes.append(CommandOutcome::failure(*invalid));
        return Step::Done;
    }
    const QString key
        = answeredByItsOwnRecord(command) ? QString() : command.effectiveIdempotencyKey();
    // Only keyed commands need the command's hash, and it is not cheap: the others skip it.
    const QByteArray fingerprint = key.isEmpty() ? QByteArray() : commandFingerprint(command);
    if (!key.isEmpty()) {
        auto found = m_idempotency.find(key);
        if (!found)
            return Step::StorageFailed;
        if (found.value()) {
            const IdempotencyStore::Entry &entry = *found.value();
            if (entry.fingerprint != fingerprint) {
                result.outcomes.append(CommandOutcome::failure(
                    Error(ErrorCode::IdempotencyKeyReused,
                          u"this idempotency key was used with a different request"_s,
                          { { u"idempotencyKey"_s, key } })));
            } else {
                CommandOutcome replay { entry.status, entry.body, true,
                                        entry.status >= 400 ? errorFromJson(entry.body.object())
                                                            : std::nullopt };
                result.outcomes.append(replay);
            }
            return Step::Done;
        }
    }

    const bool savepoint = guard == Guard::Savepoint;
    const std::optional<qint64> changesBefore = savepoint ? std::nullopt : changeCount();
    if (savepoint && !m_connection.exec(u"SAVEPOINT command"_s))
        return Step::StorageFailed;
    const EventLog::SeqState seqBefore = m_executor.events().seqState();
    auto applied = m_executor.execute(command, nowMs);
    CommandOutcome outcome;
    if (applied) {
        outcome = { applied->status, applied->body, applied->replayed, std::nullopt };
        result.events.append(applied->events);
    } else {
        if (applied.error().code() == ErrorCode::Unavailable) {
            qCWarning(lcEngine) << "storage failure in" << Command::kindName(command.kind)
                                << applied.error().message();
            return Step::StorageFailed;
        }
        if (!savepoint && changeCount() != changesBefore)
            return Step::WroteBeforeFailing;
        if (savepoint && !m_connection.exec(u"ROLLBACK TO SAVEPOINT command"_s))
            return Step::StorageFailed;
        m_executor.events().restoreSeq(seqBefore);
        outcome = CommandOutcome::failure(applied.error());
    }
    if (savepoint && !m_connection.exec(u"RELEASE SAVEPOINT command"_s))
        return Step::StorageFailed;

    if (!key.isEmpty() && (outcome.ok() || isRemembered(*outcome.error))) {
        if (!m_idempotency.remember(key, { fingerprint, outcome.status, outcome.body }, nowMs))
            return Step::StorageFailed;
    }
    result.outcomes.append(outcome);
    return Step::Done;
}

Status InventoryEngine::notifyOtherInstances()
{
    const QString notify = m_connection.dialect().notifyEvents();
    return notify.isEmpty() ? Status() : m_connection.exec(notify);
}

Result<qsizetype> InventoryEngine::applyAllOrNothing(const QList<Command> &commands)
{
    const qint64 nowMs = m_clock.nowMs();
    if (Status s = m_connection.beginWrite(); !s)
        return s.error();
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres) {
        if (Status s = WritersLock::enter(m_connection, WritersLock::Writers::Alone); !s) {
            m_connection.rollback();
            return s.error();
        }
    }
    m_executor.events().resetSeq();
    m_tables.begin(Writes::Immediate);
    // Nothing to undo command by command: a failure rolls everything back.
    m_executor.stock().begin(StockTable::Rows::WriteBack);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        auto applied = commands.at(i).validate() ? Result<Applied>(*commands.at(i).validate())
                                                 : m_executor.execute(commands.at(i), nowMs);
        if (!applied) {
            m_connection.rollback();
            if (applied.error().code() == ErrorCode::Unavailable)
                return applied.error();
            return i;
        }
    }
    if (Status s = m_executor.stock().flush(); !s) {
        m_connection.rollback();
        return s.error();
    }
    if (Status s = m_executor.events().flushSeq(); !s) {
        m_connection.rollback();
        return s.error();
    }
    // An import runs as an operator command in a process of its own: running instances learn
    // of it from this, as from any batch.
    if (m_executor.events().seqState().last) {
        if (Status s = notifyOtherInstances(); !s) {
            m_connection.rollback();
            return s.error();
        }
    }
    if (Status s = m_connection.commit(); !s) {
        m_connection.rollback();
        return s.error();
    }
    return qsizetype(-1);
}

BatchResult InventoryEngine::expireDue()
{
    return applyBatch({});
}

} // namespace inventory
