#include "app/term/prompt/terminput.h"

#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>

namespace inventory::term {

TermInput::TermInput(QObject *parent)
    : QObject(parent)
{
}

void TermInput::start()
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TermInput::readAvailable);
}

void TermInput::readAvailable()
{
    char buffer[4096];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got > 0) {
        m_pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            QByteArray line = m_pending.left(end);
            m_pending.remove(0, end + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            emit lineRead(QString::fromUtf8(line));
        }
        return;
    }
    m_notifier->setEnabled(false);
    if (!m_pending.isEmpty())
        emit lineRead(QString::fromUtf8(std::exchange(m_pending, {})));
    emit ended();
}

} // namespace inventory::term
