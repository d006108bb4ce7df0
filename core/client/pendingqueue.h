#pragma once

#include "core/client/pendingoperation.h"
#include "core/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QVariantList>
#include <functional>

class QSqlQuery;

namespace inventory {

class DbConnection;

// The operations a till made that wait to be sent (`queued`) or that the server refused
// (`rejected`, with why), in the profile's `operations` table, in the order they were made.
class PendingQueue
{
public:
    explicit PendingQueue(DbConnection &db);

    // A fresh key unless the operation brings its own (a ticket's or return's id).
    struct Origin
    {
        QString actor;
        QString deviceId;
        qint64 atMs = 0;
    };
    Result<PendingOperation> enqueue(const QString &kind, const QJsonObject &body,
                                     const QString &productId, const QString &storeId, qint64 delta,
                                     const QString &key, const Origin &origin);
    Result<QList<PendingOperation>> queued(int limit);
    Result<QList<PendingOperation>> rejected();
    Result<int> queuedCount();
    // The server refused it (status and its answer): it waits for the clerk.
    Status reject(const QString &key, int status, const QJsonObject &answer);
    // Forgets a rejected operation.
    Status dismiss(const QString &key);
    // Queues a rejected operation again.
    Status retry(const QString &key);

private:
    Result<QList<PendingOperation>> operations(const QString &state, int limit);

    DbConnection &m_db;
};

} // namespace inventory
