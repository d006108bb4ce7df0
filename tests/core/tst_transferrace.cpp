// Shipping races tickets and reservations on the last units: four writers, each with its own
// connection to one database, request and ship transfers between two stores while selling,
// reserving, confirming and receiving the same two products. Nothing is ever oversold (a
// shipment takes only available units, all lines or none), the books balance exactly, and
// every invariant holds, `incoming` included, with the replay of the log reproducing every row.
#include "core/engine/transfers/transferstore.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
const QStringList kProducts { u"P1"_s, u"P2"_s };
const QStringList kStores { u"S1"_s, u"S2"_s };

struct Ledger
{
    QHash<QString, qint64> added, sold, confirmed, shippedOut, receivedIn;
    qint64 refusedShipments = 0;
    qint64 shipments = 0;
    QString error;
};

struct OnTheWay
{
    QString id;
    QString productId;
    QString toStoreId;
    qint64 units = 0;
};

void trade(const QString &path, int seed, int batches, Ledger &ledger)
{
    auto opened = DbConnection::open(path, SchemaMigrator::Schema::Server);
    if (!opened) {
        ledger.error = opened.error().message();
        return;
    }
    SystemClock clock;
    InventoryEngine engine(*opened.value(), clock);
    QRandomGenerator random(seed);
    QList<std::pair<QString, QString>> held; // reservation id, product@store
    QList<OnTheWay> onTheWay;
    int serial = 0;
    for (int b = 0; b < batches; ++b) {
        QList<Command> commands;
        QList<OnTheWay> shipped; // what each ship command in this batch would send
        for (int i = 0; i < 16; ++i) {
            const QString product = kProducts.at(random.bounded(2));
            const QString store = kStores.at(random.bounded(2));
            const int dice = random.bounded(100);
            if (dice < 15) {
                commands << Command::adjust(product, store, random.bounded(1, 6), u"received"_s);
            } else if (dice < 40) {
                commands << Command::sell(u"K-%1-%2"_s.arg(seed).arg(++serial), store,
                                          { { product, random.bounded(1, 3), {}, {}, 0 } });
            } else if (dice < 60 || (dice < 70 && held.isEmpty())) {
                commands << Command::reserve(product, store, 1, u"c"_s, 3600,
                                             u"R-%1-%2"_s.arg(seed).arg(++serial));
                held << std::pair { commands.last().reservationId, product + u'@' + store };
            } else if (dice < 70) {
                const auto [id, key] = held.takeAt(random.bounded(held.size()));
                commands << (dice < 66 ? Command::confirm(id) : Command::cancel(id));
                commands.last().productId = key; // for the ledger only
            } else if (dice < 88 || onTheWay.isEmpty()) {
                const QString id = u"X-%1-%2"_s.arg(seed).arg(++serial);
                const QString to = store == u"S1"_s ? u"S2"_s : u"S1"_s;
                const qint64 units = random.bounded(1, 5);
                commands << Command::requestTransfer(id, store, to,
                                                     { { product, units, 0, 0, 0, 0 } })
                         << Command::transferStep(CommandKind::ShipTransfer, id);
                shipped << OnTheWay { id, product, to, units };
            } else {
                const OnTheWay t = onTheWay.takeAt(random.bounded(onTheWay.size()));
                commands << (dice < 96
                                 ? Command::transferStep(CommandKind::ReceiveTransfer, t.id,
                                                         { { t.productId, 0, 0, t.units, 0, 0 } })
                                 : Command::transferStep(CommandKind::CloseTransfer, t.id));
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
            if (c.kind == CommandKind::ShipTransfer) {
                const OnTheWay t = shipped.takeFirst();
                if (!o.ok()) {
                    ledger.refusedShipments += o.error->code() == ErrorCode::InsufficientStock;
                    continue;
                }
                ++ledger.shipments;
                ledger.shippedOut[t.productId + u'@' + (t.toStoreId == u"S1"_s ? u"S2"_s : u"S1"_s)]
                    += t.units;
                onTheWay << t;
                continue;
            }
            if (!o.ok())
                continue;
            if (c.kind == CommandKind::Adjust)
                ledger.added[c.productId + u'@' + c.storeId] += c.quantity;
            else if (c.kind == CommandKind::Sell)
                ledger.sold[c.lines.first().productId + u'@' + c.storeId]
                    += c.lines.first().quantity;
            else if (c.kind == CommandKind::Confirm)
                ledger.confirmed[c.productId] += 1;
            else if (c.kind == CommandKind::ReceiveTransfer) {
                const TransferLine &line = c.transferLines.first();
                const Transfer t = *TransferStore(*opened.value()).load(c.transferId).value();
                ledger.receivedIn[line.productId + u'@' + t.toStoreId] += line.received;
            }
        }
    }
}
} // namespace

class TestTransferRace : public QObject
{
    Q_OBJECT

private slots:
    void shippingRacesTicketsAndReservations();
};

void TestTransferRace::shippingRacesTicketsAndReservations()
{
    test::TestDatabase db;
    const int threads = 4;
    QList<Ledger> ledgers(threads);
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create(trade, db.path(), 26 + t, 150, std::ref(ledgers[t]));
        workers.last()->start();
    }
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(QDeadlineTimer(300'000)));
        delete w;
    }
    Ledger all;
    for (const Ledger &l : std::as_const(ledgers)) {
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        all.refusedShipments += l.refusedShipments;
        all.shipments += l.shipments;
        for (auto [from, to] : { std::pair { &l.added, &all.added },
                                 { &l.sold, &all.sold },
                                 { &l.confirmed, &all.confirmed },
                                 { &l.shippedOut, &all.shippedOut },
                                 { &l.receivedIn, &all.receivedIn } }) {
            for (auto it = from->cbegin(); it != from->cend(); ++it)
                (*to)[it.key()] += it.value();
        }
    }
    // They really raced for the last units: some shipments went, some found too few.
    QVERIFY(all.shipments > 0);
    QVERIFY(all.refusedShipments > 0);
    for (const QString &product : kProducts) {
        for (const QString &store : kStores) {
            const QString key = product + u'@' + store;
            const StockRow row = db.row(product, store);
            QVERIFY(row.reserved >= 0 && row.reserved <= row.quantity && row.incoming >= 0);
            QCOMPARE(row.quantity,
                     all.added.value(key) - all.sold.value(key) - all.confirmed.value(key)
                         - all.shippedOut.value(key) + all.receivedIn.value(key));
        }
    }
    const QStringList violations = db.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.mid(0, 10).join(u'\n')));
    qInfo() << all.shipments << "shipments," << all.refusedShipments << "refused for stock";
}

QTEST_GUILESS_MAIN(TestTransferRace)
#include "tst_transferrace.moc"
