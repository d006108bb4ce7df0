#include "core/domain/discrepancy.h"

using namespace Qt::StringLiterals;

namespace inventory {

bool Discrepancy::isResolution(const QString &name)
{
    return name == u"counted"_s || name == u"transferred"_s || name == u"released"_s
        || name == u"accepted"_s;
}

} // namespace inventory
