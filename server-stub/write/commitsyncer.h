#pragma once

#include "core/domain/error.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace inventory {
class WalSync;
}

namespace inventory::server {

// Hands committed batches back once they are on disk. The writer commits a batch without
// waiting for the disk and adds it here; this thread syncs the write-ahead log once for
// everything added since its last sync, then acknowledges those batches in commit order.
// So the writer applies batch N+1 while batch N's sync runs, instead of the only thread that
// writes standing still for every fsync (on a disk without a write cache, a millisecond or
// more per batch). When a sync fails (disk full, read-only, I/O error) nothing is
// acknowledged: it tries again every 100 ms, so replies come late rather than wrong.
class CommitSyncer
{
public:
    using Acknowledge = std::function<void()>;
    // Called on this thread when syncing starts failing, once per episode.
    using Trouble = std::function<void(const Error &)>;
    // Called on this thread after each sync, with how many batches it made durable, before
    // they are acknowledged.
    using Synced = std::function<void(qsizetype batches)>;

    CommitSyncer(std::unique_ptr<WalSync> log, Trouble trouble, Synced synced);
    ~CommitSyncer();
    CommitSyncer(const CommitSyncer &) = delete;
    CommitSyncer &operator=(const CommitSyncer &) = delete;

    // A committed batch, in commit order, from the writer's thread.
    void add(Acknowledge acknowledge);
    // Syncs and acknowledges everything added, then stops the thread. If the disk is still
    // failing, stops after one more try and leaves those batches unacknowledged.
    void stop();

private:
    void run();
    // False when stopping while the disk still refuses.
    bool flushUntilDone();

    std::unique_ptr<WalSync> m_log;
    Trouble m_trouble;
    Synced m_synced;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Acknowledge> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace inventory::server
