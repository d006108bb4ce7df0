#pragma once

#include "apiclient.h"
#include "clock.h"
#include "localstore.h"
#include "syncengine.h"
#include "user.h"

#include <QObject>
#include <memory>

namespace inventory {

// Everything a store client does, behind one object: sign in (online, or offline with the
// cached session until its token expires), the counter actions (queued with their
// optimistic effect, then pushed), and the live sync. The desktop UI talks only to this.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    explicit ClientSession(QString profilePath, QObject *parent = nullptr);
    ~ClientSession() override;

    Status open();
    // done(user, offline): offline is true when the cached session was used.
    void signIn(const QList<QUrl> &servers, const QString &user, const QString &password,
                std::function<void(Result<User>, bool offline)> done);
    void startSync();

    const User &user() const { return m_user; }
    QString storeId() const { return m_storeId; }
    void setStoreId(const QString &storeId) { m_storeId = storeId; }
    qint64 tokenExpiresAtMs() const { return m_tokenExpiresAtMs; }
    bool online() const;

    LocalStore &store() { return *m_store; }
    SyncEngine &sync() { return *m_sync; }

    Result<PendingOperation> sell(const QString &productId, qint64 quantity);
    Result<PendingOperation> receive(const QString &productId, qint64 quantity);
    Result<PendingOperation> count(const QString &productId, qint64 quantity,
                                   std::optional<qint64> expectedVersion);
    // Reservations need the server: refused (UNAVAILABLE) while offline, never queued for later.
    Result<PendingOperation> reserve(const QString &productId, qint64 quantity,
                                     const QString &customerId, qint64 ttlSeconds);
    Result<PendingOperation> confirm(const QString &reservationId);
    Result<PendingOperation> cancel(const QString &reservationId);

signals:
    void operationQueued(const inventory::PendingOperation &operation);

private:
    Result<PendingOperation> queue(const QString &kind, const QJsonObject &body,
                                   const QString &productId, qint64 delta);
    Result<PendingOperation> stockChange(const QString &operation, const QString &reason,
                                         const QString &productId, qint64 quantity, qint64 delta,
                                         std::optional<qint64> expectedVersion = {});
    void remember(const QJsonObject &login, const QList<QUrl> &servers);

    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    User m_user;
    QString m_storeId;
    qint64 m_tokenExpiresAtMs = 0;
};

} // namespace inventory
