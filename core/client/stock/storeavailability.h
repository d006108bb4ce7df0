#pragma once

#include "core/client/stock/otherstock.h"
#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"

#include <QObject>
#include <optional>

namespace inventory {

class ApiClient;
class LocalCache;
struct ApiReply;

// What the Availability tab shows of a product. A profile that holds every store answers from
// its cache alone. A till that holds only its own store (LocalCache::scope) adds the other
// stores' rows, read from the server on demand while it is in reach (again after a minute or
// for another product), and otherwise the summary of the others read at its last sync, with
// that time, so a clerk offline still sees what the chain had and how old that is.
class StoreAvailability : public QObject
{
    Q_OBJECT

public:
    enum class Reach { InReach, OutOfReach };
    Q_ENUM(Reach)

    struct Shown
    {
        QList<StockRow> rows; // the till's own store (with queued changes), then the others
        // Set when the other stores' rows are not in rows: what the last summary said.
        std::optional<OtherStock> others;
        bool othersUnknown = false; // scoped, no rows read and no summary for the product
    };

    StoreAvailability(LocalCache &cache, ApiClient &api, const Clock &clock,
                      QObject *parent = nullptr);

    // Never waits for the server: when in reach and the rows it holds are stale, it asks,
    // and changed() tells when the answer is in.
    Result<Shown> shown(const QString &productId, Reach reach);

    static constexpr qint64 FreshMs = 60'000;

signals:
    void changed(const QString &productId);

private:
    void received(const QString &productId, const ApiReply &reply);

    LocalCache &m_cache;
    ApiClient &m_api;
    const Clock &m_clock;
    QString m_productId; // the product whose other stores were read (or are being read)
    QList<StockRow> m_others;
    qint64 m_readAtMs = 0;
    bool m_asking = false;
    qint64 m_askAfterMs = 0; // after a failed read, the summary stands until then
};

} // namespace inventory
