#pragma once

#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace inventory {

class ApiClient;
class LocalCache;
struct ApiReply;

// A profile's full read of the server: the stores, the catalogue and the stock, with
// progress, replacing what the profile held. A till enrolled for a store reads that store's
// rows and, for the others, the compact summary of GET /stock/summary, so its first sync
// costs the same in a chain of 4 stores or of 500 (DESIGN.md "Scale").
class InitialSync : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;

    InitialSync(LocalCache &cache, ApiClient &api, QObject *parent = nullptr);
    ~InitialSync() override;

    // scopeStoreId empty: every store's rows (a manager's or a script's profile).
    void run(const QString &scopeStoreId, Done done);
    // Reads the other stores' summary again (a till's, at each sync).
    void refreshOthers(const QString &scopeStoreId, Done done);

signals:
    void progress(qint64 done, qint64 total, const QString &what);

private:
    void fetchPages(const QString &path, const QString &listField, int limit,
                    std::function<void(Result<QList<QJsonObject>>)> done);
    // Each store's rows, one store after another, appended to rows.
    void fetchStockOf(QStringList storeIds, std::shared_ptr<QList<StockRow>> rows, Done done);
    std::function<void(const ApiReply &)> guarded(std::function<void(const ApiReply &)> callback);

    LocalCache &m_cache;
    ApiClient &m_api;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace inventory
