#include "core/client/reports/utcoffset.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace inventory {

QString utcOffset(const QDateTime &at)
{
    const int seconds = at.offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return u"%1%2:%3"_s.arg(seconds < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace inventory
