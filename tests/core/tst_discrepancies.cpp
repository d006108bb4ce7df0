// Offline sales are facts (DESIGN.md, API.md "Stock discrepancies"): a ticket or a subtract
// sold offline is never refused for stock; quantity stops at 0 with the rest `unrecorded`;
// the newest reservations the rest no longer covers are flagged at risk and leave `reserved`;
// a discrepancy and its event name them; an at-risk reservation is sold only from free
// units; resolutions release or cover reservations again; every invariant holds throughout.
#include "core/engine/discrepancies/discrepancystore.h"
#include "core/engine/tables/reservationtable.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
QList<TicketLine> lines(std::initializer_list<std::pair<const char *, qint64>> given)
{
    QList<TicketLine> list;
    for (const auto &[product, quantity] : given)
        list.append({ QString::fromLatin1(product), quantity, {}, {}, 0 });
    return list;
}

Command offlineTicket(const QString &id, QList<TicketLine> sold)
{
    Command c = Command::sell(id, u"S1"_s, sold, u"cash"_s).by(u"clerk"_s);
    c.stockCheck = StockCheck::RecordDiscrepancy;
    c.soldAtMs = 1'700'000'000'000;
    return c;
}
} // namespace

class TestDiscrepancies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void anOfflineTicketBeyondStockIsAppliedAndRaisesADiscrepancy();
    void anOfflineTicketWithinStockRaisesNothing();
    void anOfflineSubtractIsNeverRefused();
    void anOnlineTicketStillRefuses();
    void anAtRiskReservationSellsOnlyFromFreeUnits();
    void resolutions_data();
    void resolutions();
    void aResolvedDiscrepancyCannotBeResolvedAgain();
    void aTicketChargedOnlineThenQueuedIsAnsweredOnce();

private:
    std::optional<Discrepancy> onlyDiscrepancy();
    Reservation reservation(const QString &id);
    void checkInvariants();

    std::unique_ptr<test::TestDatabase> m_db;
};

void TestDiscrepancies::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 5)).ok());
    QVERIFY(m_db->engine().execute(Command::adjust(u"P2"_s, u"S1"_s, 10)).ok());
    // Two customers hold 2 and 1 of the five P1, the second one later.
    QVERIFY(m_db->engine()
                .execute(Command::reserve(u"P1"_s, u"S1"_s, 2, u"early"_s, 3600, u"R-early"_s))
                .ok());
    m_db->clock().advance(1000);
    QVERIFY(m_db->engine()
                .execute(Command::reserve(u"P1"_s, u"S1"_s, 1, u"late"_s, 3600, u"R-late"_s))
                .ok());
}

std::optional<Discrepancy> TestDiscrepancies::onlyDiscrepancy()
{
    auto page = DiscrepancyStore(m_db->connection())
                    .list(u"S1"_s, DiscrepancyStore::Status::Any, 1, 50, DiscrepancyStore::AnySeq);
    if (!page || page->discrepancies.size() != 1)
        return std::nullopt;
    return page->discrepancies.constFirst();
}

Reservation TestDiscrepancies::reservation(const QString &id)
{
    auto loaded = ReservationTable(m_db->connection()).load(id);
    return loaded && loaded.value() ? *loaded.value() : Reservation {};
}

void TestDiscrepancies::checkInvariants()
{
    const QStringList violations = m_db->violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestDiscrepancies::anOfflineTicketBeyondStockIsAppliedAndRaisesADiscrepancy()
{
    // 5 on the books, 3 reserved, 2 free: an offline sale of 4 P1 and 1 P2.
    const qint64 before = m_db->lastSeq();
    const CommandOutcome sold
        = m_db->engine().execute(offlineTicket(u"T-OFF-1"_s, lines({ { "P1", 4 }, { "P2", 1 } })));
    QCOMPARE(sold.status, 201);
    QVERIFY(sold.body.object().value(u"offline"_s).toBool());
    QCOMPARE(m_db->row(u"P1"_s).quantity, 1);
    // The late reservation (1) was not enough to cover the 2 missing units: both are at risk.
    QCOMPARE(m_db->row(u"P1"_s).reserved, 0);
    QVERIFY(reservation(u"R-late"_s).atRisk);
    QVERIFY(reservation(u"R-early"_s).atRisk);
    QCOMPARE(reservation(u"R-early"_s).status, ReservationStatus::Pending);
    QCOMPARE(m_db->row(u"P2"_s).quantity, 9);

    const auto d = onlyDiscrepancy();
    QVERIFY(d);
    QCOMPARE(d->productId, u"P1"_s);
    QCOMPARE(d->shortBy, 2);
    QCOMPARE(d->unrecorded, 0);
    QCOMPARE(d->ticketId, u"T-OFF-1"_s);
    QCOMPARE(d->reservationsAtRisk, (QStringList { u"R-late"_s, u"R-early"_s }));
    QVERIFY(d->open);
    // The ticket's event, then the discrepancy's.
    QCOMPARE(m_db->lastSeq(), before + 2);
    auto events = m_db->queries().eventsSince(before, 10);
    QVERIFY(events);
    QCOMPARE(events->at(0).type, u"ticket.sold"_s);
    const QJsonArray eventLines = events->at(0).data.object().value(u"lines"_s).toArray();
    QCOMPARE(eventLines.size(), 2);
    for (const QJsonValue &line : eventLines)
        QVERIFY(line.toObject().value(u"row"_s).isObject());
    QCOMPARE(events->at(1).type, u"stock.discrepancy"_s);
    QCOMPARE(events->at(1).data.object().value(u"shortBy"_s).toInteger(), 2);
    checkInvariants();
}

void TestDiscrepancies::anOfflineTicketWithinStockRaisesNothing()
{
    const CommandOutcome sold
        = m_db->engine().execute(offlineTicket(u"T-OFF-2"_s, lines({ { "P1", 2 } })));
    QCOMPARE(sold.status, 201);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 3);
    QCOMPARE(m_db->row(u"P1"_s).reserved, 3);
    QVERIFY(!onlyDiscrepancy());
    QVERIFY(!reservation(u"R-late"_s).atRisk);
    checkInvariants();
}

void TestDiscrepancies::anOfflineSubtractIsNeverRefused()
{
    // 8 sold offline of a row with 5: quantity stops at 0 and 3 units are unrecorded.
    Command sale = Command::adjust(u"P1"_s, u"S1"_s, -8, u"sale"_s).by(u"clerk"_s);
    sale.stockCheck = StockCheck::RecordDiscrepancy;
    const CommandOutcome applied = m_db->engine().execute(sale);
    QCOMPARE(applied.status, 200);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 0);
    QCOMPARE(m_db->row(u"P1"_s).reserved, 0);
    const auto d = onlyDiscrepancy();
    QVERIFY(d);
    QCOMPARE(d->shortBy, 6);
    QCOMPARE(d->unrecorded, 3);
    QVERIFY(d->ticketId.isEmpty());
    // A product never stocked in the store: the row is made and the whole sale is short.
    Command never = Command::adjust(u"P2"_s, u"S2"_s, -2, u"sale"_s).by(u"clerk"_s);
    never.stockCheck = StockCheck::RecordDiscrepancy;
    QCOMPARE(m_db->engine().execute(never).status, 200);
    QCOMPARE(m_db->row(u"P2"_s, u"S2"_s).quantity, 0);
    checkInvariants();
}

void TestDiscrepancies::anOnlineTicketStillRefuses()
{
    Command online = offlineTicket(u"T-ON"_s, lines({ { "P1", 4 } }));
    online.stockCheck = StockCheck::Refuse;
    const CommandOutcome refused = m_db->engine().execute(online);
    QCOMPARE(refused.status, 409);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 5);
    QVERIFY(!onlyDiscrepancy());
    // An online subtract beyond the free units is refused as before.
    QCOMPARE(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, -3)).status, 409);
    checkInvariants();
}

void TestDiscrepancies::anAtRiskReservationSellsOnlyFromFreeUnits()
{
    QCOMPARE(m_db->engine().execute(offlineTicket(u"T-OFF-3"_s, lines({ { "P1", 4 } }))).status,
             201);
    // One unit left, nothing reserved: the early customer (2) cannot be sold to yet.
    const CommandOutcome refused = m_db->engine().execute(Command::confirm(u"R-early"_s));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.error->code(), ErrorCode::InsufficientStock);
    QVERIFY(refused.error->details().value(u"atRisk"_s).toBool());
    // The late one (1) can: the unit is free.
    QCOMPARE(m_db->engine().execute(Command::confirm(u"R-late"_s)).status, 200);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 0);
    QCOMPARE(m_db->row(u"P1"_s).reserved, 0);
    // Cancelling an at-risk reservation frees nothing it did not hold.
    QCOMPARE(m_db->engine().execute(Command::cancel(u"R-early"_s)).status, 200);
    QCOMPARE(m_db->row(u"P1"_s).reserved, 0);
    checkInvariants();
}

void TestDiscrepancies::resolutions_data()
{
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<qint64>("deliveredBefore");
    QTest::addColumn<QString>("earlyStatus");
    QTest::addColumn<bool>("earlyAtRisk");
    QTest::addColumn<qint64>("reservedAfter");
    // One unit is left: the early customer's 2 do not fit, the late one's 1 does.
    QTest::newRow("accepted, nothing came in: the early one stays at risk")
        << u"accepted"_s << qint64(0) << u"PENDING"_s << true << qint64(1);
    QTest::newRow("counted after a delivery of 1: the early one is covered, oldest first")
        << u"counted"_s << qint64(1) << u"PENDING"_s << false << qint64(2);
    // A finished reservation keeps the flag it had: it tells why it was released.
    QTest::newRow("released: both cancelled")
        << u"released"_s << qint64(5) << u"CANCELLED"_s << true << qint64(0);
}

void TestDiscrepancies::resolutions()
{
    QFETCH(QString, resolution);
    QFETCH(qint64, deliveredBefore);
    QFETCH(QString, earlyStatus);
    QFETCH(bool, earlyAtRisk);
    QFETCH(qint64, reservedAfter);
    QCOMPARE(m_db->engine().execute(offlineTicket(u"T-OFF-4"_s, lines({ { "P1", 4 } }))).status,
             201);
    if (deliveredBefore > 0)
        QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, deliveredBefore)).ok());
    const auto d = onlyDiscrepancy();
    QVERIFY(d);
    const CommandOutcome resolved = m_db->engine().execute(
        Command::resolveDiscrepancy(d->id, resolution, u"shelf checked"_s).by(u"boss"_s));
    QCOMPARE(resolved.status, 200);
    const QJsonObject body = resolved.body.object();
    QCOMPARE(body.value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(body.value(u"resolution"_s).toString(), resolution);
    QCOMPARE(body.value(u"resolvedBy"_s).toString(), u"boss"_s);
    const Reservation early = reservation(u"R-early"_s);
    QCOMPARE(Reservation::statusName(early.status), earlyStatus);
    QCOMPARE(early.atRisk, earlyAtRisk);
    QCOMPARE(m_db->row(u"P1"_s).reserved, reservedAfter);
    QVERIFY(!onlyDiscrepancy()->open);
    checkInvariants();
}

void TestDiscrepancies::aResolvedDiscrepancyCannotBeResolvedAgain()
{
    QCOMPARE(m_db->engine().execute(offlineTicket(u"T-OFF-5"_s, lines({ { "P1", 5 } }))).status,
             201);
    const auto d = onlyDiscrepancy();
    QVERIFY(d);
    QCOMPARE(m_db->engine().execute(Command::resolveDiscrepancy(d->id, u"accepted"_s)).status, 200);
    const CommandOutcome again
        = m_db->engine().execute(Command::resolveDiscrepancy(d->id, u"counted"_s));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.error->code(), ErrorCode::InvalidState);
    QCOMPARE(m_db->engine().execute(Command::resolveDiscrepancy(u"D-404"_s, u"accepted"_s)).status,
             404);
    checkInvariants();
}

void TestDiscrepancies::aTicketChargedOnlineThenQueuedIsAnsweredOnce()
{
    // Charged online, the reply lost; the till queues it with the time and prices it printed.
    Command online = offlineTicket(u"T-LOST"_s, lines({ { "P2", 2 } }));
    online.stockCheck = StockCheck::Refuse;
    online.soldAtMs.reset();
    const CommandOutcome charged = m_db->engine().execute(online);
    QCOMPARE(charged.status, 201);
    const qint64 seq = m_db->lastSeq();
    const double price = charged.body.object()
                             .value(u"lines"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"unitPrice"_s)
                             .toDouble();
    Command queued = offlineTicket(u"T-LOST"_s, lines({ { "P2", 2 } }));
    queued.lines[0].unitPriceCents = qRound64(price * 100);
    for (const Command &resend : { online, queued }) {
        const CommandOutcome again = m_db->engine().execute(resend);
        QCOMPARE(again.status, 201);
        QVERIFY(again.replayed);
    }
    QCOMPARE(m_db->row(u"P2"_s).quantity, 8);
    QCOMPARE(m_db->lastSeq(), seq);
    // Other lines under the same id are another ticket: refused.
    Command other = offlineTicket(u"T-LOST"_s, lines({ { "P2", 3 } }));
    QCOMPARE(m_db->engine().execute(other).error->code(), ErrorCode::IdempotencyKeyReused);
    QCOMPARE(m_db->row(u"P2"_s).quantity, 8);
}

QTEST_GUILESS_MAIN(TestDiscrepancies)
#include "tst_discrepancies.moc"
