#include "core/storage/databaselocation.h"

#include "core/storage/sqlitestatements.h"

#include <QSqlDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inventory {

DatabaseLocation::DatabaseLocation(QString location)
    : m_location(std::move(location))
{
}

SqlDialect DatabaseLocation::dialect() const
{
    const bool postgres
        = m_location.startsWith(u"postgresql://"_s) || m_location.startsWith(u"postgres://"_s);
    return SqlDialect(postgres ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite);
}

QString DatabaseLocation::redacted() const
{
    QUrl url(m_location);
    if (url.password().isEmpty())
        return m_location;
    url.setPassword(u"***"_s);
    return url.toString();
}

void DatabaseLocation::configure(QSqlDatabase &db) const
{
    if (dialect().kind() == SqlDialect::Kind::Sqlite) {
        SqliteStatements::configureProcess();
        db.setDatabaseName(m_location);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        return;
    }
    const QUrl url(m_location);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(u"connect_timeout=5"_s);
}

} // namespace inventory
