#include "core/domain/clock.h"

#include <QDateTime>

namespace inventory {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

ManualClock::ManualClock(qint64 startMs)
    : m_nowMs(startMs)
{
}

} // namespace inventory
