#pragma once

#include "ui/notice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

// Asks another store for units of one product (issue 26): how many (1 by default, at most what
// that store has available) and a note, sent as a transfer from that store to the till's.
// Requests need the server; a refusal is shown in the dialog, which stays open to try again.
class TransferRequestDialog : public QDialog
{
    Q_OBJECT

public:
    struct Subject
    {
        QString productId;
        QString productName;
        QString fromStoreId;
        QString fromStoreName;
        qint64 available = 0;
    };

    TransferRequestDialog(ClientSession &session, Subject subject, QWidget *parent = nullptr);

    QSpinBox *unitsField() const { return m_units; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *requestButton() const { return m_request; }
    QLabel *errorLabel() const { return m_error; }
    const Subject &subject() const { return m_subject; }
    void send();

signals:
    // The transfer as the server recorded it, and what to tell the clerk.
    void requested(const QString &transferId);
    void done(const QString &message, Notice notice);

private:
    void showError(const QString &text);

    ClientSession &m_session;
    Subject m_subject;
    QSpinBox *m_units;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_request;
};

} // namespace inventory::ui
