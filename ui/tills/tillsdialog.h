#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class TillsModel;

// Managers and admins see the enrolled tills of their stores and revoke a lost or stolen one:
// its tokens stop working at once and its queue is refused (and kept on the till).
class TillsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TillsDialog(ClientSession &session, QWidget *parent = nullptr);

    // Asks before revoking; a test answers for the person.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void refresh();
    void revokeSelected();
    TillsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void loaded();
    void revoked(const QString &deviceId);

private:
    void updateButtons();

    ClientSession &m_session;
    TillsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_revoke;
    Confirm m_confirm;
};

} // namespace inventory::ui
