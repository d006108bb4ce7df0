#include "server-stub/write/commitsyncer.h"

#include "core/storage/walsync.h"
#include "server-stub/serverlog.h"

#include <QLoggingCategory>
#include <chrono>

namespace inventory::server {

namespace {
constexpr std::chrono::milliseconds kRetryInterval(100);
} // namespace

CommitSyncer::CommitSyncer(std::unique_ptr<WalSync> log, Trouble trouble, Synced synced)
    : m_log(std::move(log))
    , m_trouble(std::move(trouble))
    , m_synced(std::move(synced))
{
    m_thread = std::thread([this] { run(); });
}

CommitSyncer::~CommitSyncer()
{
    stop();
}

void CommitSyncer::add(Acknowledge acknowledge)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(acknowledge));
    }
    m_wake.notify_one();
}

void CommitSyncer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void CommitSyncer::run()
{
    for (;;) {
        std::deque<Acknowledge> taken;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            taken.swap(m_queue);
        }
        if (!flushUntilDone()) {
            qCCritical(lcSyncer) << taken.size()
                                 << "committed batch(es) left unacknowledged: the write-ahead log"
                                 << m_log->path() << "could not be synced before stopping";
            return;
        }
        m_synced(qsizetype(taken.size()));
        for (Acknowledge &acknowledge : taken)
            acknowledge();
    }
}

bool CommitSyncer::flushUntilDone()
{
    bool failing = false;
    for (;;) {
        const Status synced = m_log->flush();
        if (synced) {
            if (failing)
                qCInfo(lcSyncer) << "the write-ahead log syncs again";
            return true;
        }
        if (!failing) {
            failing = true;
            qCWarning(lcSyncer).noquote()
                << synced.error().message() << "- replies wait until the log is on disk";
            m_trouble(synced.error());
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, kRetryInterval, [this] { return m_stopping; })) {
            lock.unlock();
            return bool(m_log->flush());
        }
    }
}

} // namespace inventory::server
