// Storage set-up, migrations, queries, users and the demo catalogue.
#include "core/domain/timestamp.h"
#include "core/engine/admin/demoseeder.h"
#include "core/engine/admin/storeregistry.h"
#include "core/engine/admin/userstore.h"
#include "core/engine/invariantchecker.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/readmodel.h"
#include "core/security/passwordhasher.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/serverschema.h"
#include "core/storage/walsync.h"
#include "syntheticcatalog.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
QVariant pragma(DbConnection &db, const QString &name)
{
    QSqlQuery q(db.database());
    q.exec(u"PRAGMA "_s + name);
    q.next();
    return q.value(0);
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void durableSettings();
    void deferredLogSync();
    void textRoundTrips_data();
    void textRoundTrips();
    void reopeningKeepsDataAndSchema();
    void refusesNewerSchema();
    void upgradesAVersionOneDatabase();
    void theSalesRollupsAreFilledOnUpgrade();
    void unopenableLocationIsAnError();
    void passwordsAreSaltedSlowHashes();
    void usersAuthenticate();
    void timestampsMatchQt_data();
    void timestampsMatchQt();
    void timestampParsingAgreesWithQt_data();
    void timestampParsingAgreesWithQt();
};

void TestStorage::durableSettings()
{
    test::TestDatabase db;
    QCOMPARE(pragma(db.connection(), u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(db.connection(), u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(db.connection(), u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(db.connection(), u"user_version"_s).toInt(),
             SchemaMigrator(db.connection(), SchemaMigrator::Schema::Server).latestVersion());
}

// The group-commit writer's connection: commits stop waiting for the disk (a CommitSyncer
// syncs the log instead), through a reconnect too; the log it names is this database's.
void TestStorage::deferredLogSync()
{
    test::TestDatabase db;
    auto log = db.connection().deferLogSync();
    QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().message()));
    QCOMPARE(log.value(), db.path() + u"-wal"_s);
    QCOMPARE(pragma(db.connection(), u"synchronous"_s).toInt(), 1); // NORMAL
    QVERIFY(db.connection().reconnect().ok());
    QCOMPARE(pragma(db.connection(), u"synchronous"_s).toInt(), 1);

    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 3));
    WalSync sync(log.value());
    QVERIFY(sync.flush().ok());
    WalSync missing(db.path() + u"-nowhere"_s);
    const Status refused = missing.flush();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Unavailable);
    QVERIFY2(refused.error().message().contains(u"-nowhere"_s),
             qPrintable(refused.error().message()));
}

void TestStorage::textRoundTrips_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("ASCII") << QVariant(u"MAD-001"_s) << u"text"_s;
    QTest::newRow("accents") << QVariant(u"Añejo café, crème brûlée"_s) << u"text"_s;
    QTest::newRow("outside the BMP") << QVariant(u"manzana 🍎 𝄞"_s) << u"text"_s;
    QTest::newRow("empty, not null") << QVariant(u""_s) << u"text"_s;
    QTest::newRow("null string") << QVariant(QString()) << u"null"_s;
    QTest::newRow("integer") << QVariant(qint64(-42)) << u"integer"_s;
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff", 2)) << u"blob"_s;
}

// Values written through SQLite's API (DbConnection::write, the writer's path) read back
// through QtSql as they were, with the SQL type Qt's own driver would have given them.
void TestStorage::textRoundTrips()
{
    QFETCH(QVariant, value);
    QFETCH(QString, type);
    test::TestDatabase db;
    QVERIFY(db.connection().exec(u"CREATE TABLE t (k INTEGER, v)"_s).ok());
    const QString insert = u"INSERT INTO t (k, v) VALUES (?, ?)"_s;
    // Two values in one statement, the second longer than the first, then the statement again
    // from its cache: each bound value keeps its own text.
    QVERIFY(db.connection().write(insert, { 1, value }).ok());
    QVERIFY(db.connection().write(insert, { 2, u"second value, longer than the first"_s }).ok());
    QSqlQuery q(db.connection().database());
    QVERIFY(q.exec(u"SELECT v, typeof(v) FROM t ORDER BY k"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), type);
    if (type == u"null"_s)
        QVERIFY(q.value(0).isNull());
    else if (type == u"integer"_s)
        QCOMPARE(q.value(0).toLongLong(), value.toLongLong());
    else if (type == u"blob"_s)
        QCOMPARE(q.value(0).toByteArray(), value.toByteArray());
    else
        QCOMPARE(q.value(0).toString(), value.toString());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"second value, longer than the first"_s);
}

void TestStorage::reopeningKeepsDataAndSchema()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 7));
    auto reopened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
    QVERIFY(reopened.ok());
    SchemaMigrator migrator(*reopened.value(), SchemaMigrator::Schema::Server);
    QCOMPARE(migrator.currentVersion().value(), migrator.latestVersion());
    InventoryQueries queries(*reopened.value());
    const auto rows = queries.availability(u"P1"_s);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().quantity, 7);
}

void TestStorage::refusesNewerSchema()
{
    test::TestDatabase db;
    QVERIFY(db.connection().exec(u"PRAGMA user_version = 999"_s).ok());
    auto reopened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code(), ErrorCode::Unavailable);
    QVERIFY(reopened.error().message().contains(u"newer"_s));
}

void TestStorage::upgradesAVersionOneDatabase()
{
    test::TestDatabase db;
    db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 7));
    db.engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 2, u"c"_s));
    // Back to the reservations table and indexes version 1 made, with the same rows.
    DbConnection &c = db.connection();
    QVERIFY(c.exec(u"DROP INDEX reservations_due"_s).ok());
    QVERIFY(c.exec(u"ALTER TABLE reservations RENAME TO reservations_now"_s).ok());
    const QList<QStringList> steps = ServerSchema::steps(c.dialect());
    for (const QString &sql : steps.constFirst()) {
        if (sql.contains(u" reservations "_s))
            QVERIFY2(c.exec(sql).ok(), qPrintable(sql));
    }
    QVERIFY(c.exec(u"INSERT INTO reservations SELECT id, product_id, store_id, quantity,"
                   " customer_id, status, created_at_ms, expires_at_ms, event_seq"
                   " FROM reservations_now"_s)
                .ok());
    QVERIFY(c.exec(u"DROP TABLE reservations_now"_s).ok());
    // And without what later versions added.
    for (const QString &table :
         { u"devices"_s, u"sales_slots"_s, u"product_sales_days"_s, u"count_entries"_s,
           u"count_lines"_s, u"counts"_s, u"discrepancies"_s, u"ticket_return_lines"_s,
           u"ticket_returns"_s, u"ticket_lines"_s, u"tickets"_s, u"movements"_s,
           u"transfer_lines"_s, u"transfers"_s, u"reasons"_s })
        QVERIFY(c.exec(u"DROP TABLE "_s + table).ok());
    for (const QString &column : { u"incoming"_s, u"min_level"_s, u"target_level"_s })
        QVERIFY(c.exec(u"ALTER TABLE stock DROP COLUMN "_s + column).ok());
    for (const QString &column : { u"pin_hash"_s, u"disabled_at_ms"_s })
        QVERIFY(c.exec(u"ALTER TABLE users DROP COLUMN "_s + column).ok());
    QVERIFY(c.exec(u"PRAGMA user_version = 1"_s).ok());

    auto reopened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
    QVERIFY(reopened.ok());
    QCOMPARE(pragma(*reopened.value(), u"user_version"_s).toInt(),
             SchemaMigrator(*reopened.value(), SchemaMigrator::Schema::Server).latestVersion());
    QSqlQuery schema(reopened.value()->database());
    QVERIFY(schema.exec(u"SELECT name, sql FROM sqlite_master WHERE tbl_name = 'reservations'"_s));
    QStringList objects;
    while (schema.next()) {
        objects << schema.value(0).toString();
        if (schema.value(0).toString() == u"reservations"_s)
            QVERIFY(schema.value(1).toString().endsWith(u"WITHOUT ROWID"_s));
    }
    objects.sort();
    QCOMPARE(objects, QStringList({ u"reservations"_s, u"reservations_due"_s }));
    const auto problems = InvariantChecker(*reopened.value()).check();
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QCOMPARE(InventoryQueries(*reopened.value()).availability(u"P1"_s)->constFirst().reserved, 2);

    // The checker (whose query changed with the index) still sees what pending reservations hold.
    QVERIFY(reopened.value()->exec(u"UPDATE stock SET reserved = 0"_s).ok());
    const auto tampered = InvariantChecker(*reopened.value()).check();
    QVERIFY(tampered.ok());
    const QString all = tampered->join(u'\n');
    QVERIFY2(all.contains(u"reserved 0 but pending reservations hold 2"_s), qPrintable(all));
}

void TestStorage::theSalesRollupsAreFilledOnUpgrade()
{
    // Tickets sold before version 11 get the rollups the engine now keeps as it sells: the
    // upgrade's backfill yields the same rows as selling them one by one.
    test::TestDatabase db;
    QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 100)).ok());
    QVERIFY(db.engine().execute(Command::adjust(u"P2"_s, u"S1"_s, 100)).ok());
    QVERIFY(db.engine().execute(Command::adjust(u"P1"_s, u"S2"_s, 100)).ok());
    const qint64 day = 86'400'000;
    const struct
    {
        const char *store;
        qint64 atMs;
        QList<TicketLine> lines;
    } tickets[] = {
        { "S1", 1'764'000'000'000, { { u"P1"_s, 1, 250, {}, 0 }, { u"P2"_s, 2, 1000, {}, 0 } } },
        { "S1", 1'764'000'000'001, { { u"P1"_s, 2, 251, {}, 0 }, { u"P2"_s, 2, 1000, {}, 0 } } },
        { "S2", 1'764'000'899'999, { { u"P1"_s, 3, 252, {}, 0 } } },
        { "S1", 1'764'000'900'000, { { u"P1"_s, 4, 253, {}, 0 }, { u"P2"_s, 2, 1000, {}, 0 } } },
        { "S1",
          1'764'000'000'000 + day,
          { { u"P1"_s, 5, 254, {}, 0 }, { u"P2"_s, 2, 1000, {}, 0 } } },
    };
    int n = 0;
    for (const auto &t : tickets) {
        Command sell = Command::sell(u"T-%1"_s.arg(n++), QString::fromLatin1(t.store), t.lines);
        sell.soldAtMs = t.atMs;
        QVERIFY(db.engine().execute(sell.by(u"clerk"_s)).ok());
    }
    const auto rows = [](DbConnection &c, const QString &sql) {
        QStringList all;
        QSqlQuery q(c.database());
        if (!q.exec(sql))
            return QStringList { q.lastError().text() };
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            all << row.join(u',');
        }
        return all;
    };
    const QString slotSql = u"SELECT * FROM sales_slots ORDER BY store_id, slot_ms"_s;
    const QString days
        = u"SELECT * FROM product_sales_days ORDER BY store_id, day_ms, product_id"_s;
    const QStringList sold = rows(db.connection(), slotSql);
    const QStringList soldDays = rows(db.connection(), days);
    QCOMPARE(sold,
             QStringList({ u"S1,1764000000000,2,7,4752"_s, u"S1,1764000900000,1,6,3012"_s,
                           u"S1,1764086400000,1,7,3270"_s, u"S2,1764000000000,1,3,756"_s }));
    QCOMPARE(soldDays.size(), 5);
    QVERIFY(db.connection().exec(u"DROP TABLE sales_slots"_s).ok());
    QVERIFY(db.connection().exec(u"DROP TABLE product_sales_days"_s).ok());
    QVERIFY(db.connection().exec(u"DROP TABLE devices"_s).ok());
    for (const QString &column : { u"pin_hash"_s, u"disabled_at_ms"_s })
        QVERIFY(db.connection().exec(u"ALTER TABLE users DROP COLUMN "_s + column).ok());
    QVERIFY(db.connection().exec(u"PRAGMA user_version = 10"_s).ok());

    auto reopened = DbConnection::open(db.path(), SchemaMigrator::Schema::Server);
    QVERIFY(reopened.ok());
    QCOMPARE(rows(*reopened.value(), slotSql), sold);
    QCOMPARE(rows(*reopened.value(), days), soldDays);
}

void TestStorage::unopenableLocationIsAnError()
{
    auto opened = DbConnection::open(u"/nonexistent-dir/sub/inventory.db"_s,
                                     SchemaMigrator::Schema::Server);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message().contains(u"nonexistent-dir"_s));
}

void TestStorage::passwordsAreSaltedSlowHashes()
{
    const PasswordHasher hasher;
    const QString a = hasher.hash(u"secret"_s);
    const QString b = hasher.hash(u"secret"_s);
    QVERIFY(a != b); // salted
    QVERIFY(a.startsWith(u"pbkdf2-sha256$100000$"_s));
    QVERIFY(!a.contains(u"secret"_s));
    QVERIFY(PasswordHasher::verify(u"secret"_s, a));
    QVERIFY(!PasswordHasher::verify(u"Secret"_s, a));
    QVERIFY(!PasswordHasher::verify(u"secret"_s, u"garbage"_s));
}

void TestStorage::usersAuthenticate()
{
    test::TestDatabase db;
    UserStore users(db.connection(), db.clock());
    QVERIFY(users.add({ u"clerk"_s, Role::Clerk, { u"S1"_s } }, u"pw-1234"_s).ok());
    QCOMPARE(users.add({ u"clerk"_s, Role::Clerk, {} }, u"pw-1234"_s).error().codeName(),
             u"VALIDATION_FAILED"_s);
    QCOMPARE(users.add({ u"x"_s, Role::Clerk, {} }, u"pw"_s)
                 .error()
                 .details()
                 .value(u"field"_s)
                 .toString(),
             u"password"_s);
    const auto ok = users.authenticate(u"clerk"_s, u"pw-1234"_s);
    QVERIFY(ok.ok());
    QCOMPARE(ok->storeIds, QStringList { u"S1"_s });
    QVERIFY(ok->canWriteStore(u"S1"_s));
    QVERIFY(!ok->canWriteStore(u"S2"_s));
    QCOMPARE(users.authenticate(u"clerk"_s, u"wrong"_s).error().code(), ErrorCode::Unauthenticated);
    QCOMPARE(users.authenticate(u"nobody"_s, u"pw-1234"_s).error().code(),
             ErrorCode::Unauthenticated);
    QVERIFY(users.setPassword(u"clerk"_s, u"new-pass"_s).ok());
    QVERIFY(users.authenticate(u"clerk"_s, u"new-pass"_s).ok());
    QCOMPARE(users.setPassword(u"nobody"_s, u"new-pass"_s).error().code(), ErrorCode::NotFound);
}

void TestStorage::timestampsMatchQt_data()
{
    QTest::addColumn<qint64>("ms");
    for (const qint64 ms :
         { 0LL, 1LL, 999LL, 1000LL, -1LL, -86'400'001LL, 951'782'400'000LL /* 2000-02-29 */,
           1'800'000'000'123LL, 4'107'542'400'000LL /* 2100-03-01 */,
           253'402'300'799'999LL /* 9999-12-31 */, 1'795'478'399'999LL, 1'795'478'400'000LL })
        QTest::newRow(qPrintable(QString::number(ms))) << ms;
}

void TestStorage::timestampsMatchQt()
{
    QFETCH(qint64, ms);
    const QString expected
        = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    QCOMPARE(timestamp::format(ms), expected);
    QCOMPARE(timestamp::parse(expected), std::optional<qint64>(ms));
}

void TestStorage::timestampParsingAgreesWithQt_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "2026-02-28T23:59:59.999Z", "2024-02-29T00:00:00.000Z", "2026-02-29T00:00:00.000Z",
           "2026-04-31T10:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
           "2026-01-01T24:00:00.000Z", "2026-01-01T10:60:00.000Z", "2026-01-01T10:00:61.000Z",
           "2026-01-01 10:00:00.000Z", "2026-01-01T10:00:00.0000", "2026-1-01T10:00:00.000Z",
           "2026-01-01T10:00:00.000+02:00", "2026-01-01T10:00:00Z", "garbage", "" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestStorage::timestampParsingAgreesWithQt()
{
    // The hand-written fast path must accept and reject exactly what QDateTime does.
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const auto ours = timestamp::parse(text);
    QCOMPARE(ours.has_value(), qt.isValid());
    if (ours)
        QCOMPARE(*ours, qt.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
