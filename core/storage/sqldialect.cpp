#include "core/storage/sqldialect.h"

using namespace Qt::StringLiterals;

namespace inventory {

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString SqlDialect::beginWrite() const
{
    return m_kind == Kind::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QStringList SqlDialect::sessionSetup() const
{
    if (m_kind == Kind::Sqlite) {
        // WAL lets readers run beside the writer; FULL makes every commit durable before
        // it returns, which is what lets the server acknowledge only committed work.
        return { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                 u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s };
    }
    return { u"SET synchronous_commit = on"_s };
}

QString SqlDialect::readSchemaVersion() const
{
    if (m_kind == Kind::Sqlite)
        return u"PRAGMA user_version"_s;
    return u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s;
}

QString SqlDialect::writeSchemaVersion(int version) const
{
    if (m_kind == Kind::Sqlite)
        return u"PRAGMA user_version = %1"_s.arg(version);
    return u"INSERT INTO schema_version(version) VALUES (%1)"_s.arg(version);
}

QString SqlDialect::notifyEvents() const
{
    return m_kind == Kind::Postgres ? u"NOTIFY "_s + QLatin1StringView(EventChannel) : QString();
}

QString SqlDialect::lockMigrations() const
{
    return m_kind == Kind::Postgres ? u"SELECT pg_advisory_lock(4242)"_s : QString();
}

QString SqlDialect::unlockMigrations() const
{
    return m_kind == Kind::Postgres ? u"SELECT pg_advisory_unlock(4242)"_s : QString();
}

QString SqlDialect::bigint() const
{
    return m_kind == Kind::Sqlite ? u"INTEGER"_s : u"BIGINT"_s;
}

} // namespace inventory
