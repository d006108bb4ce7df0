#pragma once

#include "core/client/pendingoperation.h"
#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace inventory {

class ApiClient;
class FeedClient;
class InitialSync;
class LocalCache;

// Keeps a terminal's LocalCache in step with the server: the first sync of an empty profile
// downloads the catalogue and the stock (InitialSync, with progress), queued operations are
// pushed in order in batches (each exactly once, by its key), and changes arrive over the
// feed (or by pulling /events). States: offline → connecting → catching up → live.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Connecting, CatchingUp, Live };
    Q_ENUM(State)
    using Done = std::function<void(Status)>;

    SyncEngine(LocalCache &cache, ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Initial sync if the profile is empty, then push the queue, then pull new events.
    void syncOnce(Done done);
    void pushQueue(Done done);
    void pullEvents(Done done);
    void initialSync(Done done);

    // Keeps syncing: feed subscription, reconnects, pushes whenever something is queued.
    void startLive(const QString &storeFilter = {});
    void stop();
    // Call after queueing an operation, so it is sent now rather than at the next retry.
    void queueChanged();

    State state() const { return m_state; }
    // Whether a sync failed for want of the server (what it sends stays queued for later),
    // not because the profile could not be read or written.
    static bool isOffline(const Error &error);
    // The profile's storage errors are UNAVAILABLE like the server's absence, but they are
    // no reason to say "offline": this marks one so that isOffline() tells them apart.
    static Error profileFailure(const Error &error);
    qint64 lastSyncMs() const { return m_lastSyncMs; }
    // The last attempt to reach the server failed for want of it (not known before a first
    // attempt): what is done now is done offline, and nothing should wait for the server's
    // timeouts. Cleared by the next answer from the server.
    bool serverOutOfReach() const { return m_outOfReach; }
    // What a request outside the engine found (a ticket posted by TicketDesk).
    void noteReach(bool reached) { m_outOfReach = !reached; }

    static constexpr int PushBatch = 500;

signals:
    void stateChanged(inventory::SyncEngine::State state);
    void pendingCountChanged(int count);
    void synced(qint64 atMs);
    void operationRejected(const inventory::PendingOperation &operation);
    // The server refused a whole push (a revoked till, a disabled account, an expired
    // session): the operations stay queued.
    void pushRefused(const inventory::Error &error);
    void progress(qint64 done, qint64 total, const QString &what);
    void cacheChanged();
    // Feed events just applied to the cache (for live displays).
    void eventsApplied(const QList<inventory::Event> &events);

private:
    void setState(State state);
    void emitPendingCount();
    void markSynced();
    // The store an enrolled till holds in full (empty: every store).
    Result<QString> scope();
    void retryLater();
    // What a sync's outcome says of the server's reach (a profile failure says nothing).
    void noteSync(const Status &status);
    // A queued ticket refused because its id is taken: settled if the server's ticket of that
    // id has the same lines, else reported as rejected.
    void reconcileTicket(const PendingOperation &op);
    // Wraps a callback so that it does nothing once this engine is gone (replies can
    // outlive it).
    std::function<void(const struct ApiReply &)>
    guarded(std::function<void(const struct ApiReply &)> callback) const;

    LocalCache &m_cache;
    ApiClient &m_api;
    InitialSync *m_initial;
    FeedClient *m_feed = nullptr;
    QTimer m_retry;
    State m_state = State::Offline;
    qint64 m_lastSyncMs = 0;
    bool m_pushing = false;
    QString m_lastRefusal; // told once until a push goes through
    bool m_live = false;
    bool m_outOfReach = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace inventory
