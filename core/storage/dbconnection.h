#pragma once

#include "core/domain/result.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QSqlQuery;
struct pg_conn;
struct sqlite3;

namespace inventory {

class PgPipeline;
class RowValues;
class SqliteStatements;

// One named QtSql connection, owned: closed and removed when this object dies. A connection
// belongs to the thread that opened it, so every thread opens its own.
// A text for a NOT NULL column: a null QString binds as SQL NULL, an empty one as ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

class DbConnection
{
public:
    ~DbConnection();
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;

    // path: a SQLite file path, or a postgresql://user:pass@host:port/db URL; schema: whose
    // tables it holds (the server's, or a till's cache), never guessed.
    static Result<std::unique_ptr<DbConnection>> open(const QString &location,
                                                      SchemaMigrator::Schema schema);

    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const QString &location() const { return m_location; }

    // Runs one statement that takes no parameters.
    Status exec(const QString &sql);
    // Runs a statement that returns no rows with args bound in order; on SQLite through
    // SqliteStatements (the writer's hot path), elsewhere as run(). A failure is UNAVAILABLE.
    Status write(const QString &sql, const QVariantList &args);
    // write(), then how many rows the statement inserted, changed or deleted.
    Result<qint64> writeCounted(const QString &sql, const QVariantList &args);
    // write(), failing unless the statement changes exactly rows rows; in a pipeline the
    // count is checked when it ends.
    Status writeExactly(const QString &sql, const QVariantList &args, qint64 rows);
    // Runs a statement and returns its first row's columns as whole numbers, or nullopt when
    // it gave no row (UPDATE ... RETURNING); on SQLite through SqliteStatements.
    Result<std::optional<QList<qint64>>> integerRow(const QString &sql, const QVariantList &args);
    // Rows inserted, changed or deleted through this connection since it opened, to tell
    // whether a piece of work wrote anything: SQLite's own count, or on PostgreSQL the sum of
    // what every INSERT, UPDATE and DELETE run here reported.
    std::optional<qint64> totalChanges();
    // A prepared statement, cached per connection: preparing costs more than running.
    QSqlQuery &prepared(const QString &sql);
    // Binds args in order to the cached statement and runs it; a failure is UNAVAILABLE.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &args = {});

    // After a query's next() gave false: OK when its rows ended, UNAVAILABLE when a failure
    // stopped them (SQLite and PostgreSQL both hand rows out as they are made, so a read can
    // fail after its first rows). Without it a failed read looks like a short or empty one.
    Status endOfRows(const QSqlQuery &query);

    // run(), hands row() each row, and always finishes the statement: one left unreset keeps
    // the connection's read snapshot, and once another process on the same file commits,
    // SQLite refuses every later write here with SQLITE_BUSY_SNAPSHOT, which the busy timeout
    // does not retry (a till's profile shared by the POS and the terminal wedged that way).
    Status forEachRow(const QString &sql, const QVariantList &args,
                      const std::function<void(const QSqlQuery &)> &row);

    // Hands row() every row of a query, each read in place and none kept: on SQLite through
    // its own API, elsewhere through QtSql. For reads too long to hold as a list.
    Status scan(const QString &sql, const QVariantList &args,
                const std::function<void(const RowValues &)> &row);

    // scan() for a query that takes no parameters and may give more rows than should be held
    // at once (a chain's 10 M stock rows at start): PostgreSQL streams it with COPY
    // (PgCopyReader), one statement and so one snapshot.
    Status scanAll(const QString &sql, const std::function<void(const RowValues &)> &row);

    // After the server went away: drops the session and opens a new one.
    Status reconnect();

    // SQLite only: commits stop waiting for the disk (synchronous=NORMAL, kept across
    // reconnect()). Gives the write-ahead log's path: the caller syncs it (WalSync) before it
    // tells anyone that a commit happened.
    Result<QString> deferLogSync();

    // Clears lastSqlState().
    Status beginWrite();
    // On PostgreSQL, from here to commit() the statements that return nothing (write(),
    // writeExactly(), exec()) are sent without waiting for their replies, and commit() reads
    // them all (PgPipeline): a batch's closing writes then cost one round trip. Any other
    // statement reads the replies first. Nothing changes on SQLite, or when the connection
    // cannot enter the mode now.
    void beginPipeline();
    // Ends a pipeline with the COMMIT; a failure of any statement in it fails the commit.
    Status commit();
    void rollback();
    // The SQLSTATE of the last statement that failed since beginWrite() (PostgreSQL; SQLite's
    // statements leave it empty): tells a deadlock, after which the transaction may run again.
    const QString &lastSqlState() const { return m_lastSqlState; }

private:
    DbConnection(QString name, QString location, SqlDialect dialect);
    // This connection's SQLite statements, or nullptr on PostgreSQL.
    SqliteStatements *sqlite();
    // SQLite's own handle of this connection, or nullptr on PostgreSQL.
    sqlite3 *sqliteHandle() const;
    // libpq's connection under QtSql's PostgreSQL driver, or nullptr on SQLite.
    pg_conn *pgHandle() const;
    Status applySyncMode();
    // On PostgreSQL, adds what a statement that ran changed to m_changes.
    void countChanges(const QString &sql, const QSqlQuery &query);
    // Logs a failed statement, keeps its SQLSTATE and says what failed.
    Error failed(const QString &sql, const QSqlQuery &query);
    // Reads every reply of the pipeline, if one is open, and leaves it: its first failure.
    Status endPipeline();
    struct Cache;

    QString m_name;
    QString m_location;
    SqlDialect m_dialect;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<PgPipeline> m_pipeline;
    bool m_deferredSync = false;
    qint64 m_changes = 0;
    QString m_lastSqlState;
};

} // namespace inventory
