#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QWidget;

namespace inventory {
class ClientSession;
} // namespace inventory

namespace inventory::ui {

// The POS's status bar: who is signed in at which store, online or offline, what waits to
// sync and when the till last synced. A till that cannot read its own cache says so rather
// than showing nothing to sync.
class PosStatusBar : public QObject
{
    Q_OBJECT

public:
    // Fills bar: the identity on the left, then lowStock and the sync state on the right.
    PosStatusBar(ClientSession &session, QStatusBar *bar, QWidget *lowStock);

    QLabel *signedIn() const { return m_signedIn; }
    QLabel *connection() const { return m_connection; }
    QLabel *pendingCount() const { return m_pendingCount; }

    // Who is signed in (as the till's session says now: a till unlocked by a PIN changes it)
    // at which store; the store's full name as the tooltip.
    void showIdentity(const QString &storeShort, const QString &storeName);
    // Reads the sync state and the till's cache again.
    void refresh();

private:
    ClientSession &m_session;
    QLabel *m_signedIn;
    QLabel *m_connection;
    QLabel *m_pendingCount;
    QLabel *m_lastSync;
};

} // namespace inventory::ui
