#pragma once

#include "core/client/apiclient.h"
#include "core/client/localcache.h"
#include "core/client/reasons/reasoncatalog.h"
#include "core/client/syncengine.h"
#include "core/domain/clock.h"
#include "core/domain/user.h"

#include <QObject>
#include <memory>

namespace inventory {

// Everything a store client does, behind one object: sign in (online, or offline with the
// cached session until its token expires), the counter actions (queued with their
// optimistic effect, then pushed), and the live sync. The desktop UI and the terminal client
// talk only to this.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    explicit ClientSession(QString profilePath, QObject *parent = nullptr);
    // The seam for time (tests move a ManualClock): token expiry and when operations were made.
    ClientSession(QString profilePath, const Clock &clock, QObject *parent = nullptr);
    ~ClientSession() override;

    Status open();
    // How hard the API client tries a request before the session counts as offline: a POS
    // waits longer than a one-shot terminal command.
    void setRetryPolicy(int attempts, int timeoutMs, int baseDelayMs);
    // The servers the profile last signed in to.
    Result<QList<QUrl>> savedServers();

    // done(user, offline): offline is true when the cached session was used, which it is only
    // while its token has not expired (the same rule for every client).
    void signIn(const QList<QUrl> &servers, const QString &user, const QString &password,
                std::function<void(Result<User>, bool offline)> done);
    // The profile's saved session, without a password: refused once its token has expired.
    Result<User> resume(const QList<QUrl> &servers);
    // An enrolled till starting up, its token expired or not: the saved person and token come
    // back so that the window can be built, and the caller locks it at once (only a PIN says
    // who works at it). INVALID_STATE when this profile is not an enrolled till's.
    Result<User> resumeTill(const QList<QUrl> &servers);
    // The answer of a sign-in made elsewhere (a PIN at an enrolled till, TillDesk): its token
    // and user become the session's and are saved in the profile like a password sign-in's.
    User adopt(const QJsonObject &login);
    // A person of this enrolled till's staff, their PIN checked against the till's copy
    // (StaffRoster) while the server is out of reach: what they queue is theirs, sent on the
    // till's secret. The saved token stays the one the server last gave (for reads); a PIN
    // sign-in the server answers replaces it (needsOnlineUnlock() says when one is due).
    User adoptOffline(const QList<QUrl> &servers, const User &person);
    // The session's person is not the one its token was issued to (an offline switch), or the
    // token has expired: a PIN sign-in is due when the server is back.
    bool needsOnlineUnlock() const;
    // A token the caller was given (scripts): the server judges it; the user is the profile's.
    Result<User> useToken(const QList<QUrl> &servers, const QByteArray &token);
    void startSync();

    const User &user() const { return m_user; }
    QString profilePath() const { return m_path; }
    QString storeId() const { return m_storeId; }
    void setStoreId(const QString &storeId) { m_storeId = storeId; }
    qint64 tokenExpiresAtMs() const { return m_tokenExpiresAtMs; }
    bool online() const;

    LocalCache &cache() { return *m_cache; }
    const Clock &clock() const { return m_clock; }
    SyncEngine &sync() { return *m_sync; }
    ApiClient &api() { return *m_api; }
    // The reason codes to offer, refreshed at startSync() and when the feed says one was added.
    ReasonCatalog &reasons() { return *m_reasons; }

    // A sale at the counter goes through the queue; one made while the server is out of reach
    // (SyncEngine::serverOutOfReach) is sent with "offline": true, a fact the server never
    // refuses for stock (API.md "Stock discrepancies"); any other is refused if the books lack
    // the units.
    Result<PendingOperation> sell(const QString &productId, qint64 quantity);
    Result<PendingOperation> receive(const QString &productId, qint64 quantity);
    // Units that left the shelf other than by a sale (damage, theft, loss…): a subtract with
    // the reason code and the clerk's note, queued like every stock change.
    Result<PendingOperation> writeOff(const QString &productId, qint64 quantity,
                                      const QString &reason, const QString &note);
    Result<PendingOperation> count(const QString &productId, qint64 quantity,
                                   std::optional<qint64> expectedVersion);
    // Reservations need the server: refused (UNAVAILABLE) while offline, never queued for later.
    Result<PendingOperation> reserve(const QString &productId, qint64 quantity,
                                     const QString &customerId, qint64 ttlSeconds);
    Result<PendingOperation> confirm(const QString &reservationId);
    Result<PendingOperation> cancel(const QString &reservationId);
    // After an operation was queued outside these actions (TicketDesk queues a ticket and keeps
    // its copy in one transaction): tells the windows and sends it when it can.
    void notifyQueued(const PendingOperation &operation);

signals:
    void operationQueued(const inventory::PendingOperation &operation);

private:
    void connectTo(const QList<QUrl> &servers);
    // The session saved in the profile, with its token's expiry.
    Result<User> savedUser();
    Result<PendingOperation> queue(const QString &kind, const QJsonObject &body,
                                   const QString &productId, qint64 delta);
    Result<PendingOperation> stockChange(const QString &operation, const QString &reason,
                                         const QString &productId, qint64 quantity, qint64 delta,
                                         std::optional<qint64> expectedVersion = {},
                                         bool offline = false, const QString &note = {});
    Status remember(const QJsonObject &login, const QList<QUrl> &servers);
    // What is queued from now on is m_user's, at this till when it is enrolled.
    void noteActor();

    QString m_path;
    SystemClock m_systemClock;
    const Clock &m_clock;
    QString m_tokenUserId;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<ReasonCatalog> m_reasons;
    User m_user;
    QString m_storeId;
    qint64 m_tokenExpiresAtMs = 0;
    struct
    {
        int attempts = 3;
        int timeoutMs = 8000;
        int baseDelayMs = 300;
    } m_retry;
};

} // namespace inventory
