#pragma once

#include "core/domain/product.h"
#include "core/domain/result.h"

#include <QList>

namespace inventory {

class DbConnection;

// The profile's catalogue, as the server last sent it, written with each product's folded
// name for ProductSearch's index.
class CachedProducts
{
public:
    explicit CachedProducts(DbConnection &db);

    // Adds new products and replaces the text of known ones.
    Status put(const QList<Product> &products);

private:
    DbConnection &m_db;
};

} // namespace inventory
