#pragma once

#include <QtGlobal>
#include <atomic>

namespace inventory {

// The seam for time: production code asks a Clock, tests move a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    // offsetMs moves it: end-to-end tests run a whole server some hours ahead.
    explicit SystemClock(qint64 offsetMs = 0)
        : m_offsetMs(offsetMs)
    {
    }
    qint64 nowMs() const override;

private:
    qint64 m_offsetMs;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'800'000'000'000);
    qint64 nowMs() const override { return m_nowMs.load(); }
    void advance(qint64 ms) { m_nowMs += ms; }
    void set(qint64 ms) { m_nowMs = ms; }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace inventory
