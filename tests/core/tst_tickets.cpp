// Sale tickets and returns in the engine: all lines or none, the ticket id as its own
// idempotency key (also after a restart, and a refused ticket can be charged again), line
// limits, each till's hash chain and what breaks it, returns capped by what was sold less
// what came back across stores, and every invariant after each.
#include "core/engine/tickets/ticketchain.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QList<TicketLine>
returning(std::initializer_list<std::tuple<const char *, qint64, const char *>> given)
{
    QList<TicketLine> list;
    for (const auto &[product, quantity, disposition] : given)
        list.append(
            { QString::fromLatin1(product), quantity, {}, QString::fromLatin1(disposition), 0 });
    return list;
}

QJsonObject bodyOf(const CommandOutcome &outcome)
{
    return outcome.body.object();
}
} // namespace

class TestTickets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aTicketIsAllLinesOrNone();
    void aTicketSellsEveryLineAndJoinsTheChain();
    void theTicketIdIsItsIdempotencyKey();
    void aRefusedTicketCanBeChargedAgain();
    void lineLimits_data();
    void lineLimits();
    void aChangedTicketBreaksTheChain();
    void returnsAreCappedAcrossStores();
    void ticketsInABatchWithOtherCommands();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestTickets::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10)).ok());
    QVERIFY(m_db->engine().execute(Command::adjust(u"P2"_s, u"S1"_s, 1)).ok());
}

void TestTickets::aTicketIsAllLinesOrNone()
{
    const qint64 seq = m_db->lastSeq();
    const CommandOutcome refused = m_db->engine().execute(
        Command::sell(u"T-1"_s, u"S1"_s, lines({ { "P1", 3 }, { "P2", 2 } })).by(u"clerk"_s));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.error->code(), ErrorCode::InsufficientStock);
    const QJsonArray shortLines = refused.error->details().value(u"lines"_s).toArray();
    QCOMPARE(shortLines.size(), 1);
    QCOMPARE(shortLines.first().toObject().value(u"productId"_s).toString(), u"P2"_s);
    QCOMPARE(shortLines.first().toObject().value(u"available"_s).toInteger(), 1);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 10); // the line that had stock was not sold either
    QCOMPARE(m_db->row(u"P2"_s).quantity, 1);
    QCOMPARE(m_db->lastSeq(), seq);
    QVERIFY(m_db->violations().isEmpty());
}

void TestTickets::aTicketSellsEveryLineAndJoinsTheChain()
{
    Command first
        = Command::sell(u"T-1"_s, u"S1"_s, lines({ { "P1", 2 }, { "P2", 1 } }), u"card"_s);
    const CommandOutcome sold = m_db->engine().execute(first.by(u"clerk"_s));
    QCOMPARE(sold.status, 201);
    const QJsonObject ticket = bodyOf(sold);
    QCOMPARE(ticket.value(u"ticketId"_s).toString(), u"T-1"_s);
    QCOMPARE(ticket.value(u"seller"_s).toString(), u"clerk"_s);
    QCOMPARE(ticket.value(u"total"_s).toDouble(), 2 * 19.99 + 49.99);
    QCOMPARE(ticket.value(u"lines"_s).toArray().size(), 2);
    QCOMPARE(ticket.value(u"lines"_s).toArray().at(0).toObject().value(u"unitPrice"_s).toDouble(),
             19.99);
    QCOMPARE(ticket.value(u"payment"_s).toObject().value(u"method"_s).toString(), u"card"_s);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 8);
    QCOMPARE(m_db->row(u"P2"_s).quantity, 0);
    QCOMPARE(ticket.value(u"chainIndex"_s).toInteger(), 1);
    QCOMPARE(ticket.value(u"prevHash"_s).toString().toLatin1(), TicketChain::genesis());

    // One event for the whole ticket, carrying every line's resulting row.
    const QList<Event> events = m_db->queries().eventsSince(m_db->lastSeq() - 1, 10).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, u"ticket.sold"_s);
    const QJsonArray eventLines = events.first().data.object().value(u"lines"_s).toArray();
    QCOMPARE(eventLines.size(), 2);
    QCOMPARE(
        eventLines.at(0).toObject().value(u"row"_s).toObject().value(u"quantity"_s).toInteger(), 8);

    const CommandOutcome second = m_db->engine().execute(
        Command::sell(u"T-2"_s, u"S1"_s, lines({ { "P1", 1 } })).by(u"clerk"_s));
    QCOMPARE(second.status, 201);
    QCOMPARE(bodyOf(second).value(u"chainIndex"_s).toInteger(), 2);
    QCOMPARE(bodyOf(second).value(u"prevHash"_s).toString(), ticket.value(u"hash"_s).toString());
    const auto report = TicketChain(m_db->connection()).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->size(), 1);
    QCOMPARE(report->first().tickets, 2);
    QVERIFY(report->first().problems.isEmpty());
    QVERIFY2(m_db->violations().isEmpty(), qPrintable(m_db->violations().join(u'\n')));
}

void TestTickets::theTicketIdIsItsIdempotencyKey()
{
    const Command sale = Command::sell(u"T-9"_s, u"S1"_s, lines({ { "P1", 4 } })).by(u"clerk"_s);
    QCOMPARE(m_db->engine().execute(sale).status, 201);
    const qint64 seq = m_db->lastSeq();
    const CommandOutcome again = m_db->engine().execute(sale);
    QCOMPARE(again.status, 201);
    QVERIFY(again.replayed);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 6);
    QCOMPARE(m_db->lastSeq(), seq);
    // After a restart, and after the idempotency results were purged: the ticket answers.
    QVERIFY(m_db->connection().exec(u"DELETE FROM idempotency"_s).ok());
    InventoryEngine restarted(m_db->connection(), m_db->clock());
    const CommandOutcome afterRestart = restarted.execute(sale);
    QCOMPARE(afterRestart.status, 201);
    QVERIFY(afterRestart.replayed);
    QCOMPARE(bodyOf(afterRestart).value(u"ticketId"_s).toString(), u"T-9"_s);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 6);
    // The same id with other lines is another ticket: refused, nothing sold.
    const CommandOutcome other = restarted.execute(
        Command::sell(u"T-9"_s, u"S1"_s, lines({ { "P1", 1 } })).by(u"clerk"_s));
    QCOMPARE(other.status, 422);
    QCOMPARE(m_db->row(u"P1"_s).quantity, 6);
}

void TestTickets::aRefusedTicketCanBeChargedAgain()
{
    const Command sale
        = Command::sell(u"T-5"_s, u"S1"_s, lines({ { "P1", 1 }, { "P2", 3 } })).by(u"clerk"_s);
    QCOMPARE(m_db->engine().execute(sale).status, 409);
    QVERIFY(m_db->engine().execute(Command::adjust(u"P2"_s, u"S1"_s, 5)).ok());
    const CommandOutcome charged = m_db->engine().execute(sale);
    QCOMPARE(charged.status, 201);
    QVERIFY(!charged.replayed);
    QCOMPARE(m_db->row(u"P2"_s).quantity, 3);
}

void TestTickets::lineLimits_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("repeatFirst");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("200 lines") << 200 << false << 201 << QString();
    QTest::newRow("201 lines") << 201 << false << 400 << u"lines"_s;
    QTest::newRow("no line") << 0 << false << 400 << u"lines"_s;
    QTest::newRow("a product twice") << 3 << true << 400 << u"lines[3].productId"_s;
}

void TestTickets::lineLimits()
{
    QFETCH(int, count);
    QFETCH(bool, repeatFirst);
    QFETCH(int, status);
    QFETCH(QString, field);
    QList<Command> setup;
    QList<TicketLine> many;
    for (int i = 0; i < count; ++i) {
        const QString id = u"L%1"_s.arg(i);
        setup << Command::createProduct({ id, u"SKU-L%1"_s.arg(i), {}, id, u"Bulk"_s, 100 })
              << Command::adjust(id, u"S1"_s, 1);
        many.append({ id, 1, {}, {}, 0 });
    }
    if (repeatFirst)
        many.append(many.first());
    if (!setup.isEmpty())
        QVERIFY(m_db->engine().applyBatch(setup).outcomes.constLast().ok());
    const CommandOutcome outcome
        = m_db->engine().execute(Command::sell(u"T-L"_s, u"S1"_s, many).by(u"clerk"_s));
    QCOMPARE(outcome.status, status);
    if (!field.isEmpty())
        QCOMPARE(outcome.error->details().value(u"field"_s).toString(), field);
    else
        QCOMPARE(bodyOf(outcome).value(u"total"_s).toDouble(), count * 1.0);
    QVERIFY(m_db->violations().isEmpty());
}

void TestTickets::aChangedTicketBreaksTheChain()
{
    for (const QString &id : { u"A"_s, u"B"_s, u"C"_s })
        QCOMPARE(m_db->engine().execute(Command::sell(id, u"S1"_s, lines({ { "P1", 1 } }))).status,
                 201);
    QVERIFY(m_db->connection()
                .exec(u"UPDATE ticket_lines SET unit_price_cents = 1 WHERE ticket_id = 'B'"_s)
                .ok());
    const auto report = TicketChain(m_db->connection()).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->first().tickets, 3);
    QVERIFY2(report->first().problems.join(u'\n').contains(u"ticket B was changed"_s),
             qPrintable(report->first().problems.join(u'\n')));
    QVERIFY(m_db->connection().exec(u"DELETE FROM ticket_lines WHERE ticket_id = 'A'"_s).ok());
    QVERIFY(m_db->connection().exec(u"DELETE FROM tickets WHERE id = 'A'"_s).ok());
    const auto removed = TicketChain(m_db->connection()).verify();
    QVERIFY(removed->first().problems.join(u'\n').contains(u"ticket B is number 2"_s));
}

void TestTickets::returnsAreCappedAcrossStores()
{
    QCOMPARE(
        m_db->engine().execute(Command::sell(u"T-R"_s, u"S1"_s, lines({ { "P1", 3 } }))).status,
        201);
    // Two units come back at the other store, restocked there.
    const Command first
        = Command::returnTicket(u"T-R"_s, u"R-1"_s, u"S2"_s, returning({ { "P1", 2, "restock" } }))
              .by(u"clerk2"_s);
    const CommandOutcome back = m_db->engine().execute(first);
    QCOMPARE(back.status, 201);
    QCOMPARE(
        bodyOf(back).value(u"lines"_s).toArray().at(0).toObject().value(u"returned"_s).toInteger(),
        2);
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).quantity, 2);
    QCOMPARE(m_db->row(u"P1"_s, u"S1"_s).quantity, 7);
    // More than is left to return: refused, nothing changes.
    const CommandOutcome tooMany = m_db->engine().execute(
        Command::returnTicket(u"T-R"_s, u"R-2"_s, u"S1"_s, returning({ { "P1", 2, "restock" } })));
    QCOMPARE(tooMany.status, 409);
    QCOMPARE(tooMany.error->code(), ErrorCode::ReturnExceedsSale);
    QCOMPARE(tooMany.error->details()
                 .value(u"lines"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"returned"_s)
                 .toInteger(),
             2);
    // The last unit, damaged: recorded, not sellable.
    QCOMPARE(m_db->engine()
                 .execute(Command::returnTicket(u"T-R"_s, u"R-3"_s, u"S1"_s,
                                                returning({ { "P1", 1, "damaged" } })))
                 .status,
             201);
    QCOMPARE(m_db->row(u"P1"_s, u"S1"_s).quantity, 7);
    QCOMPARE(m_db->engine()
                 .execute(Command::returnTicket(u"T-R"_s, u"R-4"_s, u"S1"_s,
                                                returning({ { "P1", 1, "restock" } })))
                 .status,
             409);
    // A product that was not on the ticket, and a ticket that does not exist.
    QCOMPARE(m_db->engine()
                 .execute(Command::returnTicket(u"T-R"_s, u"R-5"_s, u"S1"_s,
                                                returning({ { "P2", 1, "restock" } })))
                 .status,
             409);
    QCOMPARE(m_db->engine()
                 .execute(Command::returnTicket(u"NOPE"_s, u"R-6"_s, u"S1"_s,
                                                returning({ { "P1", 1, "restock" } })))
                 .status,
             404);
    // The first return sent again is answered, not applied twice.
    const CommandOutcome again = m_db->engine().execute(first);
    QCOMPARE(again.status, 201);
    QVERIFY(again.replayed);
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).quantity, 2);
    QVERIFY2(m_db->violations().isEmpty(), qPrintable(m_db->violations().join(u'\n')));
}

void TestTickets::ticketsInABatchWithOtherCommands()
{
    // Several commands in one transaction (rows held in memory): the refused ticket leaves
    // nothing, the others see each other's rows.
    const BatchResult result = m_db->engine().applyBatch(
        { Command::adjust(u"P2"_s, u"S1"_s, 2),
          Command::sell(u"X-1"_s, u"S1"_s, lines({ { "P1", 1 }, { "P2", 9 } })),
          Command::sell(u"X-2"_s, u"S1"_s, lines({ { "P1", 1 }, { "P2", 3 } })),
          Command::adjust(u"P2"_s, u"S1"_s, -1) });
    QList<int> statuses;
    for (const CommandOutcome &o : result.outcomes)
        statuses << o.status;
    QCOMPARE(statuses, (QList<int> { 200, 409, 201, 409 }));
    QCOMPARE(m_db->row(u"P1"_s).quantity, 9);
    QCOMPARE(m_db->row(u"P2"_s).quantity, 0);
    QVERIFY2(m_db->violations().isEmpty(), qPrintable(m_db->violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
