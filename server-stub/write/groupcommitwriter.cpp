#include "server-stub/write/groupcommitwriter.h"

#include "core/engine/inventoryengine.h"
#include "core/storage/dbconnection.h"
#include "core/storage/walsync.h"
#include "server-stub/serverlog.h"
#include "server-stub/write/commitsyncer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <future>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
// A batch larger than this waits for the next commit: it bounds one transaction's latency.
constexpr qsizetype kMaxBatchCommands = 4096;
} // namespace

GroupCommitWriter::GroupCommitWriter(QString databaseLocation, const Clock &clock,
                                     Grouping grouping, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_clock(clock)
    , m_grouping(grouping)
{
}

GroupCommitWriter::~GroupCommitWriter()
{
    stop();
}

Status GroupCommitWriter::start()
{
    std::promise<Status> opened;
    auto future = opened.get_future();
    m_thread = std::thread([this, &opened] { run(&opened); });
    Status status = future.get();
    if (!status)
        m_thread.join();
    return status;
}

void GroupCommitWriter::submit(QList<Command> commands, Done done, Replies replies)
{
    enqueue({ std::move(commands), std::move(done), false, replies });
}

void GroupCommitWriter::probe()
{
    enqueue({ {}, {}, true });
}

void GroupCommitWriter::enqueue(Request request)
{
    ++m_inFlight;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(request));
    }
    m_wake.notify_one();
}

void GroupCommitWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_thread.joinable())
            return;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void GroupCommitWriter::run(std::promise<Status> *opened)
{
    auto connection = DbConnection::open(m_location, SchemaMigrator::Schema::Server);
    if (!connection) {
        opened->set_value(connection.error());
        return;
    }
    InventoryEngine engine(*connection.value(), m_clock);
    // Batches are acknowledged by the syncer once on disk. Not with group commit off, which
    // stands for one fsync per write; nor on PostgreSQL, whose COMMIT waits for its own log.
    std::unique_ptr<CommitSyncer> syncer;
    if (m_grouping == Grouping::Batches
        && connection.value()->dialect().kind() == SqlDialect::Kind::Sqlite) {
        auto log = connection.value()->deferLogSync();
        if (!log) {
            opened->set_value(log.error());
            return;
        }
        syncer = std::make_unique<CommitSyncer>(
            std::make_unique<WalSync>(log.value()),
            [this](const Error &) {
                {
                    std::lock_guard lock(m_mutex);
                    m_syncFailing = true;
                }
                m_wake.notify_one();
                QMetaObject::invokeMethod(
                    this, [this] { setHealthy(false); }, Qt::QueuedConnection);
            },
            [this](qsizetype batches) {
                {
                    std::lock_guard lock(m_mutex);
                    m_unsynced -= batches;
                    m_syncFailing = false;
                }
                m_wake.notify_one();
            });
    }
    opened->set_value(Status());

    for (;;) {
        std::vector<Request> batch;
        {
            std::unique_lock lock(m_mutex);
            // While a batch is being synced, the next one starts early only once it is at
            // least as large: on a slow disk that keeps the writer busy during the sync; when
            // the cores are the limit, batches stay as large as waiting for the sync made
            // them (each commit costs as much for one command as for twenty). Not while
            // syncs fail: the held requests' clients cannot send more, and what comes must
            // still be answered (with 503 when the disk refuses the commit too).
            m_wake.wait(lock, [this] {
                return m_stopping
                    || (!m_queue.empty()
                        && (m_unsynced == 0 || m_syncFailing
                            || qsizetype(m_queue.size()) >= m_lastBatch));
            });
            if (m_queue.empty())
                return; // stopping, and everything queued has been applied
            qsizetype commands = 0;
            do {
                commands += m_queue.front().commands.size();
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            } while (m_grouping == Grouping::Batches && !m_queue.empty()
                     && commands + m_queue.front().commands.size() <= kMaxBatchCommands);
        }
        QList<Command> commands;
        bool probe = false;
        for (const Request &r : batch) {
            commands.append(r.commands);
            probe = probe || r.probe;
        }
        QElapsedTimer timer;
        timer.start();
        BatchResult result
            = probe && commands.isEmpty() ? engine.probeWrite() : engine.applyBatch(commands);
        const double seconds = timer.nsecsElapsed() / 1e9;
        encodeReplies(batch, result);
        if (result.failed) {
            // The database may have gone away (PostgreSQL restarted): a new session for the
            // next batch, so that writes resume by themselves when it is back.
            if (Status s = connection.value()->reconnect(); !s)
                qCWarning(lcWriter) << s.error().message();
        }
        // A failed batch was rolled back: its refusals need no sync and go out at once.
        const bool waitForDisk = syncer && !result.failed;
        const qsizetype requests = qsizetype(batch.size());
        auto acknowledge = [this, batch = std::move(batch), result = std::move(result),
                            seconds]() mutable {
            QMetaObject::invokeMethod(
                this,
                [this, batch = std::move(batch), result = std::move(result), seconds]() mutable {
                    deliver(std::move(batch), std::move(result), seconds);
                },
                Qt::QueuedConnection);
        };
        if (waitForDisk) {
            {
                std::lock_guard lock(m_mutex);
                ++m_unsynced;
                m_lastBatch = requests;
            }
            syncer->add(std::move(acknowledge));
        } else {
            acknowledge();
        }
    }
}

void GroupCommitWriter::encodeReplies(const std::vector<Request> &requests, BatchResult &result)
{
    // The event loop, which also parses every request and sends every reply, is the busier
    // thread under load: bodies built as trees are written as text here, off it.
    qsizetype offset = 0;
    for (const Request &request : requests) {
        const qsizetype n = request.commands.size();
        if (request.replies == Replies::Encoded) {
            for (qsizetype i = offset; i < offset + n && i < result.outcomes.size(); ++i) {
                CommandOutcome &outcome = result.outcomes[i];
                if (!outcome.body.holdsText())
                    outcome.body = JsonBody::fromText(outcome.body.text());
            }
        }
        offset += n;
    }
}

void GroupCommitWriter::setHealthy(bool healthy)
{
    if (healthy == m_healthy)
        return;
    m_healthy = healthy;
    qCWarning(lcWriter) << (healthy ? "storage writable again" : "storage not writable");
    emit healthChanged(healthy);
}

void GroupCommitWriter::deliver(std::vector<Request> requests, BatchResult result, double seconds)
{
    const bool ok = !result.failed;
    setHealthy(ok);
    emit batchFinished(int(result.outcomes.size()), seconds, ok);
    if (!result.events.isEmpty())
        emit committed(result.events);
    qsizetype offset = 0;
    for (Request &request : requests) {
        const qsizetype n = request.commands.size();
        --m_inFlight;
        if (request.done)
            request.done(result.outcomes.mid(offset, n));
        offset += n;
    }
}

} // namespace inventory::server
