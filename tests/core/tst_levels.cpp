// Reorder levels on the engine (API.md "Replenishment, counts, reports"): when stock.low is
// sent, as a table of step sequences (down, staying below, up and down again, exactly at min,
// reservations, counts, tickets, levels raised above the stock, transfers shipped away and
// units in transit), each run as single commands (rows written through) and as one batch
// (rows held and written back); validation of levels; the levels CSV; the replenishment plan.
#include "core/engine/levels/replenishmentplanner.h"
#include "core/engine/readmodel.h"
#include "core/protocol/levels/levelcsv.h"
#include "core/protocol/stockrowjson.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
// One step as text: "levels STORE MIN TARGET", "adjust STORE DELTA", "count STORE N",
// "reserve ID N", "cancel ID", "sell N", "request ID N" (S1 → S2), "ship ID", "receive ID N".
Command parseStep(const QString &step)
{
    const QStringList w = step.split(u' ');
    const auto n = [&](int i) { return w.value(i).toLongLong(); };
    Command c;
    if (w[0] == u"levels"_s)
        c = Command::setLevels(u"P1"_s, w[1], n(2), n(3));
    else if (w[0] == u"adjust"_s)
        c = Command::adjust(u"P1"_s, w[1], n(2));
    else if (w[0] == u"count"_s)
        c = Command::count(u"P1"_s, w[1], n(2));
    else if (w[0] == u"reserve"_s)
        c = Command::reserve(u"P1"_s, u"S1"_s, n(2), u"customer"_s, 600, w[1]);
    else if (w[0] == u"cancel"_s)
        c = Command::cancel(w[1]);
    else if (w[0] == u"sell"_s)
        c = Command::sell(u"TK-"_s + w[1], u"S1"_s, { { u"P1"_s, n(1), {}, {}, 0 } });
    else if (w[0] == u"request"_s)
        c = Command::requestTransfer(w[1], u"S1"_s, u"S2"_s, { { u"P1"_s, n(2), 0, 0, 0, 0 } });
    else if (w[0] == u"ship"_s)
        c = Command::transferStep(CommandKind::ShipTransfer, w[1]);
    else if (w[0] == u"receive"_s)
        c = Command::transferStep(CommandKind::ReceiveTransfer, w[1],
                                  { { u"P1"_s, 0, 0, n(2), 0, 0 } });
    return c.by(u"manager"_s);
}
} // namespace

class TestLevels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lowIsSentOncePerCrossing_data();
    void lowIsSentOncePerCrossing();
    void levelsAreValidated_data();
    void levelsAreValidated();
    void levelsTravelWithTheRow();
    void csvImportChecksEveryLine();
    void csvExportReadsBack();
    void replenishmentNeedsAndSources();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestLevels::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10)).ok());
}

void TestLevels::lowIsSentOncePerCrossing_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("lowAt"); // the store of each stock.low, in order
    QTest::addColumn<bool>("batched");
    const QList<std::tuple<const char *, QStringList, QStringList>> rows {
        { "down", { u"levels S1 5 10"_s, u"adjust S1 -6"_s }, { u"S1"_s } },
        { "staying below is quiet",
          { u"levels S1 5 10"_s, u"adjust S1 -6"_s, u"adjust S1 -1"_s, u"adjust S1 -1"_s },
          { u"S1"_s } },
        { "down, up, down again",
          { u"levels S1 5 10"_s, u"adjust S1 -6"_s, u"adjust S1 3"_s, u"adjust S1 -3"_s },
          { u"S1"_s, u"S1"_s } },
        { "exactly at min is not low", { u"levels S1 5 10"_s, u"adjust S1 -5"_s }, {} },
        { "one below exactly min is",
          { u"levels S1 5 10"_s, u"adjust S1 -5"_s, u"adjust S1 -1"_s },
          { u"S1"_s } },
        { "back to exactly min re-arms",
          { u"levels S1 5 10"_s, u"adjust S1 -6"_s, u"adjust S1 1"_s, u"adjust S1 -1"_s },
          { u"S1"_s, u"S1"_s } },
        { "a reservation takes it below", { u"levels S1 5 10"_s, u"reserve R1 6"_s }, { u"S1"_s } },
        { "cancelled and reserved again",
          { u"levels S1 5 10"_s, u"reserve R1 6"_s, u"cancel R1"_s, u"reserve R2 6"_s },
          { u"S1"_s, u"S1"_s } },
        { "a count", { u"levels S1 5 10"_s, u"count S1 3"_s }, { u"S1"_s } },
        { "a ticket", { u"levels S1 5 10"_s, u"sell 6"_s }, { u"S1"_s } },
        { "min raised above the stock", { u"levels S1 12 20"_s }, { u"S1"_s } },
        { "min raised while already low is quiet",
          { u"levels S1 12 20"_s, u"levels S1 15 20"_s },
          { u"S1"_s } },
        { "levels removed, then set again",
          { u"levels S1 12 20"_s, u"levels S1 0 0"_s, u"levels S1 12 20"_s },
          { u"S1"_s, u"S1"_s } },
        { "no levels, no alert", { u"adjust S1 -10"_s }, {} },
        { "shipped away", { u"levels S1 5 10"_s, u"request T1 6"_s, u"ship T1"_s }, { u"S1"_s } },
        { "requested only is no crossing", { u"levels S1 5 10"_s, u"request T1 6"_s }, {} },
        { "units in transit are not available",
          { u"levels S2 5 10"_s, u"request T1 6"_s, u"ship T1"_s, u"receive T1 6"_s,
            u"adjust S2 -2"_s },
          { u"S2"_s, u"S2"_s } },
        { "received short stays low",
          { u"levels S2 5 10"_s, u"request T1 4"_s, u"ship T1"_s, u"receive T1 4"_s,
            u"adjust S2 -1"_s },
          { u"S2"_s } },
    };
    for (const auto &[name, steps, lowAt] : rows) {
        QTest::addRow("%s, one by one", name) << steps << lowAt << false;
        QTest::addRow("%s, one batch", name) << steps << lowAt << true;
    }
}

void TestLevels::lowIsSentOncePerCrossing()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, lowAt);
    QFETCH(bool, batched);
    QList<Command> commands;
    for (const QString &step : steps)
        commands << parseStep(step);
    QList<Event> events;
    if (batched) {
        const BatchResult result = m_db->engine().applyBatch(commands);
        QVERIFY(!result.failed);
        for (const CommandOutcome &outcome : result.outcomes)
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error->message()));
        events = result.events;
    } else {
        for (const Command &command : std::as_const(commands)) {
            const BatchResult result = m_db->engine().applyBatch({ command });
            QVERIFY(!result.failed);
            const CommandOutcome &outcome = result.outcomes.constFirst();
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error->message()));
            events << result.events;
        }
    }
    QStringList stores;
    for (const Event &event : std::as_const(events)) {
        if (event.type != QLatin1StringView(eventtype::StockLow))
            continue;
        stores << event.storeId;
        // The alert carries the row it is about: below its minimum, and what it needs.
        const QJsonObject data = event.data.object();
        const StockRow row = stockRowFromJson(data, event.productId, event.storeId);
        QVERIFY(row.isLow());
        QCOMPARE(data.value(u"need"_s).toInteger(),
                 std::max<qint64>(0, row.targetLevel - (row.available() + row.incoming)));
    }
    QCOMPARE(stores, lowAt);
    QCOMPARE(m_db->violations(), QStringList());
}

void TestLevels::levelsAreValidated_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<QString>("field");
    QTest::newRow("both zero") << qint64(0) << qint64(0) << QString();
    QTest::newRow("equal") << qint64(4) << qint64(4) << QString();
    QTest::newRow("negative min") << qint64(-1) << qint64(4) << u"min"_s;
    QTest::newRow("target below min") << qint64(5) << qint64(4) << u"target"_s;
    QTest::newRow("target too large") << qint64(0) << qint64(1'000'000'001) << u"target"_s;
}

void TestLevels::levelsAreValidated()
{
    QFETCH(qint64, min);
    QFETCH(qint64, target);
    QFETCH(QString, field);
    const auto invalid = Command::setLevels(u"P1"_s, u"S1"_s, min, target).validate();
    QCOMPARE(invalid ? invalid->details().value(u"field"_s).toString() : QString(), field);
}

void TestLevels::levelsTravelWithTheRow()
{
    const CommandOutcome set
        = m_db->engine().execute(Command::setLevels(u"P1"_s, u"S2"_s, 3, 8).by(u"m"_s));
    QVERIFY(set.ok());
    // A store that never stocked the product gets its row, with the levels and version 1.
    const StockRow row = m_db->row(u"P1"_s, u"S2"_s);
    QCOMPARE(row.minLevel, 3);
    QCOMPARE(row.targetLevel, 8);
    QCOMPARE(row.version, 1);
    // Later changes keep them, and every event's row says them (tills read levels from it).
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S2"_s, 9)).ok());
    ReadModel model;
    QVERIFY(model.load(m_db->queries()).ok());
    const StockRow read = model.availability(u"P1"_s, u"S2"_s).constFirst();
    QCOMPARE(read.minLevel, 3);
    QCOMPARE(read.targetLevel, 8);
    auto events = m_db->queries().eventsSince(0, 100);
    QVERIFY(events.ok());
    const Event last = events->constLast();
    QCOMPARE(last.type, QString::fromLatin1(eventtype::StockAdjusted));
    QCOMPARE(last.data.object().value(u"min"_s).toInteger(), 3);
    QCOMPARE(last.data.object().value(u"target"_s).toInteger(), 8);
    // Levels are no movement of units: the history does not list them.
    auto moves = m_db->connection().integerRow(
        u"SELECT COUNT(*) FROM movements WHERE product_id = 'P1' AND store_id = 'S2'"_s, {});
    QVERIFY(moves.ok());
    QCOMPARE(moves.value()->constFirst(), 1);
    QCOMPARE(m_db->violations(), QStringList());
}

void TestLevels::csvImportChecksEveryLine()
{
    const auto product = [](const QString &code) -> std::optional<QString> {
        if (code == u"P1"_s || code == u"SKU-1"_s)
            return u"P1"_s;
        if (code == u"P2"_s)
            return u"P2"_s;
        return std::nullopt;
    };
    const auto store = [](const QString &id) { return id == u"S1"_s || id == u"S2"_s; };

    auto good = LevelCsv::parse(u"store,product,sku,name,min,target\r\n"
                                "S1,SKU-1,x,\"Name, with comma\",2,6\r\n"
                                "S2,P2,,,0,0\r\n\r\n"_s,
                                {}, product, store);
    QVERIFY(good.ok());
    QCOMPARE(good->size(), 2);
    QCOMPARE(good->at(0).productId, u"P1"_s);
    QCOMPARE(good->at(0).minLevel, 2);
    QCOMPARE(good->at(0).targetLevel, 6);
    QCOMPARE(good->at(1).storeId, u"S2"_s);

    // The store from the route; columns in any order.
    auto routed = LevelCsv::parse(u"target,min,product\n9,3,P2\n"_s, u"S1"_s, product, store);
    QVERIFY(routed.ok());
    QCOMPARE(routed->constFirst().storeId, u"S1"_s);
    QCOMPARE(routed->constFirst().targetLevel, 9);

    auto bad = LevelCsv::parse(u"store,product,min,target\n"
                               "S1,P1,2,6\n"
                               "S9,P1,2,6\n"
                               "S1,NOPE,2,6\n"
                               "S1,P2,x,6\n"
                               "S1,P2,7,6\n"
                               "S1,P1,1,1\n"
                               "S1,P2\n"_s,
                               {}, product, store);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), ErrorCode::ValidationFailed);
    QStringList errors;
    for (const QJsonValue &e : bad.error().details().value(u"errors"_s).toArray())
        errors << e.toString();
    QCOMPARE(errors.size(), 6);
    QVERIFY2(errors.at(0).startsWith(u"line 3: there is no store 'S9'"_s), qPrintable(errors[0]));
    QVERIFY2(errors.at(1).startsWith(u"line 4: there is no product 'NOPE'"_s),
             qPrintable(errors[1]));
    QVERIFY2(errors.at(2).startsWith(u"line 5:"_s), qPrintable(errors[2]));
    QVERIFY2(errors.at(3).startsWith(u"line 6: target"_s), qPrintable(errors[3]));
    QVERIFY2(errors.at(4).startsWith(u"line 7: product 'P1' at store 'S1' appears earlier"_s),
             qPrintable(errors[4]));
    QVERIFY2(errors.at(5).startsWith(u"line 8: 2 fields"_s), qPrintable(errors[5]));

    auto noColumns = LevelCsv::parse(u"sku,min\nP1,2\n"_s, u"S1"_s, product, store);
    QVERIFY(!noColumns.ok());
    QCOMPARE(noColumns.error().details().value(u"errors"_s).toArray().size(), 2);
    auto otherStore
        = LevelCsv::parse(u"store,product,min,target\nS2,P1,1,2\n"_s, u"S1"_s, product, store);
    QVERIFY(!otherStore.ok());
}

void TestLevels::csvExportReadsBack()
{
    const QByteArray csv
        = LevelCsv::write({ { u"S1"_s, u"P1"_s, u"SKU-1"_s, u"Café \"grande\", 1 kg"_s, 2, 6 } });
    QVERIFY(csv.startsWith("store,product,sku,name,min,target\r\n"));
    auto back = LevelCsv::parse(
        QString::fromUtf8(csv), {},
        [](const QString &c) { return c == u"P1"_s ? std::optional(c) : std::nullopt; },
        [](const QString &) { return true; });
    QVERIFY(back.ok());
    QCOMPARE(back->constFirst().minLevel, 2);
    QCOMPARE(back->constFirst().targetLevel, 6);
}

void TestLevels::replenishmentNeedsAndSources()
{
    // S1 holds 10 of P1 with a target of 4: 6 to spare. S2 is below its min of 5.
    InventoryEngine &engine = m_db->engine();
    for (const Command &c :
         { Command::setLevels(u"P1"_s, u"S1"_s, 2, 4), Command::setLevels(u"P1"_s, u"S2"_s, 5, 12),
           Command::adjust(u"P1"_s, u"S2"_s, 3), Command::setLevels(u"P2"_s, u"S2"_s, 1, 2) })
        QVERIFY(engine.execute(c).ok());
    ReadModel model;
    QVERIFY(model.load(m_db->queries()).ok());
    auto lines = ReplenishmentPlanner(model).plan(u"S2"_s);
    QCOMPARE(lines.size(), 2); // P1 (3 < 5) and P2 (0 < 1)
    QCOMPARE(lines.at(0).row.productId, u"P1"_s);
    QCOMPARE(lines.at(0).need, 9); // 12 − 3
    QCOMPARE(lines.at(0).sourceStoreId, u"S1"_s);
    QCOMPARE(lines.at(0).sourceSurplus, 6);
    QCOMPARE(lines.at(1).row.productId, u"P2"_s);
    QCOMPARE(lines.at(1).need, 2);
    QVERIFY(lines.at(1).sourceStoreId.isEmpty()); // nobody has P2
    // Units requested and not shipped count as on their way.
    lines = ReplenishmentPlanner(model).plan(u"S2"_s, { { u"P1"_s, 7 } });
    QCOMPARE(lines.at(0).requested, 7);
    QCOMPARE(lines.at(0).need, 2);
    // S1 is not low: nothing to reorder there.
    QVERIFY(ReplenishmentPlanner(model).plan(u"S1"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
