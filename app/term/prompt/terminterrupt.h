#pragma once

#include <QObject>

class QSocketNotifier;

namespace inventory::term {

// Ctrl+C (SIGINT) as a Qt signal while armed, instead of the end of the program: the prompt
// stops a watch that way and stays open; disarmed, Ctrl+C ends the program as usual. The
// handler only writes a byte to a socket the event loop reads, since a signal handler may do
// almost nothing. One per program.
class TermInterrupt : public QObject
{
    Q_OBJECT

public:
    explicit TermInterrupt(QObject *parent = nullptr);
    ~TermInterrupt() override;

    void arm();
    void disarm();

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_armed = false;
};

} // namespace inventory::term
