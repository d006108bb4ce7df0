#pragma once

#include <QObject>
#include <QTimer>
#include <algorithm>

namespace inventory {
class Clock;
class ReadModel;
} // namespace inventory

namespace inventory::server {

class GroupCommitWriter;

// Expires reservations on time: a timer armed for the earliest PENDING expiresAt (not a
// periodic poll), re-armed whenever a commit may have changed it.
class ExpiryScheduler : public QObject
{
    Q_OBJECT

public:
    ExpiryScheduler(const ReadModel &model, GroupCommitWriter &writer, const Clock &clock,
                    QObject *parent = nullptr);

    void rearm();

private:
    void fire();

    const ReadModel &m_model;
    GroupCommitWriter &m_writer;
    const Clock &m_clock;
    QTimer m_timer;
    bool m_submitted = false;
};

} // namespace inventory::server
