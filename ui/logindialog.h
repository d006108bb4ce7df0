#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inventory::ui {

// Server URL(s) (remembered), user and password.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    QList<QUrl> servers() const;
    QString user() const;
    QString password() const;
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void signInRequested();

private:
    QLineEdit *m_servers;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace inventory::ui
