#pragma once

#include "core/domain/product.h"
#include "core/domain/result.h"

#include <QList>
#include <optional>

namespace inventory {

class DbConnection;

// Finding products in a till's cache: by exact id, SKU or barcode (a scan), and as the clerk
// types, ignoring case and accents (TextFold), words in any order.
class ProductSearch
{
public:
    explicit ProductSearch(DbConnection &db);

    // nullopt: no such product in the cache.
    Result<std::optional<Product>> exact(const QString &idSkuOrBarcode);
    // Up to `limit` matches, by name.
    Result<QList<Product>> find(const QString &text, int limit);
    // The folded name stored with a product, which the search index reads.
    static QString foldedName(const Product &product);
    // Folds the names of products stored before names were folded (an older profile).
    Status foldMissing();

private:
    DbConnection &m_db;
};

} // namespace inventory
