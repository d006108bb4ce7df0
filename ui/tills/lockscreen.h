#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class StaffModel;

// What an enrolled till shows while locked, over the whole window so that no stock or customer
// shows: its staff, a PIN field and a number pad (touch, or the keyboard's digits, Backspace and
// Enter). A PIN the server accepts makes that person the session's user (a quick switch); with
// the server out of reach, the person who was signed in unlocks again with their PIN against
// the till's copy of its staff, and switching to someone else waits for the server.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(ClientSession &session, QWidget *parent);

    // Covers the window; false, and nothing shown, when this till is not enrolled (nobody
    // could unlock it with a PIN).
    bool lock();
    bool isLocked() const { return isVisible(); }

    QLineEdit *pinField() const { return m_pin; }
    QListView *staffView() const { return m_staff; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void unlocked(const QString &userId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void unlockOffline(const QString &userId, const QString &pin);
    void finish(const QString &userId);
    QString chosenUser() const;

    ClientSession &m_session;
    StaffModel *m_model;
    QListView *m_staff;
    QLineEdit *m_pin;
    QLabel *m_title;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace inventory::ui
