#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace inventory::test {

// A real inventory-server process on a free loopback port with its own temporary data
// folder, seeded with the demo data. Stopped (killed if need be) when destroyed.
class ServerProcess
{
public:
    // With INVENTORY_TEST_POSTGRES_DIR set (a cluster made by tests/postgres/pg-cluster.sh),
    // the server gets a fresh PostgreSQL database instead of a SQLite file; `database`
    // makes it share another server's.
    explicit ServerProcess(QStringList extraArguments = {}, QString database = {});
    ~ServerProcess();

    // Starts and waits until /health answers; false (with the log in failureReason) if not.
    bool start();
    // SIGTERM and wait; returns the exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 15'000);
    void kill();
    bool restart();

    QUrl url(const QString &path = {}) const;
    QUrl wsUrl(const QString &pathAndQuery) const;
    quint16 port() const { return m_port; }
    QString databasePath() const;
    QString secretPath() const;
    QByteArray secret() const;
    QString log() const;
    QProcess &process() { return m_process; }
    // An environment variable for the server's next start.
    void setEnvironment(const QString &name, const QString &value);
    // What the invariant checker (and, on SQLite, PRAGMA integrity_check) finds wrong in
    // the server's database: empty when the books are consistent.
    QStringList databaseViolations() const;
    QString failureReason() const { return m_failure; }

    static QString binary();
    static quint16 freePort();
    // The test cluster's folder, or empty when the tests run on SQLite.
    static QString postgresDir();
    // A new empty database in the test cluster; its URL.
    static QString createPostgresDatabase();

private:
    QTemporaryDir m_dir;
    QStringList m_extra;
    quint16 m_port = 0;
    QProcess m_process;
    QString m_failure;
    QString m_database;
};

} // namespace inventory::test
