#pragma once

#include <QObject>

class QSocketNotifier;

namespace inventory::term {

// The prompt's standard input, read line by line as it arrives without blocking the event
// loop: a command that runs until stopped (watch) keeps printing while the next line is
// awaited, and lines typed or piped ahead wait their turn.
class TermInput : public QObject
{
    Q_OBJECT

public:
    explicit TermInput(QObject *parent = nullptr);
    void start();

signals:
    void lineRead(const QString &line);
    // End of input (Ctrl+D, or the pipe closed), after its last line.
    void ended();

private:
    void readAvailable();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
};

} // namespace inventory::term
