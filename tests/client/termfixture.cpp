#include "termfixture.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

bool TermFixture::start()
{
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start()) {
        qWarning() << m_server->failureReason();
        return false;
    }
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    return !m_admin.isEmpty();
}

TermRun TermFixture::term(const QStringList &args, const QString &profile, const QString &server)
{
    QProcess process;
    QStringList all { u"--server"_s, server.isEmpty() ? m_server->url().toString() : server,
                      u"--profile"_s,
                      m_profiles.filePath(profile.isEmpty() ? u"main"_s : profile) };
    process.start(QStringLiteral(INVENTORY_TERM_BINARY), all + args);
    process.waitForFinished(60'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

QStringList TermFixture::signedIn(const QString &profile)
{
    const TermRun login
        = term({ u"--user"_s, u"clerk-mad"_s, u"--password"_s, u"demo"_s, u"login"_s }, profile);
    if (login.exitCode != 0)
        qWarning() << "login failed:" << login.err;
    return { u"--server"_s, m_server->url().toString(), u"--profile"_s,
             m_profiles.filePath(profile) };
}

qint64 TermFixture::serverRow(const QString &product, const QString &store, const QString &field)
{
    return m_http.stockRow(m_server->url(), product, store, m_admin).value(field).toInteger();
}

} // namespace inventory::test
