// Transfers between stores (API.md "Transfers between stores") on the engine: every status ×
// every verb, all lines or none, shipping never takes reserved units, a partial receipt then a
// close. (Reason codes and the movement history: tst_movementhistory.)
#include "core/engine/history/movementhistory.h"
#include "core/engine/transfers/transferstore.h"
#include "transferfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

Q_DECLARE_METATYPE(inventory::Command)

namespace {
TransferLine received(qint64 units, qint64 damaged = 0)
{
    return { u"P1"_s, 0, 0, units, damaged, 0 };
}
} // namespace

class TestTransfers : public QObject, public test::TransferFixture
{
    Q_OBJECT

private slots:
    void init();
    void everyStatusAndVerb_data();
    void everyStatusAndVerb();
    void shippingTakesOnlyAvailableUnitsAllLinesOrNone();
    void aPartialReceiptThenCloseRecordsTheRestAsLost();

private:
    TransferStatus status(const QString &id);
};

void TestTransfers::init()
{
    createDatabase();
}

TransferStatus TestTransfers::status(const QString &id)
{
    auto loaded = TransferStore(m_db->connection()).load(id);
    if (!loaded || !loaded.value())
        return TransferStatus::Requested;
    return loaded.value()->status;
}

void TestTransfers::everyStatusAndVerb_data()
{
    QTest::addColumn<QList<Command>>("before");
    QTest::addColumn<Command>("verb");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("statusAfter");

    const QString t = u"T1"_s;
    const Command ship = step(CommandKind::ShipTransfer, t);
    const Command receiveSome = step(CommandKind::ReceiveTransfer, t, { received(1) });
    const Command receiveRest = step(CommandKind::ReceiveTransfer, t, { received(2) });
    const Command close = step(CommandKind::CloseTransfer, t);
    const Command cancel = step(CommandKind::CancelTransfer, t);
    const QList<std::pair<QString, QList<Command>>> states {
        { u"REQUESTED"_s, { request(t, 3) } },
        { u"IN_TRANSIT"_s, { request(t, 3), ship } },
        { u"PARTIALLY_RECEIVED"_s, { request(t, 3), ship, receiveSome } },
        { u"RECEIVED"_s, { request(t, 3), ship, receiveSome, receiveRest } },
        { u"CLOSED"_s, { request(t, 3), ship, close } },
        { u"CANCELLED"_s, { request(t, 3), cancel } },
    };
    // What each verb does from each status: the status it leads to, or 409.
    const QHash<QString, QStringList> after {
        { u"REQUESTED"_s, { u"IN_TRANSIT"_s, u""_s, u""_s, u"CANCELLED"_s } },
        { u"IN_TRANSIT"_s, { u""_s, u"PARTIALLY_RECEIVED"_s, u"CLOSED"_s, u""_s } },
        { u"PARTIALLY_RECEIVED"_s, { u""_s, u"RECEIVED"_s, u"CLOSED"_s, u""_s } },
        { u"RECEIVED"_s, { u""_s, u""_s, u""_s, u""_s } },
        { u"CLOSED"_s, { u""_s, u""_s, u""_s, u""_s } },
        { u"CANCELLED"_s, { u""_s, u""_s, u""_s, u""_s } },
    };
    const QList<std::pair<QString, Command>> verbs {
        { u"ship"_s, ship },
        { u"receive"_s, receiveSome },
        { u"close"_s, close },
        { u"cancel"_s, cancel },
    };
    for (const auto &[name, setup] : states) {
        for (qsizetype v = 0; v < verbs.size(); ++v) {
            const QString next = after.value(name).at(v);
            Command verb = verbs.at(v).second;
            if (name == u"PARTIALLY_RECEIVED"_s && verbs.at(v).first == u"receive"_s)
                verb = receiveRest;
            QTest::addRow("%s × %s", qPrintable(name), qPrintable(verbs.at(v).first))
                << setup << verb << (next.isEmpty() ? 409 : 200) << (next.isEmpty() ? name : next);
        }
    }
}

void TestTransfers::everyStatusAndVerb()
{
    QFETCH(QList<Command>, before);
    QFETCH(Command, verb);
    QFETCH(int, httpStatus);
    QFETCH(QString, statusAfter);
    for (const Command &c : before) {
        const CommandOutcome done = m_db->engine().execute(c);
        QVERIFY2(done.ok(), qPrintable(done.error ? done.error->message() : QString()));
    }
    const qint64 seqBefore = m_db->lastSeq();
    const CommandOutcome outcome = m_db->engine().execute(verb);
    QCOMPARE(outcome.status, httpStatus);
    if (httpStatus == 409) {
        QCOMPARE(outcome.error->code(), ErrorCode::InvalidState);
        QCOMPARE(m_db->lastSeq(), seqBefore); // nothing written, no event
    } else {
        QCOMPARE(m_db->lastSeq(), seqBefore + 1); // one step, one event
    }
    QCOMPARE(Transfer::statusName(status(u"T1"_s)), statusAfter);
    checkInvariants();
}

void TestTransfers::shippingTakesOnlyAvailableUnitsAllLinesOrNone()
{
    // 10 P1 at S1, 4 of them held for a customer: 6 available.
    QVERIFY(m_db->engine().execute(Command::reserve(u"P1"_s, u"S1"_s, 4, u"c"_s)).ok());
    QVERIFY(m_db->engine().execute(request(u"T1"_s, 7, 2)).ok());
    const qint64 seq = m_db->lastSeq();
    const CommandOutcome refused = m_db->engine().execute(step(CommandKind::ShipTransfer, u"T1"_s));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.error->code(), ErrorCode::InsufficientStock);
    QCOMPARE(refused.error->details().value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(m_db->lastSeq(), seq);
    QCOMPARE(m_db->row(u"P2"_s, u"S1"_s).quantity, 10); // the good line did not move either
    QCOMPARE(m_db->row(u"P2"_s, u"S2"_s).incoming, 0);

    const CommandOutcome shipped
        = m_db->engine().execute(step(CommandKind::ShipTransfer, u"T1"_s,
                                      { { u"P1"_s, 0, 6, 0, 0, 0 }, { u"P2"_s, 0, 2, 0, 0, 0 } }));
    QVERIFY(shipped.ok());
    QCOMPARE(m_db->row(u"P1"_s, u"S1"_s).quantity, 4);
    QCOMPARE(m_db->row(u"P1"_s, u"S1"_s).reserved, 4);
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).incoming, 6);
    QCOMPARE(m_db->row(u"P2"_s, u"S2"_s).incoming, 2);
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).quantity, 0);
    checkInvariants();
}

void TestTransfers::aPartialReceiptThenCloseRecordsTheRestAsLost()
{
    QVERIFY(m_db->engine().execute(request(u"T1"_s, 5)).ok());
    QVERIFY(m_db->engine().execute(step(CommandKind::ShipTransfer, u"T1"_s)).ok());
    QVERIFY(m_db->engine()
                .execute(step(CommandKind::ReceiveTransfer, u"T1"_s, { received(2, 1) }))
                .ok());
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).quantity, 2);
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).incoming, 2);
    const CommandOutcome tooMany
        = m_db->engine().execute(step(CommandKind::ReceiveTransfer, u"T1"_s, { received(3) }));
    QCOMPARE(tooMany.status, 409);
    QVERIFY(m_db->engine().execute(step(CommandKind::CloseTransfer, u"T1"_s)).ok());
    const Transfer closed = *TransferStore(m_db->connection()).load(u"T1"_s).value();
    QCOMPARE(closed.status, TransferStatus::Closed);
    QCOMPARE(closed.lines.at(0).received, 2);
    QCOMPARE(closed.lines.at(0).damaged, 1);
    QCOMPARE(closed.lines.at(0).lost, 2);
    QCOMPARE(m_db->row(u"P1"_s, u"S2"_s).incoming, 0);
    QCOMPARE(m_db->row(u"P1"_s, u"S1"_s).quantity, 5);
    // The destination's history: shipped in, received (damage noted), the rest lost.
    auto history = MovementHistory(m_db->connection()).page(u"P1"_s, { .storeId = u"S2"_s }, 1, 50);
    QVERIFY(history);
    QCOMPARE(history->movements.size(), 3);
    QCOMPARE(history->movements.at(0).reason, u"loss"_s);
    QCOMPARE(history->movements.at(0).transferId, u"T1"_s);
    QCOMPARE(history->movements.at(1).reason, u"transfer_in"_s);
    QCOMPARE(history->movements.at(1).delta, 2);
    QCOMPARE(history->movements.at(2).incomingAfter, 5);
    checkInvariants();
}

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
