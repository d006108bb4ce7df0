#include "ui/tills/idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
constexpr int kTickMs = 500;
} // namespace

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
    setIdleMs(configuredIdleMs());
}

void IdleLock::setClock(const Clock &clock)
{
    m_clock = &clock;
    restart();
}

void IdleLock::restart()
{
    m_lastActivityMs = m_clock->nowMs();
    m_fired = false;
}

void IdleLock::check()
{
    if (m_idleMs <= 0 || m_fired || m_clock->nowMs() - m_lastActivityMs < m_idleMs)
        return;
    m_fired = true; // once per idle period: the next touch starts another
    emit idled();
}

QString IdleLock::settingsKey()
{
    return u"lock/idleSeconds"_s;
}

int IdleLock::configuredIdleMs()
{
    return QSettings().value(settingsKey(), 120).toInt() * 1000;
}

void IdleLock::setIdleMs(int ms)
{
    m_idleMs = ms;
    restart();
    // A short wait (a test's) is checked as often as it needs.
    m_tick.setInterval(ms > 0 ? std::min(ms, kTickMs) : kTickMs);
    if (ms > 0)
        m_tick.start();
    else
        m_tick.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inventory::ui
