#pragma once

#include "app/term/termoutput.h"
#include "core/domain/product.h"

#include <QCoreApplication>
#include <optional>

namespace inventory {
class LocalCache;
}

namespace inventory::term {

// The product a command names, from the cache: by id, SKU or barcode, or by its whole name.
// For anything else it says so with the names that come closest (the cache's search), so
// `stock mouse` answers "did you mean: PROD-002 Mouse Logitech M185".
class ProductFinder
{
    Q_DECLARE_TR_FUNCTIONS(ProductFinder)

public:
    ProductFinder(LocalCache &cache, TermOutput &out);

    // nullopt, with the reason printed, when there is no such product.
    std::optional<Product> find(const QString &text);

    static constexpr int Suggestions = 5;

private:
    LocalCache &m_cache;
    TermOutput &m_out;
};

} // namespace inventory::term
