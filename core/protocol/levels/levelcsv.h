#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/domain/stock/stockrow.h"

#include <QByteArray>
#include <functional>
#include <optional>

namespace inventory {

// Reorder levels as CSV (API.md "Replenishment, counts, reports"). The header names the
// columns store, product, min and target in any order; store may be left out when the caller
// names the store (a manager's route), product is an id, SKU or barcode, and other columns
// (sku and name, which the export writes for people) are ignored, so an exported file edited
// in a spreadsheet imports as it is.
class LevelCsv
{
public:
    // The product id of an id, SKU or barcode, or nullopt when there is no such product.
    using ProductLookup = std::function<std::optional<QString>(const QString &)>;
    using StoreLookup = std::function<bool(const QString &)>;

    // One SetLevels command per line, or VALIDATION_FAILED naming every problem with its line
    // number (details.errors, at most MaxErrors): a file with one bad line sets nothing.
    static Result<QList<Command>> parse(const QString &text, const QString &storeId,
                                        const ProductLookup &productOf,
                                        const StoreLookup &storeExists);

    struct Line
    {
        QString storeId;
        QString productId;
        QString sku;
        QString name;
        qint64 minLevel = 0;
        qint64 targetLevel = 0;
    };
    // The export: store,product,sku,name,min,target.
    static QByteArray write(const QList<Line> &lines);

    static constexpr int MaxErrors = 100;
};

} // namespace inventory
