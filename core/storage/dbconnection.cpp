#include "core/storage/dbconnection.h"

#include "core/storage/databaselocation.h"
#include "core/storage/postgres/pgcopyreader.h"
#include "core/storage/postgres/pgpipeline.h"
#include "core/storage/queryrowvalues.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqlitestatements.h"
#include "core/storage/storagelog.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace inventory {

struct DbConnection::Cache
{
    // Statements run through SQLite's API: declared last, so finalized first, before QtSql
    // closes the connection they were prepared on.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
    std::unique_ptr<SqliteStatements> direct;
    // What the PostgreSQL session has prepared for pipelines.
    PgPipeline::PreparedNames pipelined;
};

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"inventory-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

DbConnection::DbConnection(QString name, QString location, SqlDialect dialect)
    : m_name(std::move(name))
    , m_location(std::move(location))
    , m_dialect(dialect)
    , m_cache(std::make_unique<Cache>())
{
}

DbConnection::~DbConnection()
{
    m_pipeline.reset();
    m_cache.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<DbConnection>> DbConnection::open(const QString &location,
                                                         SchemaMigrator::Schema schema)
{
    const DatabaseLocation where(location);
    const SqlDialect dialect = where.dialect();
    const QString name = nextConnectionName();
    std::unique_ptr<DbConnection> conn(new DbConnection(name, location, dialect));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!db.isValid())
            return Error::unavailable(
                u"SQL driver %1 is not installed"_s.arg(dialect.driverName()));
        where.configure(db);
        if (!db.open())
            return Error::unavailable(
                u"cannot open database %1: %2"_s.arg(where.redacted(), db.lastError().text()));
    }
    for (const QString &statement : dialect.sessionSetup()) {
        if (Status s = conn->exec(statement); !s)
            return s.error();
    }
    if (Status s = SchemaMigrator(*conn, schema).migrate(); !s)
        return s.error();
    return conn;
}

QSqlDatabase DbConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Status DbConnection::exec(const QString &sql)
{
    // SQLite: prepared once, since SAVEPOINT/RELEASE/BEGIN/COMMIT run for every command and
    // parsing them anew each time was a visible part of the writer's time. PostgreSQL cannot
    // PREPARE transaction control statements, so they go as text there.
    if (SqliteStatements *direct = sqlite())
        return direct->execute(sql);
    if (m_pipeline) {
        m_pipeline->send(sql, {});
        return {};
    }
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        return failed(sql, query);
    }
    countChanges(sql, query);
    return {};
}

void DbConnection::countChanges(const QString &sql, const QSqlQuery &query)
{
    // PostgreSQL reports a count for SELECT too (and for SELECT … FOR UPDATE, which writes
    // nothing): only statements that change rows count.
    const QStringView verb = QStringView(sql).trimmed().left(6);
    if (verb.compare(u"INSERT", Qt::CaseInsensitive) == 0
        || verb.compare(u"UPDATE", Qt::CaseInsensitive) == 0
        || verb.compare(u"DELETE", Qt::CaseInsensitive) == 0)
        m_changes += std::max(0, query.numRowsAffected());
}

QSqlQuery &DbConnection::prepared(const QString &sql)
{
    auto &slot = m_cache->statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(database());
        slot->setForwardOnly(true);
        if (!slot->prepare(sql))
            qCWarning(lcStorage) << "prepare failed:" << sql << slot->lastError().text();
    }
    slot->finish();
    return *slot;
}

sqlite3 *DbConnection::sqliteHandle() const
{
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    // Qt's SQLite driver hands out its sqlite3 handle; on Debian it links the system
    // libsqlite3, the same library this program links.
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

pg_conn *DbConnection::pgHandle() const
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres)
        return nullptr;
    const QVariant handle = database().driver()->handle();
    // Qt's metatype names the handle after libpq's struct, not its typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

SqliteStatements *DbConnection::sqlite()
{
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    if (!m_cache->direct) {
        sqlite3 *db = sqliteHandle();
        if (!db)
            return nullptr;
        m_cache->direct = std::make_unique<SqliteStatements>(db);
    }
    return m_cache->direct.get();
}

Result<QString> DbConnection::deferLogSync()
{
    sqlite3 *db = sqliteHandle();
    if (!db)
        return Error::unavailable(u"only a SQLite database can defer its log's sync"_s);
    const char *log = sqlite3_filename_wal(sqlite3_db_filename(db, "main"));
    if (!log || !*log)
        return Error::unavailable(u"the SQLite database has no write-ahead log"_s);
    m_deferredSync = true;
    if (Status s = applySyncMode(); !s)
        return s.error();
    return QString::fromUtf8(log);
}

Status DbConnection::applySyncMode()
{
    return m_deferredSync ? exec(u"PRAGMA synchronous=NORMAL"_s) : Status();
}

Status DbConnection::write(const QString &sql, const QVariantList &args)
{
    if (SqliteStatements *direct = sqlite())
        return direct->execute(sql, args);
    if (m_pipeline) {
        m_pipeline->send(sql, args);
        return {};
    }
    auto ran = run(sql, args);
    if (!ran)
        return ran.error();
    ran.value()->finish();
    return {};
}

Status DbConnection::writeExactly(const QString &sql, const QVariantList &args, qint64 rows)
{
    if (m_pipeline) {
        m_pipeline->send(sql, args, rows);
        return {};
    }
    auto changed = writeCounted(sql, args);
    if (!changed)
        return changed.error();
    if (changed.value() == rows)
        return {};
    qCWarning(lcStorage) << "statement changed" << changed.value() << "row(s), not" << rows << ":"
                         << sql;
    return Error::unavailable(
        u"storage error: %1 row(s) changed where %2 were expected"_s.arg(changed.value())
            .arg(rows));
}

Status DbConnection::forEachRow(const QString &sql, const QVariantList &args,
                                const std::function<void(const QSqlQuery &)> &row)
{
    auto ran = run(sql, args);
    if (!ran)
        return ran.error();
    while (ran.value()->next())
        row(*ran.value());
    const Status ended = endOfRows(*ran.value());
    ran.value()->finish();
    return ended;
}

Status DbConnection::scan(const QString &sql, const QVariantList &args,
                          const std::function<void(const RowValues &)> &row)
{
    if (SqliteStatements *direct = sqlite())
        return direct->scan(sql, args, row);
    auto ran = run(sql, args);
    if (!ran)
        return ran.error();
    const QueryRowValues values(*ran.value());
    while (ran.value()->next())
        row(values);
    const Status ended = endOfRows(*ran.value());
    ran.value()->finish();
    return ended;
}

Status DbConnection::scanAll(const QString &sql, const std::function<void(const RowValues &)> &row)
{
    if (SqliteStatements *direct = sqlite())
        return direct->scan(sql, {}, row);
    if (Status s = endPipeline(); !s)
        return s;
    pg_conn *connection = pgHandle();
    if (!connection)
        return Error::unavailable(
            u"the PostgreSQL driver gives no libpq connection to read from"_s);
    PgCopyReader reader(connection);
    Status read = reader.read(sql, row);
    if (read)
        return read;
    m_lastSqlState = reader.sqlState();
    if (reader.connectionBusy()) {
        if (Status s = reconnect(); !s)
            qCWarning(lcStorage) << s.error().message();
    }
    return read;
}

Result<qint64> DbConnection::writeCounted(const QString &sql, const QVariantList &args)
{
    if (SqliteStatements *direct = sqlite())
        return direct->executeCounted(sql, args);
    auto ran = run(sql, args);
    if (!ran)
        return ran.error();
    const qint64 changed = ran.value()->numRowsAffected();
    ran.value()->finish();
    return changed;
}

std::optional<qint64> DbConnection::totalChanges()
{
    if (SqliteStatements *direct = sqlite())
        return direct->totalChanges();
    return m_changes;
}

Result<std::optional<QList<qint64>>> DbConnection::integerRow(const QString &sql,
                                                              const QVariantList &args)
{
    if (SqliteStatements *direct = sqlite())
        return direct->integerRow(sql, args);
    auto ran = run(sql, args);
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    std::optional<QList<qint64>> row;
    if (query->next()) {
        row.emplace();
        for (int i = 0; i < query->record().count(); ++i)
            row->append(query->value(i).toLongLong());
    } else if (Status s = endOfRows(*query); !s) {
        return s.error();
    }
    query->finish();
    return row;
}

Result<QSqlQuery *> DbConnection::run(const QString &sql, const QVariantList &args)
{
    if (Status s = endPipeline(); !s)
        return s.error();
    QSqlQuery &query = prepared(sql);
    for (int i = 0; i < args.size(); ++i)
        query.bindValue(i, args.at(i));
    if (!query.exec()) {
        return failed(sql, query);
    }
    if (!sqlite())
        countChanges(sql, query);
    return &query;
}

Status DbConnection::reconnect()
{
    m_pipeline.reset();
    m_cache->direct.reset();
    m_cache->statements.clear();
    m_cache->pipelined.clear();
    QSqlDatabase db = database();
    db.close();
    if (!db.open())
        return Error::unavailable(u"cannot reconnect to %1: %2"_s.arg(
            DatabaseLocation(m_location).redacted(), db.lastError().text()));
    for (const QString &statement : m_dialect.sessionSetup()) {
        if (Status s = exec(statement); !s)
            return s;
    }
    return applySyncMode();
}

Status DbConnection::endOfRows(const QSqlQuery &query)
{
    if (!query.lastError().isValid())
        return {};
    return failed(query.lastQuery(), query);
}

Error DbConnection::failed(const QString &sql, const QSqlQuery &query)
{
    qCWarning(lcStorage) << "statement failed:" << sql << query.lastError().text();
    m_lastSqlState = query.lastError().nativeErrorCode();
    return Error::unavailable(u"storage error: %1"_s.arg(query.lastError().text()));
}

Status DbConnection::beginWrite()
{
    m_lastSqlState.clear();
    return exec(m_dialect.beginWrite());
}

void DbConnection::beginPipeline()
{
    if (m_pipeline || m_dialect.kind() != SqlDialect::Kind::Postgres)
        return;
    pg_conn *connection = pgHandle();
    if (!connection) {
        qCWarning(lcStorage) << "no libpq connection from the PostgreSQL driver: the statements"
                                " go one by one";
        return;
    }
    m_pipeline = PgPipeline::enter(connection, m_cache->pipelined);
    if (!m_pipeline)
        qCDebug(lcStorage) << "the connection is busy: the statements go one by one";
}

Status DbConnection::endPipeline()
{
    if (!m_pipeline)
        return {};
    const PgPipeline::Finished finished = std::exchange(m_pipeline, {})->finish();
    m_changes += finished.changes;
    if (!finished.status)
        m_lastSqlState = finished.sqlState;
    return finished.status;
}

Status DbConnection::commit()
{
    if (!m_pipeline)
        return exec(u"COMMIT"_s);
    m_pipeline->send(u"COMMIT"_s, {});
    return endPipeline();
}

void DbConnection::rollback()
{
    // A failure in the pipeline is what is being rolled back; it was reported already.
    static_cast<void>(endPipeline());
    QSqlQuery query(database());
    query.exec(u"ROLLBACK"_s);
}

} // namespace inventory
