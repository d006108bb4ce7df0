#include "ui/models/productnames.h"

#include "core/client/localcache.h"
#include "ui/uilog.h"

namespace inventory::ui {

ProductNames::ProductNames(LocalCache &cache)
    : m_cache(cache)
{
}

QString ProductNames::of(const QString &productId) const
{
    if (productId.isEmpty())
        return {};
    if (const auto it = m_names.constFind(productId); it != m_names.constEnd())
        return *it;
    const auto product = m_cache.product(productId);
    if (!product) {
        qCWarning(lcUi) << "cannot read the name of" << productId << ':'
                        << product.error().message();
        return productId;
    }
    const QString name = product.value() ? product.value()->name : productId;
    m_names.insert(productId, name);
    return name;
}

} // namespace inventory::ui
