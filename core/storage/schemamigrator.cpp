#include "core/storage/schemamigrator.h"

#include "core/storage/clientschema.h"
#include "core/storage/dbconnection.h"
#include "core/storage/serverschema.h"
#include "core/storage/storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

SchemaMigrator::SchemaMigrator(DbConnection &connection, Schema schema)
    : m_connection(connection)
    , m_steps(schema == Schema::Server ? ServerSchema::steps(connection.dialect())
                                       : ClientSchema::steps())
{
}

int SchemaMigrator::latestVersion() const
{
    return int(m_steps.size());
}

Result<int> SchemaMigrator::currentVersion()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(m_connection.dialect().readSchemaVersion()) || !query.next()) {
        const QString why
            = query.lastError().isValid() ? query.lastError().text() : u"it gave no row"_s;
        return Error::unavailable(u"cannot read the schema version: %1"_s.arg(why));
    }
    return query.value(0).toInt();
}

Status SchemaMigrator::migrate()
{
    const SqlDialect &dialect = m_connection.dialect();
    if (!dialect.lockMigrations().isEmpty()) {
        if (Status s = m_connection.exec(dialect.lockMigrations()); !s)
            return s;
    }
    Status result = migrateSteps();
    if (!dialect.unlockMigrations().isEmpty())
        m_connection.exec(dialect.unlockMigrations());
    return result;
}

Status SchemaMigrator::migrateSteps()
{
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres) {
        if (Status s = m_connection.exec(
                u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
            !s)
            return s;
    }
    const Result<int> read = currentVersion();
    if (!read)
        return read.error();
    const int current = read.value();
    if (current > latestVersion())
        return Error::unavailable(
            u"the database has schema version %1, newer than this program knows (%2)"_s.arg(current)
                .arg(latestVersion()));

    for (int version = current + 1; version <= latestVersion(); ++version) {
        qCInfo(lcStorage) << "migrating schema to version" << version;
        if (Status s = m_connection.beginWrite(); !s)
            return s;
        QStringList statements = m_steps.at(version - 1);
        statements << m_connection.dialect().writeSchemaVersion(version);
        for (const QString &sql : std::as_const(statements)) {
            if (Status s = m_connection.exec(sql); !s) {
                m_connection.rollback();
                return s;
            }
        }
        if (Status s = m_connection.commit(); !s) {
            m_connection.rollback();
            return s;
        }
    }
    return {};
}

} // namespace inventory
