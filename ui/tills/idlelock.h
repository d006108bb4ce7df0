#pragma once

#include "core/domain/clock.h"

#include <QObject>
#include <QTimer>

namespace inventory::ui {

// Says when nobody has touched the application for a while: every key press, click, touch or
// wheel anywhere in it starts the wait again. A wait of 0 never fires. Time is read from a
// Clock (a test moves a ManualClock) on a check twice a second, once per idle period.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    // The wait, in milliseconds (the setting "lock/idleSeconds", 120 by default).
    void setIdleMs(int ms);
    int idleMs() const { return m_idleMs; }
    // The seam for time; the clock must outlive this object. The wait starts again.
    void setClock(const Clock &clock);
    static int configuredIdleMs();
    static QString settingsKey();

signals:
    void idled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void check();

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QTimer m_tick;
    int m_idleMs = 0;
    qint64 m_lastActivityMs = 0;
    bool m_fired = false;
};

} // namespace inventory::ui
