#include "server-stub/write/expiryscheduler.h"

#include "core/domain/clock.h"
#include "core/engine/readmodel.h"
#include "server-stub/write/groupcommitwriter.h"

namespace inventory::server {

ExpiryScheduler::ExpiryScheduler(const ReadModel &model, GroupCommitWriter &writer,
                                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_writer(writer)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryScheduler::fire);
}

void ExpiryScheduler::rearm()
{
    const auto next = m_model.nextExpiryMs();
    if (!next || m_submitted) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - m_clock.nowMs(), 0, 24LL * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(wait));
}

void ExpiryScheduler::fire()
{
    // Every batch expires what is due before its commands run: an empty batch is enough.
    m_submitted = true;
    m_writer.submit({}, [this](const QList<CommandOutcome> &) {
        m_submitted = false;
        rearm();
    });
}

} // namespace inventory::server
