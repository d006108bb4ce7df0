#include "serverprocess.h"

#include "core/engine/invariantchecker.h"
#include "core/storage/dbconnection.h"
#include "httpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

ServerProcess::ServerProcess(QStringList extraArguments, QString database)
    : m_extra(std::move(extraArguments))
    , m_database(std::move(database))
{
    if (m_database.isEmpty())
        m_database = postgresDir().isEmpty() ? m_dir.filePath(u"inventory.db"_s)
                                             : createPostgresDatabase();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_dir.filePath(u"server.log"_s), QIODevice::Append);
    // The server's own log is part of what the tests read: keep every category on.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_LOGGING_RULES"_s);
    m_process.setProcessEnvironment(env);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::binary()
{
    return QStringLiteral(INVENTORY_SERVER_BINARY);
}

quint16 ServerProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString ServerProcess::databasePath() const
{
    return m_database;
}

QString ServerProcess::postgresDir()
{
    return qEnvironmentVariable("INVENTORY_TEST_POSTGRES_DIR");
}

QString ServerProcess::createPostgresDatabase()
{
    QFile urlFile(postgresDir() + u"/url"_s);
    if (!urlFile.open(QIODevice::ReadOnly))
        qFatal("INVENTORY_TEST_POSTGRES_DIR is set but has no url file: is the cluster running?");
    const QUrl admin(QString::fromUtf8(urlFile.readAll().trimmed()));
    static int counter = 0;
    const QString name
        = u"inventory_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-admin"_s);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setUserName(admin.userName());
        db.setDatabaseName(u"postgres"_s);
        if (!db.open())
            qFatal("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(u"CREATE DATABASE "_s + name))
            qFatal("cannot create a test database: %s", qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-admin"_s);
    QUrl url = admin;
    url.setPath(u"/"_s + name);
    return url.toString();
}

QString ServerProcess::secretPath() const
{
    return m_dir.filePath(u"jwt-secret"_s);
}

QByteArray ServerProcess::secret() const
{
    QFile file(secretPath());
    file.open(QIODevice::ReadOnly);
    return file.readAll().trimmed();
}

void ServerProcess::setEnvironment(const QString &name, const QString &value)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

QStringList ServerProcess::databaseViolations() const
{
    auto db = DbConnection::open(databasePath(), SchemaMigrator::Schema::Server);
    if (!db)
        return { db.error().message() };
    auto checked = InvariantChecker(*db.value()).check();
    QStringList problems = checked ? checked.value() : QStringList { checked.error().message() };
    if (postgresDir().isEmpty()) {
        auto integrity = db.value()->run(u"PRAGMA integrity_check"_s);
        if (!integrity || !integrity.value()->next())
            problems << u"integrity_check did not run"_s;
        else if (const QString verdict = integrity.value()->value(0).toString(); verdict != u"ok"_s)
            problems << u"integrity_check: "_s + verdict;
    }
    return problems;
}

QString ServerProcess::log() const
{
    QFile file(m_dir.filePath(u"server.log"_s));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QUrl ServerProcess::wsUrl(const QString &pathAndQuery) const
{
    return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

bool ServerProcess::start()
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freePort();
        QStringList args { u"--listen"_s,
                           u"127.0.0.1:%1"_s.arg(m_port),
                           u"--db"_s,
                           databasePath(),
                           u"--jwt-secret-file"_s,
                           secretPath(),
                           u"--seed"_s,
                           u"demo"_s,
                           u"--rate-limit"_s,
                           u"0"_s };
        args += m_extra;
        m_process.start(binary(), args);
        if (!m_process.waitForStarted(10'000)) {
            m_failure = m_process.errorString();
            return false;
        }
        HttpClient http;
        for (int i = 0; i < 200 && m_process.state() == QProcess::Running; ++i) {
            if (http.get(url(u"/health"_s)).status == 200)
                return true;
            QTest::qWait(50);
        }
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_failure = u"the server did not become healthy:\n"_s + log();
    return false;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        qWarning("the server did not stop within %d ms; its log ends with:\n%s", timeoutMs,
                 qPrintable(log().right(2000)));
        kill();
        return -1;
    }
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        qWarning("the server stopped badly (status %d, code %d); its log ends with:\n%s",
                 int(m_process.exitStatus()), m_process.exitCode(), qPrintable(log().right(2000)));
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10'000);
}

bool ServerProcess::restart()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
    return start();
}

} // namespace inventory::test
