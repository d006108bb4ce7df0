#include "ui/session/logindialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_servers(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setWindowTitle(tr("Sign in — Inventory"));
    QSettings settings;
    m_servers->setText(settings.value(u"servers"_s, u"http://127.0.0.1:8080"_s).toString());
    m_servers->setObjectName(u"servers"_s);
    m_servers->setAccessibleName(tr("Server addresses"));
    m_user->setText(settings.value(u"lastUser"_s).toString());
    m_user->setObjectName(u"user"_s);
    m_user->setAccessibleName(tr("User"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"password"_s);
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(u"loginError"_s);
    m_error->setStyleSheet(u"color:#842029"_s);
    m_error->setWordWrap(true);
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(44);
    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver(s):"), m_servers);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_signIn);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        QSettings s;
        s.setValue(u"servers"_s, m_servers->text());
        s.setValue(u"lastUser"_s, m_user->text());
        emit signInRequested();
    });
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QList<QUrl> LoginDialog::servers() const
{
    QList<QUrl> urls;
    for (const QString &s : m_servers->text().split(u',', Qt::SkipEmptyParts))
        urls << QUrl::fromUserInput(s.trimmed());
    return urls;
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::setServers(const QString &servers)
{
    m_servers->setText(servers);
}

void LoginDialog::showError(const QString &message, Problem problem)
{
    m_error->setText(message);
    if (problem == Problem::Credentials) {
        m_password->clear();
        m_password->setFocus();
    } else {
        m_servers->setFocus();
        m_servers->selectAll();
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
}

} // namespace inventory::ui
