#include "app/term/prompt/terminterrupt.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace inventory::term {

namespace {
int g_fds[2] = { -1, -1 };
struct sigaction g_previous = {};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_fds[0], &byte, 1);
}
} // namespace

TermInterrupt::TermInterrupt(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return; // never armed: Ctrl+C ends the program, as it does without this
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_fds[1], &byte, 1) == 1 && m_armed)
            emit interrupted();
    });
}

TermInterrupt::~TermInterrupt()
{
    disarm();
    if (!m_notifier)
        return;
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
}

void TermInterrupt::arm()
{
    if (!m_notifier || std::exchange(m_armed, true))
        return;
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previous);
}

void TermInterrupt::disarm()
{
    if (std::exchange(m_armed, false))
        ::sigaction(SIGINT, &g_previous, nullptr);
}

} // namespace inventory::term
