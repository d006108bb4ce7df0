#include "posfixture.h"

#include "readok.h"
#include "ui/transfers/transferspanel.h"

#include <QLabel>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

bool PosFixture::startServer()
{
    m_server = std::make_shared<ServerProcess>();
    if (!m_server->start()) {
        qWarning() << m_server->failureReason();
        return false;
    }
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    return !m_admin.isEmpty();
}

void PosFixture::shareServer(const PosFixture &other)
{
    m_server = other.m_server;
    m_admin = other.m_admin;
}

bool PosFixture::openWindow(const QString &user)
{
    closeWindow();
    m_profilePath = m_profiles.filePath(u"%1-%2.db"_s.arg(user).arg(++m_count));
    m_session = std::make_unique<ClientSession>(m_profilePath);
    if (!m_session->open())
        return false;
    bool signedIn = false;
    m_session->signIn({ m_server->url() }, user, u"demo"_s,
                      [&](Result<User> u, bool offline) { signedIn = u.ok() && !offline; });
    if (!QTest::qWaitFor([&] { return signedIn; }, 10'000))
        return false;
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->resize(1024, 600);
    m_window->show();
    m_session->startSync();
    return QTest::qWaitFor([&] { return m_session->sync().state() == SyncEngine::State::Live; },
                           15'000)
        && QTest::qWaitFor([&] { return readOk(m_session->cache().productCount()) >= 16; }, 5000);
}

void PosFixture::closeWindow()
{
    m_window.reset();
    m_session.reset();
}

qint64 PosFixture::serverQuantity(const QString &product, const QString &store)
{
    return m_http.stockRow(m_server->url(), product, store, m_admin)
        .value(u"quantity"_s)
        .toInteger();
}

QJsonObject PosFixture::serverTransfer(const QString &transferId)
{
    return m_http.get(m_server->url(u"/api/v1/transfers/"_s + transferId), m_admin).json();
}

bool PosFixture::selectTransfer(const QString &transferId)
{
    return QTest::qWaitFor([&] { return m_window->transfers()->select(transferId); }, 10'000);
}

QString PosFixture::toastText()
{
    return m_window->findChild<QLabel *>(u"toast"_s)->text();
}

} // namespace inventory::test
