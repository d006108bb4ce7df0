#pragma once

#include "core/domain/product.h"

#include <QList>

namespace inventory {

// Deterministic made-up products for benchmarks and large-catalogue tests: the same index
// always gives the same product, with a valid EAN-13 barcode.
class SyntheticCatalog
{
public:
    static Product product(int index);
    static QList<Product> products(int count, int firstIndex = 0);
    static QString ean13(qint64 body12);
};

} // namespace inventory
