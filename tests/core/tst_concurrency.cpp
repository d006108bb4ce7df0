// Many threads, each with its own connection, racing on a few products: nothing oversold,
// the books balance, the event log is gap-free and replays to the same rows; also with
// tickets sold online and offline racing reservations (offline ones never refused, every
// invariant of docs/ARCHITECTURE.md held with discrepancies open).
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
const QStringList kProducts { u"P1"_s, u"P2"_s };
const QStringList kStores { u"S1"_s, u"S2"_s };

// What one worker saw acknowledged, to balance the books afterwards.
struct Ledger
{
    QHash<QString, qint64> added; // net successful adjust deltas per row
    QHash<QString, qint64> confirmed; // units sold through reservations per row
    QHash<QString, qint64> pending; // units still held by this worker's reservations
    qint64 commands = 0;
    qint64 failures = 0;
    QString error;
};

struct Held
{
    QString id;
    QString key;
    qint64 quantity;
};

void work(const QString &path, int seed, int batches, int batchSize, Ledger &ledger)
{
    auto opened = DbConnection::open(path, SchemaMigrator::Schema::Server);
    if (!opened) {
        ledger.error = opened.error().message();
        return;
    }
    SystemClock clock;
    InventoryEngine engine(*opened.value(), clock);
    QRandomGenerator random(seed);
    QList<Held> held;
    for (int b = 0; b < batches; ++b) {
        QList<Command> commands;
        QList<QString> keys;
        for (int i = 0; i < batchSize; ++i) {
            const QString product = kProducts.at(random.bounded(kProducts.size()));
            const QString store = kStores.at(random.bounded(kStores.size()));
            const int dice = random.bounded(100);
            if (dice < 30) {
                commands << Command::adjust(product, store, random.bounded(1, 6));
            } else if (dice < 45) {
                commands << Command::adjust(product, store, -random.bounded(1, 4));
            } else if (dice < 75 || held.isEmpty()) {
                commands << Command::reserve(product, store, random.bounded(1, 4), u"c"_s, 3600);
            } else {
                const Held h = held.takeAt(random.bounded(held.size()));
                commands << (dice < 88 ? Command::confirm(h.id) : Command::cancel(h.id));
                commands.last().productId = h.key; // remembered for the ledger only
                commands.last().quantity = h.quantity;
            }
        }
        const BatchResult result = engine.applyBatch(commands);
        for (int i = 0; i < commands.size(); ++i) {
            const Command &c = commands.at(i);
            const CommandOutcome &o = result.outcomes.at(i);
            ++ledger.commands;
            if (o.status == 503) {
                ledger.error = o.error->message();
                return;
            }
            if (!o.ok()) {
                ++ledger.failures;
                continue;
            }
            const QString key = c.kind == CommandKind::Confirm || c.kind == CommandKind::Cancel
                ? c.productId
                : c.productId + u'@' + c.storeId;
            if (c.kind == CommandKind::Adjust) {
                ledger.added[key] += c.quantity;
            } else if (c.kind == CommandKind::Reserve) {
                ledger.pending[key] += c.quantity;
                held << Held { o.body.object().value(u"reservationId"_s).toString(), key,
                               c.quantity };
            } else {
                ledger.pending[key] -= c.quantity;
                if (c.kind == CommandKind::Confirm)
                    ledger.confirmed[key] += c.quantity;
            }
        }
    }
}
// Tickets sold online and offline racing reservations on the same rows: `sold` counts the
// units of successful online tickets, `offline` those of offline ones (never refused).
struct TicketLedger
{
    QHash<QString, qint64> added, confirmed, sold, offline;
    qint64 refusedOnline = 0;
    QString error;
};

void sellTickets(const QString &path, int seed, int batches, TicketLedger &ledger)
{
    auto opened = DbConnection::open(path, SchemaMigrator::Schema::Server);
    if (!opened) {
        ledger.error = opened.error().message();
        return;
    }
    SystemClock clock;
    InventoryEngine engine(*opened.value(), clock);
    QRandomGenerator random(seed);
    QList<Held> held;
    int ticketNo = 0;
    for (int b = 0; b < batches; ++b) {
        QList<Command> commands;
        for (int i = 0; i < 20; ++i) {
            const QString store = kStores.at(random.bounded(kStores.size()));
            const int dice = random.bounded(100);
            if (dice < 20) {
                commands << Command::adjust(kProducts.at(random.bounded(kProducts.size())), store,
                                            random.bounded(1, 8));
            } else if (dice < 60) {
                QList<TicketLine> lines;
                for (const QString &product : kProducts) {
                    if (random.bounded(2) == 0 || lines.isEmpty())
                        lines.append({ product, random.bounded(1, 4), {}, {}, 0 });
                }
                Command sale = Command::sell(u"T-%1-%2"_s.arg(seed).arg(++ticketNo), store, lines);
                if (dice < 40)
                    sale.stockCheck = StockCheck::RecordDiscrepancy;
                commands << sale;
            } else if (dice < 85 || held.isEmpty()) {
                commands << Command::reserve(kProducts.at(random.bounded(kProducts.size())), store,
                                             random.bounded(1, 4), u"c"_s, 3600);
            } else {
                const Held h = held.takeAt(random.bounded(held.size()));
                commands << (dice < 93 ? Command::confirm(h.id) : Command::cancel(h.id));
                commands.last().productId = h.key; // remembered for the ledger only
                commands.last().quantity = h.quantity;
            }
        }
        const BatchResult result = engine.applyBatch(commands);
        for (int i = 0; i < commands.size(); ++i) {
            const Command &c = commands.at(i);
            const CommandOutcome &o = result.outcomes.at(i);
            if (o.status == 503) {
                ledger.error = o.error->message();
                return;
            }
            const bool offline = c.stockCheck == StockCheck::RecordDiscrepancy;
            if (!o.ok()) {
                if (offline) {
                    ledger.error = u"an offline ticket was refused: "_s + o.error->message();
                    return;
                }
                ledger.refusedOnline += c.kind == CommandKind::Sell;
                continue;
            }
            if (c.kind == CommandKind::Sell) {
                for (const TicketLine &line : c.lines)
                    (offline ? ledger.offline : ledger.sold)[line.productId + u'@' + c.storeId]
                        += line.quantity;
            } else if (c.kind == CommandKind::Adjust) {
                ledger.added[c.productId + u'@' + c.storeId] += c.quantity;
            } else if (c.kind == CommandKind::Reserve) {
                held << Held { o.body.object().value(u"reservationId"_s).toString(),
                               c.productId + u'@' + c.storeId, c.quantity };
            } else if (c.kind == CommandKind::Confirm) {
                ledger.confirmed[c.productId] += c.quantity;
            }
        }
    }
}
} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void racingWorkersKeepTheBooks_data();
    void racingWorkersKeepTheBooks();
    void offlineTicketsRacingReservationsKeepEveryInvariant();
};

void TestConcurrency::racingWorkersKeepTheBooks_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("single commands") << 4 << 300 << 1;
    QTest::newRow("batches of 50, tens of thousands of commands") << 4 << 150 << 50;
}

void TestConcurrency::racingWorkersKeepTheBooks()
{
    QFETCH(int, threads);
    QFETCH(int, batches);
    QFETCH(int, batchSize);
    test::TestDatabase db;

    QList<Ledger> ledgers(threads);
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create(work, db.path(), 1000 + t, batches, batchSize,
                                   std::ref(ledgers[t]));
        workers.last()->start();
    }
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(QDeadlineTimer(300'000)));
        delete w;
    }

    qint64 commands = 0;
    QHash<QString, qint64> added, confirmed, pending;
    for (const Ledger &l : std::as_const(ledgers)) {
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        commands += l.commands;
        for (auto it = l.added.cbegin(); it != l.added.cend(); ++it)
            added[it.key()] += it.value();
        for (auto it = l.confirmed.cbegin(); it != l.confirmed.cend(); ++it)
            confirmed[it.key()] += it.value();
        for (auto it = l.pending.cbegin(); it != l.pending.cend(); ++it)
            pending[it.key()] += it.value();
    }
    QCOMPARE(commands, qint64(threads) * batches * batchSize);

    for (const QString &product : kProducts) {
        for (const QString &store : kStores) {
            const QString key = product + u'@' + store;
            const StockRow row = db.row(product, store);
            QVERIFY(row.reserved >= 0);
            QVERIFY(row.reserved <= row.quantity);
            // Every unit sold through a reservation existed: the books balance exactly.
            QCOMPARE(row.quantity, added.value(key) - confirmed.value(key));
            QCOMPARE(row.reserved, pending.value(key));
        }
    }
    const QStringList violations = db.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.mid(0, 10).join(u'\n')));
    qInfo() << commands << "commands," << db.lastSeq() << "events";
}

void TestConcurrency::offlineTicketsRacingReservationsKeepEveryInvariant()
{
    test::TestDatabase db;
    const int threads = 4;
    QList<TicketLedger> ledgers(threads);
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create(sellTickets, db.path(), 2000 + t, 100, std::ref(ledgers[t]));
        workers.last()->start();
    }
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(QDeadlineTimer(300'000)));
        delete w;
    }
    QHash<QString, qint64> added, confirmed, sold, offline;
    qint64 refusedOnline = 0;
    for (const TicketLedger &l : std::as_const(ledgers)) {
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        refusedOnline += l.refusedOnline;
        for (auto [from, to] : { std::pair { &l.added, &added },
                                 { &l.confirmed, &confirmed },
                                 { &l.sold, &sold },
                                 { &l.offline, &offline } }) {
            for (auto it = from->cbegin(); it != from->cend(); ++it)
                (*to)[it.key()] += it.value();
        }
    }
    // Both kinds of ticket really raced: some online ones were refused, offline ones short.
    QVERIFY(refusedOnline > 0);
    QSqlQuery unrecorded(db.connection().database());
    QVERIFY(unrecorded.exec(u"SELECT product_id || '@' || store_id, SUM(unrecorded), COUNT(*)"
                            " FROM discrepancies GROUP BY product_id, store_id"_s));
    QHash<QString, qint64> notOnBooks;
    qint64 discrepancies = 0;
    while (unrecorded.next()) {
        notOnBooks[unrecorded.value(0).toString()] = unrecorded.value(1).toLongLong();
        discrepancies += unrecorded.value(2).toLongLong();
    }
    QVERIFY(discrepancies > 0);
    for (const QString &product : kProducts) {
        for (const QString &store : kStores) {
            const QString key = product + u'@' + store;
            const StockRow row = db.row(product, store);
            QVERIFY(row.reserved >= 0);
            QVERIFY(row.reserved <= row.quantity);
            // Online sales took only units that existed; offline ones took what there was,
            // and the rest is on record as unrecorded.
            QCOMPARE(row.quantity,
                     added.value(key) - confirmed.value(key) - sold.value(key)
                         - (offline.value(key) - notOnBooks.value(key)));
        }
    }
    const QStringList violations = db.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.mid(0, 10).join(u'\n')));
    qInfo() << discrepancies << "discrepancies," << refusedOnline << "online tickets refused";
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
