#include "core/domain/product.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace inventory {

qint64 Product::centsFromPrice(double price)
{
    return qint64(std::llround(price * 100.0));
}

} // namespace inventory
