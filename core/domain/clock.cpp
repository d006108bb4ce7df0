#include "core/domain/clock.h"

#include <QDateTime>

namespace inventory {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(qint64 startMs)
    : m_nowMs(startMs)
{
}

} // namespace inventory
