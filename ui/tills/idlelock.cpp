#include "ui/tills/idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace inventory::ui {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idled);
    QCoreApplication::instance()->installEventFilter(this);
    setIdleMs(configuredIdleMs());
}

int IdleLock::configuredIdleMs()
{
    return QSettings().value(u"lock/idleSeconds"_s, 120).toInt() * 1000;
}

void IdleLock::setIdleMs(int ms)
{
    m_timer.setInterval(ms);
    if (ms > 0)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inventory::ui
