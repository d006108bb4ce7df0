#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/engine/commandoutcome.h"

#include <QObject>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace inventory {
class Clock;
}

namespace inventory::server {

// The single writer. Requests queue here; a worker thread takes everything queued while
// the previous batch was being applied and applies it as one engine batch (one
// transaction), each command still succeeding or failing on its own. Replies are delivered
// on the owner's thread only after the commit is durable: on SQLite with group commit, once
// a CommitSyncer has synced the log, while this thread goes on with the next batch.
class GroupCommitWriter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QList<CommandOutcome> &)>;
    // Encoded: each outcome's body also comes as JSON text (CommandOutcome::encodedBody),
    // written on the writer's thread, for callers that send it as it is.
    enum class Replies { Objects, Encoded };
    // Batches: every command waiting when a commit starts goes into it (group commit);
    // OneByOne: a transaction and a sync per command, as a plain server would.
    enum class Grouping { Batches, OneByOne };

    GroupCommitWriter(QString databaseLocation, const Clock &clock, Grouping grouping,
                      QObject *parent = nullptr);
    ~GroupCommitWriter() override;

    // Opens the writer's own connection on its thread.
    Status start();
    void submit(QList<Command> commands, Done done, Replies replies = Replies::Objects);
    // A write that changes nothing, to find out whether the storage is writable again;
    // the answer comes as healthChanged.
    void probe();
    // Applies what is queued, then stops the thread.
    void stop();
    bool healthy() const { return m_healthy; }
    qsizetype inFlight() const { return m_inFlight; }

signals:
    // Emitted on the owner's thread for each committed batch, before any reply of it.
    void committed(const QList<inventory::Event> &events);
    void batchFinished(int commands, double seconds, bool ok);
    void healthChanged(bool healthy);

private:
    struct Request
    {
        QList<Command> commands;
        Done done;
        bool probe = false;
        Replies replies = Replies::Objects;
    };

    void enqueue(Request request);
    void run(std::promise<Status> *opened);
    void deliver(std::vector<Request> requests, BatchResult result, double seconds);
    void setHealthy(bool healthy);
    static void encodeReplies(const std::vector<Request> &requests, BatchResult &result);

    QString m_location;
    const Clock &m_clock;
    Grouping m_grouping;
    bool m_healthy = true;
    qsizetype m_inFlight = 0;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Request> m_queue;
    // Batches handed to the CommitSyncer and not yet on disk, and the size of the last one.
    qsizetype m_unsynced = 0;
    qsizetype m_lastBatch = 0;
    bool m_syncFailing = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace inventory::server
