#include "app/term/productfinder.h"

#include "core/client/localcache.h"
#include "core/domain/textfold.h"

using namespace Qt::StringLiterals;

namespace inventory::term {

ProductFinder::ProductFinder(LocalCache &cache, TermOutput &out)
    : m_cache(cache)
    , m_out(out)
{
}

std::optional<Product> ProductFinder::find(const QString &text)
{
    const auto exact = m_cache.product(text);
    if (!exact) {
        m_out.error(tr("cannot read the profile: %1").arg(exact.error().message()));
        return std::nullopt;
    }
    if (exact.value())
        return exact.value();
    const auto similar = m_cache.searchProducts(text, Suggestions);
    if (!similar) {
        m_out.error(tr("cannot read the profile: %1").arg(similar.error().message()));
        return std::nullopt;
    }
    // A whole name typed out (in quotes at the prompt) is as good as an id; part of a name
    // is not: selling the wrong one of two mice is worse than asking.
    const QString folded = TextFold::fold(text.trimmed());
    for (const Product &p : similar.value()) {
        if (TextFold::fold(p.name) == folded)
            return p;
    }
    if (similar->isEmpty()) {
        m_out.error(tr("unknown product '%1'").arg(text));
        return std::nullopt;
    }
    QString message = tr("no product '%1'; did you mean:").arg(text);
    for (const Product &p : similar.value())
        message += u"\n  "_s + p.id + u"  "_s + p.name;
    m_out.error(message);
    return std::nullopt;
}

} // namespace inventory::term
