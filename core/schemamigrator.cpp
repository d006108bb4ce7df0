#include "schemamigrator.h"

#include "dbconnection.h"
#include "logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

SchemaMigrator::SchemaMigrator(DbConnection &connection)
    : m_connection(connection)
{
}

int SchemaMigrator::latestVersion()
{
    return 1;
}

QList<QStringList> SchemaMigrator::steps() const
{
    const QString big = m_connection.dialect().bigint();
    QStringList v1{
        u"CREATE TABLE stores (id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL)"_s,
        u"CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT NOT NULL UNIQUE, barcode TEXT UNIQUE,"
        " name TEXT NOT NULL, category TEXT NOT NULL, price_cents %1 NOT NULL,"
        " created_at_ms %1 NOT NULL)"_s.arg(big),
        u"CREATE TABLE stock (product_id TEXT NOT NULL REFERENCES products(id),"
        " store_id TEXT NOT NULL REFERENCES stores(id), quantity %1 NOT NULL,"
        " reserved %1 NOT NULL, version %1 NOT NULL, updated_at_ms %1 NOT NULL,"
        " PRIMARY KEY (product_id, store_id),"
        " CHECK (reserved >= 0 AND reserved <= quantity))"_s.arg(big),
        u"CREATE INDEX stock_by_store ON stock (store_id, product_id)"_s,
        u"CREATE TABLE reservations (id TEXT PRIMARY KEY, product_id TEXT NOT NULL,"
        " store_id TEXT NOT NULL, quantity %1 NOT NULL, customer_id TEXT NOT NULL,"
        " status TEXT NOT NULL, created_at_ms %1 NOT NULL, expires_at_ms %1 NOT NULL,"
        " event_seq %1 NOT NULL,"
        " FOREIGN KEY (product_id, store_id) REFERENCES stock (product_id, store_id))"_s.arg(big),
        u"CREATE INDEX reservations_due ON reservations (expires_at_ms) WHERE status = 'PENDING'"_s,
        u"CREATE INDEX reservations_by_store ON reservations (store_id, status)"_s,
        u"CREATE TABLE events (seq %1 PRIMARY KEY, type TEXT NOT NULL, at_ms %1 NOT NULL,"
        " store_id TEXT, product_id TEXT, data TEXT NOT NULL)"_s.arg(big),
        u"CREATE INDEX events_by_store ON events (store_id, seq)"_s,
        // The event counter is a row, not a sequence: it is bumped inside the writing
        // transaction, so a rolled-back write leaves no gap and seq follows commit order.
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value %1 NOT NULL)"_s.arg(big),
        u"INSERT INTO counters (name, value) VALUES ('event_seq', 0)"_s,
        u"CREATE TABLE idempotency (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,"
        " status INTEGER NOT NULL, body TEXT NOT NULL, created_at_ms %1 NOT NULL)"_s.arg(big),
        u"CREATE INDEX idempotency_age ON idempotency (created_at_ms)"_s,
        u"CREATE TABLE users (id TEXT PRIMARY KEY, role TEXT NOT NULL, store_ids TEXT NOT NULL,"
        " password_hash TEXT NOT NULL, created_at_ms %1 NOT NULL)"_s.arg(big),
    };
    return {v1};
}

int SchemaMigrator::currentVersion()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(m_connection.dialect().readSchemaVersion()) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status SchemaMigrator::migrate()
{
    if (m_connection.dialect().kind() == SqlDialect::Kind::Postgres) {
        if (Status s = m_connection.exec(
                u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
            !s)
            return s;
    }
    const int current = currentVersion();
    if (current < 0)
        return Error::unavailable(u"cannot read the schema version"_s);
    if (current > latestVersion())
        return Error::unavailable(
            u"the database has schema version %1, newer than this program knows (%2)"_s.arg(
                current)
                .arg(latestVersion()));

    const QList<QStringList> all = steps();
    for (int version = current + 1; version <= latestVersion(); ++version) {
        qCInfo(lcStorage) << "migrating schema to version" << version;
        if (Status s = m_connection.beginWrite(); !s)
            return s;
        QStringList statements = all.at(version - 1);
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
