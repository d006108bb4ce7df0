#pragma once

#include "core/domain/clock.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <thread>

namespace inventory::server {

// Retention (API.md): once a day, the events older than the retention go to a file of their
// own in the archive folder (EventArchive), on a thread with its own connection, since a large
// archive takes minutes and the event loop serves meanwhile. The first run comes a minute
// after start, so that start-up is not slowed.
class ArchiveScheduler : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString database;
        QString folder;
        int retentionDays = 400;
        int firstRunMs = 60'000;
    };
    ArchiveScheduler(Settings settings, const Clock &clock, QObject *parent = nullptr);
    // Waits for a run in progress.
    ~ArchiveScheduler() override;

    void start();
    // One run now, unless one is in progress (then false).
    bool runNow();

signals:
    void archived(qint64 events, qint64 throughSeq, const QString &file);
    void failed(const QString &message);

private:
    void run(qint64 beforeMs, const QString &path);

    Settings m_settings;
    const Clock &m_clock;
    QTimer m_timer;
    std::thread m_worker;
    std::atomic<bool> m_running = false;
};

} // namespace inventory::server
