#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inventory::ui {

// Server URL(s) (remembered, or given on the command line), user and password. After a
// failed attempt the field to fix is ready for retyping.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Which field a failed sign-in points at.
    enum class Problem { Server, Credentials };

    explicit LoginDialog(QWidget *parent = nullptr);

    // Overrides the remembered servers (the --server option).
    void setServers(const QString &servers);
    QList<QUrl> servers() const;
    QString user() const;
    QString password() const;
    void showError(const QString &message, Problem problem);
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
