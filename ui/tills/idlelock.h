#pragma once

#include <QObject>
#include <QTimer>

namespace inventory::ui {

// Says when nobody has touched the application for a while: every key press, click, touch or
// wheel anywhere in it starts the wait again. A wait of 0 never fires.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    // The wait, in milliseconds (the setting "lock/idleSeconds", 120 by default).
    void setIdleMs(int ms);
    int idleMs() const { return m_timer.interval(); }
    static int configuredIdleMs();

signals:
    void idled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace inventory::ui
