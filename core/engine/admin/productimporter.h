#pragma once

#include "core/domain/result.h"

#include <QStringList>

namespace inventory {

class InventoryEngine;

// Imports products from CSV (header: sku,name,category,price[,barcode][,id]) all or nothing:
// every line is checked first, and any problem is reported with its line number and
// nothing is imported.
class ProductImporter
{
public:
    explicit ProductImporter(InventoryEngine &engine);

    // The number of products imported, or VALIDATION_FAILED with details.errors: one
    // "line N: …" per problem.
    Result<int> importCsv(const QString &text);

private:
    InventoryEngine &m_engine;
};

} // namespace inventory
