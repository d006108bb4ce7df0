#pragma once

#include <QObject>

class QSocketNotifier;

namespace inventory::server {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe): a Unix signal
// handler may do almost nothing, so it only writes a byte that the loop then reads.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace inventory::server
