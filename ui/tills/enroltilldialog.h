#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

// A manager (or an admin) signed in at a till enrols it for one of their stores: the till's
// id and a name people know it by. The secret the server answers stays in this profile; the
// till's staff are fetched for unlocking offline, and the POS remembers this profile as the
// till's, so that it starts locked, on PINs, from then on.
class EnrolTillDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EnrolTillDialog(ClientSession &session, QWidget *parent = nullptr);
    void accept() override;

    QLineEdit *idField() const { return m_id; }
    QLineEdit *nameField() const { return m_name; }
    QLabel *statusLabel() const { return m_status; }

    // The profile of the till enrolled at this machine and its servers, empty when none.
    static QString tillProfile();
    static QString tillServers();

signals:
    void enrolled(const QString &deviceId);

private:
    ClientSession &m_session;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_store;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace inventory::ui
