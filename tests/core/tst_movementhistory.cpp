// Reason codes and the movement history on the engine: reasons checked, the running balances
// of the history equal the stock row after every movement of a long random run, shrink grouped
// by store, month and reason, and a database made by schema version 5 migrates its free-text
// reasons to codes. (The transfers themselves: tst_transfers.)
#include "core/engine/history/movementhistory.h"
#include "core/engine/reports/shrinkreport.h"
#include "core/engine/transfers/transferstore.h"
#include "core/storage/serverschema.h"
#include "transferfixture.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestMovementHistory : public QObject, public test::TransferFixture
{
    Q_OBJECT

private slots:
    void init();
    void reasonsAreCodes();
    void historyBalancesEqualTheRowAfterEveryMovement();
    void shrinkGroupsDecreasesByStoreMonthAndReason();
    void aVersionFiveDatabaseMigratesItsReasons();
};

void TestMovementHistory::init()
{
    createDatabase();
}

void TestMovementHistory::reasonsAreCodes()
{
    Command unknown = Command::adjust(u"P1"_s, u"S1"_s, -1, u"broken on the floor"_s);
    const CommandOutcome refused = m_db->engine().execute(unknown);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error->details().value(u"field"_s).toString(), u"reason"_s);
    QCOMPARE(
        m_db->engine()
            .execute(Command::defineReason(u"promo"_s, u"Promotion"_s, u"out"_s).by(u"admin"_s))
            .status,
        201);
    Command promo = Command::adjust(u"P1"_s, u"S1"_s, -1, u"promo"_s);
    promo.note = u"window display"_s;
    QVERIFY(m_db->engine().execute(promo).ok());
    QCOMPARE(
        m_db->engine().execute(Command::defineReason(u"sale"_s, u"Mine"_s, u"out"_s)).error->code(),
        ErrorCode::IdempotencyKeyReused);
    // A write without a reason stands for the usual one.
    QVERIFY(m_db->engine().execute(Command::count(u"P1"_s, u"S1"_s, 3)).ok());
    auto history = MovementHistory(m_db->connection()).page(u"P1"_s, { .storeId = u"S1"_s }, 1, 10);
    QVERIFY(history);
    QCOMPARE(history->movements.at(0).reason, u"count"_s);
    QCOMPARE(history->movements.at(1).reason, u"promo"_s);
    QCOMPARE(history->movements.at(1).note, u"window display"_s);
    QCOMPARE(history->movements.at(2).reason, u"received"_s);
    MovementHistory::Filter onlyPromo { .storeId = u"S1"_s };
    onlyPromo.reason = u"promo"_s;
    QCOMPARE(MovementHistory(m_db->connection()).page(u"P1"_s, onlyPromo, 1, 10)->movements.size(),
             1);
}

void TestMovementHistory::historyBalancesEqualTheRowAfterEveryMovement()
{
    // The rows after each change that moved units, per row, in order, as the engine left
    // them. A hold placed or cancelled changes the row but is no movement: the reserved units
    // it changed show in the row of the next movement.
    QHash<QString, QList<StockRow>> seen;
    QHash<QString, qint64> versions;
    const QStringList products { u"P1"_s, u"P2"_s };
    const QStringList stores { u"S1"_s, u"S2"_s };
    enum class Change { Movement, Hold };
    auto record = [&](Change change = Change::Movement) {
        for (const QString &p : products) {
            for (const QString &s : stores) {
                const StockRow row = m_db->row(p, s);
                const QString key = p + u'@' + s;
                if (row.version != versions.value(key)) {
                    versions[key] = row.version;
                    if (change == Change::Movement)
                        seen[key] << row;
                }
            }
        }
    };
    record();
    QRandomGenerator random(26);
    QStringList pending;
    QStringList openTransfers;
    for (int i = 0; i < 10'000; ++i) {
        const QString p = products.at(random.bounded(2));
        const QString s = stores.at(random.bounded(2));
        Command c;
        switch (random.bounded(8)) {
        case 0:
            c = Command::adjust(p, s, random.bounded(1, 5), u"received"_s);
            break;
        case 1:
            c = Command::adjust(p, s, -random.bounded(1, 3), u"damage"_s);
            break;
        case 2:
            c = Command::count(p, s, random.bounded(0, 20));
            break;
        case 3:
            c = Command::reserve(p, s, 1, u"c"_s, 600, u"R%1"_s.arg(i));
            pending << c.reservationId;
            break;
        case 4:
            if (pending.isEmpty())
                continue;
            c = random.bounded(2) ? Command::confirm(pending.takeFirst())
                                  : Command::cancel(pending.takeFirst());
            break;
        case 5:
            c = Command::sell(u"K%1"_s.arg(i), s, { { p, 1, {}, {}, 0 } });
            break;
        case 6: {
            const QString id = u"T%1"_s.arg(i);
            c = Command::requestTransfer(id, s, s == u"S1"_s ? u"S2"_s : u"S1"_s,
                                         { { p, random.bounded(1, 4), 0, 0, 0, 0 } });
            if (m_db->engine().execute(c).ok()
                && m_db->engine().execute(step(CommandKind::ShipTransfer, id)).ok())
                openTransfers << id;
            record();
            continue;
        }
        default: {
            if (openTransfers.isEmpty())
                continue;
            const QString id = openTransfers.takeFirst();
            const Transfer t = *TransferStore(m_db->connection()).load(id).value();
            TransferLine line = t.lines.first();
            c = random.bounded(3) == 0
                ? step(CommandKind::CloseTransfer, id)
                : step(CommandKind::ReceiveTransfer, id,
                       { { line.productId, 0, 0, line.outstanding(), 0, 0 } });
            break;
        }
        }
        m_db->engine().execute(c);
        const bool hold = c.kind == CommandKind::Reserve || c.kind == CommandKind::Cancel;
        record(hold ? Change::Hold : Change::Movement);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const auto [product, store]
            = std::pair { it.key().section(u'@', 0, 0), it.key().section(u'@', 1, 1) };
        QList<Movement> all;
        for (int page = 1;; ++page) {
            auto got = MovementHistory(m_db->connection())
                           .page(product, { .storeId = store }, page, 500);
            QVERIFY(got);
            all << got->movements;
            if (!got->hasMore)
                break;
        }
        std::reverse(all.begin(), all.end());
        const QList<StockRow> &rows = it.value();
        QCOMPARE(all.size(), rows.size() - (rows.first().version == 0 ? 1 : 0));
        const qsizetype offset = rows.size() - all.size();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const StockRow &row = rows.at(i + offset);
            const Movement &m = all.at(i);
            if (m.quantityAfter != row.quantity || m.reservedAfter != row.reserved
                || m.incomingAfter != row.incoming)
                QFAIL(qPrintable(
                    u"%1 movement %2 (seq %3, %4): %5/%6/%7, row %8/%9/%10"_s.arg(it.key())
                        .arg(i)
                        .arg(m.seq)
                        .arg(m.type)
                        .arg(m.quantityAfter)
                        .arg(m.reservedAfter)
                        .arg(m.incomingAfter)
                        .arg(row.quantity)
                        .arg(row.reserved)
                        .arg(row.incoming)));
        }
    }
    checkInvariants();
}

void TestMovementHistory::shrinkGroupsDecreasesByStoreMonthAndReason()
{
    // 2026-11-30 23:00 and 2026-12-01 10:00 UTC: two months.
    const qint64 november = 1'796'079'600'000;
    const qint64 december = 1'796'119'200'000;
    m_db->clock().set(november);
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, -2, u"damage"_s)).ok());
    QVERIFY(m_db->engine().execute(Command::adjust(u"P2"_s, u"S1"_s, -1, u"damage"_s)).ok());
    QVERIFY(m_db->engine().execute(Command::count(u"P1"_s, u"S1"_s, 7)).ok()); // one short
    m_db->clock().set(december);
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, -1, u"theft"_s)).ok());
    QVERIFY(m_db->engine()
                .execute(Command::sell(u"K1"_s, u"S1"_s, { { u"P1"_s, 2, {}, {}, 0 } }))
                .ok()); // a sale is not shrink
    QVERIFY(m_db->engine().execute(request(u"T1"_s, 1)).ok());
    QVERIFY(m_db->engine().execute(step(CommandKind::ShipTransfer, u"T1"_s)).ok()); // nor this
    QVERIFY(m_db->engine().execute(step(CommandKind::CloseTransfer, u"T1"_s)).ok()); // but loss

    auto rows = ShrinkReport(m_db->connection()).rows({}, 0, std::numeric_limits<qint64>::max());
    QVERIFY(rows);
    QStringList got;
    for (const ShrinkReport::Row &r : rows.value())
        got << u"%1 %2 %3 %4"_s.arg(r.month, r.storeId, r.reason).arg(r.units);
    QCOMPARE(got,
             (QStringList { u"2026-11 S1 count 1"_s, u"2026-11 S1 damage 3"_s,
                            u"2026-12 S1 theft 1"_s }));
    // The loss of the closed transfer is of incoming units, not of the quantity: it shows in
    // the destination's history, not as units that left the shelf.
    auto december_only = ShrinkReport(m_db->connection())
                             .rows(u"S1"_s, december, std::numeric_limits<qint64>::max());
    QCOMPARE(december_only->size(), 1);
}

void TestMovementHistory::aVersionFiveDatabaseMigratesItsReasons()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"v5.db"_s);
    {
        // The database as version 5 of the schema made it, with reasons of free text.
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const SqlDialect sqlite(SqlDialect::Kind::Sqlite);
        const auto steps = ServerSchema::steps(sqlite);
        for (int v = 0; v < 5; ++v) {
            for (const QString &sql : steps.at(v))
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(sqlite.writeSchemaVersion(5)));
        const QStringList setup {
            u"INSERT INTO stores VALUES ('S1', 'One', 'Madrid')"_s,
            u"INSERT INTO products VALUES ('P1', 'SKU-1', NULL, 'Mouse', 'Cat', 100, 0)"_s,
            u"INSERT INTO stock VALUES ('P1', 'S1', 6, 0, 4, 40)"_s,
            u"INSERT INTO events VALUES (1, 'stock.adjusted', 10, 'S1', 'P1',"
            " '{\"quantity\":5,\"reserved\":0,\"available\":5,\"version\":1,\"delta\":5,"
            "\"reason\":\"delivery\",\"actor\":\"a\"}')"_s,
            u"INSERT INTO events VALUES (2, 'stock.adjusted', 20, 'S1', 'P1',"
            " '{\"quantity\":4,\"reserved\":0,\"available\":4,\"version\":2,\"delta\":-1,"
            "\"reason\":\"dropped it\",\"actor\":\"a\"}')"_s,
            u"INSERT INTO events VALUES (3, 'stock.counted', 30, 'S1', 'P1',"
            " '{\"quantity\":7,\"reserved\":0,\"available\":7,\"version\":3,\"delta\":3,"
            "\"reason\":\"Count\",\"actor\":\"a\"}')"_s,
            u"INSERT INTO events VALUES (4, 'ticket.sold', 40, 'S1', NULL,"
            " '{\"ticketId\":\"K1\",\"reason\":\"sale\",\"lines\":[{\"productId\":\"P1\","
            "\"quantity\":1,\"delta\":-1,\"row\":{\"productId\":\"P1\",\"storeId\":\"S1\","
            "\"quantity\":6,\"reserved\":0,\"version\":4}}]}')"_s,
            u"INSERT INTO events VALUES (5, 'reservation.created', 50, 'S1', 'P1',"
            " '{\"quantity\":6,\"reserved\":1,\"available\":5,\"version\":5,"
            "\"actor\":\"a\"}')"_s,
            u"UPDATE counters SET value = 5 WHERE name = 'event_seq'"_s,
        };
        for (const QString &sql : setup)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);

    auto opened = DbConnection::open(file, SchemaMigrator::Schema::Server);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    auto history = MovementHistory(*opened.value()).page(u"P1"_s, { .storeId = u"S1"_s }, 1, 10);
    QVERIFY(history);
    QCOMPARE(history->movements.size(), 4); // the hold (seq 5) moved no unit
    QCOMPARE(history->movements.at(0).reason, u"sale"_s);
    QCOMPARE(history->movements.at(0).ticketId, u"K1"_s);
    QCOMPARE(history->movements.at(0).quantityAfter, 6);
    QCOMPARE(history->movements.at(1).reason, u"count"_s);
    QCOMPARE(history->movements.at(2).reason, u"correction"_s);
    QCOMPARE(history->movements.at(2).note, u"dropped it"_s);
    QCOMPARE(history->movements.at(3).reason, u"received"_s);
    QCOMPARE(history->movements.at(3).note, QString());
    QCOMPARE(InventoryQueries(*opened.value()).availability(u"P1"_s, u"S1"_s)->first().incoming, 0);
}

QTEST_GUILESS_MAIN(TestMovementHistory)
#include "tst_movementhistory.moc"
