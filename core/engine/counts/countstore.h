#pragma once

#include "core/domain/counts/countsession.h"
#include "core/domain/result.h"

#include <limits>
#include <optional>

namespace inventory {

class DbConnection;

// Count sessions, their lines and the tills' entries in the server's database: written inside
// the writer's transaction, read by the routes.
class CountStore
{
public:
    explicit CountStore(DbConnection &connection);

    static constexpr qint64 AnySeq = std::numeric_limits<qint64>::max();

    enum class Lines { Included, Left };
    Result<std::optional<CountSession>> load(const QString &countId, Lines lines = Lines::Included,
                                             qint64 maxSeq = AnySeq);
    struct Page
    {
        QList<CountSession> counts;
        qint64 total = 0;
    };
    // Newest first, without lines; of one store (every store when empty), one status or any.
    Result<Page> list(const QString &storeId, std::optional<CountStatus> status, int page,
                      int limit, qint64 maxSeq);
    // Every line with its expected quantity (CountReviewLine); `current` is the stock row's
    // quantity as the database has it.
    Result<QList<CountReviewLine>> review(const CountSession &count);

    Status insert(const CountSession &count);
    Status insertLine(const QString &countId, const CountLine &line);
    Result<bool> hasLine(const QString &countId, const QString &productId);
    // The device's entry for the product, replacing its earlier one.
    Status putEntry(const QString &countId, const QString &productId, const QString &device,
                    qint64 counted, const QString &actor, qint64 atMs, qint64 seq);
    // What every till counted of the product, and in how many entries.
    Result<std::pair<qint64, int>> counted(const QString &countId, const QString &productId);
    Status close(const CountSession &count);

    // Products of the catalogue by id: of a category, all of them, or n drawn at random; at
    // most limit.
    Result<QStringList> productsOfCategory(const QString &category, int limit);
    Result<QStringList> allProducts(int limit);
    Result<QStringList> randomProducts(int n);

private:
    Result<QStringList> ids(const QString &sql, const QVariantList &args);

    DbConnection &m_connection;
};

} // namespace inventory
