#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class IdleLock;
class LockScreen;

// Locks an enrolled till on demand (Ctrl+L) and after the idle time: the lock screen covers
// the window and every other action of it is off until someone unlocks with a PIN.
class TillLock : public QObject
{
    Q_OBJECT

public:
    TillLock(ClientSession &session, QMainWindow *window);

    QAction *action() const { return m_action; }
    LockScreen *screen() const { return m_screen; }
    IdleLock *idle() const { return m_idle; }
    bool isLocked() const;
    // false when this till is not enrolled (there is nobody's PIN to unlock it with).
    bool lock();

signals:
    void locked();
    void unlocked(const QString &userId);
    void notEnrolled();

private:
    void release(const QString &userId);

    QMainWindow *m_window;
    LockScreen *m_screen;
    IdleLock *m_idle;
    QAction *m_action;
    QList<QPointer<QAction>> m_disabled;
};

} // namespace inventory::ui
