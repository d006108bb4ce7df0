#include "ui/tills/tilllock.h"

#include "ui/tills/idlelock.h"
#include "ui/tills/lockscreen.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TillLock::TillLock(ClientSession &session, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_screen(new LockScreen(session, window))
    , m_idle(new IdleLock(this))
    , m_action(new QAction(tr("&Lock the till"), this))
{
    m_action->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_action->setObjectName(u"lockTill"_s);
    connect(m_action, &QAction::triggered, this, [this] {
        if (!lock())
            emit notEnrolled();
    });
    // The idle time locks only a till that can be unlocked with a PIN.
    connect(m_idle, &IdleLock::idled, this, &TillLock::lock);
    connect(m_screen, &LockScreen::unlocked, this, &TillLock::release);
}

bool TillLock::isLocked() const
{
    return m_screen->isLocked();
}

bool TillLock::lock()
{
    if (isLocked())
        return true;
    if (!m_screen->lock())
        return false;
    m_window->menuBar()->setEnabled(false);
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->isEnabled() && action != m_action) {
            action->setEnabled(false);
            m_disabled.append(action);
        }
    }
    emit locked();
    return true;
}

void TillLock::release(const QString &userId)
{
    for (const QPointer<QAction> &action : std::as_const(m_disabled)) {
        if (action)
            action->setEnabled(true);
    }
    m_disabled.clear();
    m_window->menuBar()->setEnabled(true);
    emit unlocked(userId);
}

} // namespace inventory::ui
