#pragma once

#include "core/client/history/stockmovement.h"
#include "core/domain/result.h"

#include <QList>
#include <QObject>

namespace inventory {

class ApiClient;
struct ApiReply;

// A product's movement history at one store, read from the server a page at a time with the
// filters set (reason, from, to): reload() starts again at page 1, loadMore() adds the next.
// Each answer is reported once, by pageLoaded or failed; a failed read is never reported as an
// empty history, and an answer to a request made before the filters changed is dropped.
// The history needs the server: offline, it fails (UNAVAILABLE) without waiting for a cache.
class ProductHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLimit = 500; // API.md: limit ≤ 500

    // One page of GET /products/{id}/history, newest first.
    struct Page
    {
        int page = 1;
        bool hasMore = false;
        QList<StockMovement> movements;
    };

    ProductHistory(ApiClient &api, QString productId, QString storeId, QObject *parent = nullptr);

    const QString &productId() const { return m_productId; }
    const QString &storeId() const { return m_storeId; }

    // Empty: every reason.
    void setReason(const QString &code) { m_reason = code; }
    const QString &reason() const { return m_reason; }
    // Milliseconds since the epoch, both included; 0: no bound.
    void setRange(qint64 fromMs, qint64 toMs);
    void setPageSize(int limit);

    void reload();
    // The next page after the last one loaded; nothing while one is loading or none is left.
    void loadMore();

    // Everything loaded since the last reload, newest first.
    const QList<StockMovement> &movements() const { return m_movements; }
    bool hasMore() const { return m_hasMore; }
    bool loading() const { return m_loading; }
    // Page 1 has been read since the last reload (an empty history is then really empty).
    bool loaded() const { return m_loadedPage > 0; }

    // The path and query of one page with the current filters.
    QString path(int page) const;
    // A page as the server sends it; an answer without a list of movements, or with one that
    // cannot be read, is an error.
    static Result<Page> parse(const QJsonObject &body);

signals:
    // newMovements: the page's movements not already loaded (a change recorded between two
    // pages shifts the later ones, so the next page repeats what the last one ended with).
    void pageLoaded(int page, const QList<inventory::StockMovement> &newMovements);
    void failed(const inventory::Error &error);

private:
    void request(int page);
    void received(int page, const ApiReply &reply);

    ApiClient &m_api;
    QString m_productId;
    QString m_storeId;
    QString m_reason;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_limit = 100;
    QList<StockMovement> m_movements;
    int m_loadedPage = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    // Bumped by reload(): an answer to an older request belongs to other filters.
    quint64 m_generation = 0;
};

} // namespace inventory
