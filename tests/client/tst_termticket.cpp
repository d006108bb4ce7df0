// The interactive ticket of inventory-term (`ticket` alone) against a real server, driven
// through piped standard input as a script would: lines added by SKU and barcode, edited,
// shown with the Spanish money, charged (all lines or none); a short line keeps the ticket
// open to fix; --json prints JSON; the same at the `inventory>` prompt.
#include "termfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestTermTicket : public TermSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ringUpEditShowAndCharge();
    void linesNamedByNumberSkuBarcodeOrId_data();
    void linesNamedByNumberSkuBarcodeOrId();
    void shortLineKeepsTheTicketOpenToFix();
    void jsonOutputParses_data();
    void jsonOutputParses();
    void chargedTicketShows_data();
    void chargedTicketShows();
    void ticketAtThePromptThenOtherCommands();
    void endOfInputDiscardsAnOpenTicket();

private:
    // inventory-term on the clerk's profile, with script as its standard input (then closed),
    // in Spanish (money as "89,99 €").
    TermRun piped(const QStringList &args, const QByteArray &script);
    void setStock(const QString &product, qint64 quantity);
    // The JSON objects among the lines printed (after a prompt, if one precedes them).
    static QList<QJsonObject> jsonObjects(const QByteArray &out);
    // "89,99 €" as the Spanish locale writes it (a no-break space before the sign).
    static QByteArray euros(const char *amount)
    {
        return QByteArray(amount) + QString(u"\u00A0€"_s).toUtf8();
    }

    QStringList m_clerk;
};

void TestTermTicket::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_clerk = signedIn(u"ticket"_s);
}

TermRun TestTermTicket::piped(const QStringList &args, const QByteArray &script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"es_ES.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(INVENTORY_TERM_BINARY), m_clerk + args);
    if (!process.waitForStarted(10'000))
        return {};
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestTermTicket::setStock(const QString &product, qint64 quantity)
{
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), product, u"MAD-001"_s, quantity,
                                       m_fixture.m_admin),
             200);
    QCOMPARE(serverRow(product, u"MAD-001"_s, u"available"_s), quantity);
}

QList<QJsonObject> TestTermTicket::jsonObjects(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype start = line.indexOf('{');
        if (start < 0)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line.mid(start));
        if (document.isObject())
            objects << document.object();
    }
    return objects;
}

void TestTermTicket::ringUpEditShowAndCharge()
{
    setStock(u"PROD-011"_s, 10);
    setStock(u"PROD-013"_s, 10);
    setStock(u"PROD-002"_s, 10);
    const TermRun run = piped({ u"ticket"_s },
                              "add CAN-PIX-TS-011\n" // PROD-011 by SKU, 69,00 €
                              "add 8400000014441\n" // PROD-013 by barcode, 64,99 €
                              "add LOG-M185-002 3\n" // PROD-002 by SKU, 29,99 €
                              "add 8400000013703\n" // PROD-011 again, by barcode: 2 units
                              "qty LOG-C920-013 2\n"
                              "remove 3\n"
                              "show\n"
                              "charge --payment card\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains("added line 1: 2 × Impresora Canon PIXMA TS5350, " + euros("138,00")),
             run.out.constData());
    QVERIFY2(run.out.contains("ticket (6 items, " + euros("292,96") + ")> "), run.out.constData());
    QVERIFY2(run.out.contains("removed line 3: Mouse Logitech M185"), run.out.constData());
    // show: each line with its units available here, then the total and the item count.
    QVERIFY2(run.out.contains("total " + euros("267,98") + " (4 items)"), run.out.constData());
    for (const QByteArray &cell : { euros("64,99"), euros("129,98"), QByteArray("Available") })
        QVERIFY2(run.out.contains(cell), cell.constData());
    QVERIFY2(run.out.contains("charged: ticket MAD-001-"), run.out.constData());
    QVERIFY2(run.out.contains(", total " + euros("267,98")), run.out.constData());
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 8);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"quantity"_s), 8);
    QCOMPARE(serverRow(u"PROD-002"_s, u"MAD-001"_s, u"quantity"_s), 10); // removed: not sold
}

void TestTermTicket::linesNamedByNumberSkuBarcodeOrId_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("line number") << QByteArray("2");
    QTest::newRow("#line number") << QByteArray("#2");
    QTest::newRow("SKU") << QByteArray("LOG-C920-013");
    QTest::newRow("barcode") << QByteArray("8400000014441");
    QTest::newRow("id") << QByteArray("PROD-013");
}

void TestTermTicket::linesNamedByNumberSkuBarcodeOrId()
{
    QFETCH(QByteArray, name);
    const TermRun run = piped({ u"ticket"_s },
                              "add PROD-011\nadd PROD-013\nqty " + name + " 3\nshow --json\nremove "
                                  + name + "\nshow --json\ncancel\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains("ticket discarded (1 item): nothing was sold"), run.out.constData());
    const QList<QJsonObject> shown = jsonObjects(run.out);
    QCOMPARE(shown.size(), 2);
    const QJsonArray before = shown.at(0).value(u"lines"_s).toArray();
    QCOMPARE(before.size(), 2);
    QCOMPARE(before.at(1)[u"productId"_s].toString(), u"PROD-013"_s);
    QCOMPARE(before.at(1)[u"quantity"_s].toInteger(), 3);
    QCOMPARE(shown.at(0).value(u"items"_s).toInteger(), 4);
    const QJsonArray after = shown.at(1).value(u"lines"_s).toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0)[u"productId"_s].toString(), u"PROD-011"_s);
}

void TestTermTicket::shortLineKeepsTheTicketOpenToFix()
{
    setStock(u"PROD-012"_s, 2);
    setStock(u"PROD-008"_s, 5);
    const TermRun run = piped({ u"ticket"_s },
                              "add JBL-FLIP6-012 5\n"
                              "add PROD-008\n"
                              "charge\n"
                              "show\n"
                              "qty JBL-FLIP6-012 2\n"
                              "charge\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("nothing was sold: these lines lack stock"), run.err.constData());
    QVERIFY2(run.err.contains("line 1, PROD-012 Altavoz JBL Flip 6: 5 requested, 2 available"),
             run.err.constData());
    QVERIFY2(run.err.contains("the ticket stays open"), run.err.constData());
    QVERIFY2(run.out.contains("2 (short)"), run.out.constData()); // show after the refusal
    QVERIFY2(run.out.contains("charged: ticket "), run.out.constData());
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s), 0);
    QCOMPARE(serverRow(u"PROD-008"_s, u"MAD-001"_s, u"quantity"_s), 4);
}

void TestTermTicket::jsonOutputParses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("documents");
    // Whether stdout holds JSON alone (no prompts), one document a line.
    QTest::addColumn<bool>("onlyJson");
    QTest::newRow("show --json") << QStringList { u"ticket"_s }
                                 << QByteArray("add PROD-009 2\nshow --json\ncancel\n") << 1
                                 << false;
    QTest::newRow("charge --json")
        << QStringList { u"ticket"_s } << QByteArray("add PROD-009\ncharge --json\n") << 1 << false;
    QTest::newRow("ticket --json")
        << QStringList { u"ticket"_s, u"--json"_s }
        << QByteArray("add PROD-009\nadd PROD-009\nshow\nnonsense\ncharge --payment cash\n") << 5
        << true;
}

void TestTermTicket::jsonOutputParses()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, script);
    QFETCH(int, documents);
    QFETCH(bool, onlyJson);
    setStock(u"PROD-009"_s, 10);
    const TermRun run = piped(args, script);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> objects = jsonObjects(run.out);
    QCOMPARE(objects.size(), documents);
    if (onlyJson) {
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), documents);
        for (const QByteArray &line : lines)
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        QCOMPARE(objects.at(3).value(u"error"_s)[u"code"_s].toString(), u"VALIDATION_FAILED"_s);
    }
    const QJsonObject last = objects.last();
    if (script.contains("charge")) {
        QVERIFY(last.value(u"ticketId"_s).toString().startsWith(u"MAD-001-"_s));
        QCOMPARE(last.value(u"storeId"_s).toString(), u"MAD-001"_s);
        QVERIFY(last.value(u"total"_s).toDouble() > 0);
    } else {
        const QJsonObject line = last.value(u"lines"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"productId"_s).toString(), u"PROD-009"_s);
        QCOMPARE(line.value(u"quantity"_s).toInteger(), 2);
        QCOMPARE(line.value(u"unitPrice"_s).toDouble(), 79.5);
        QCOMPARE(line.value(u"available"_s).toInteger(), 10);
        QCOMPARE(last.value(u"total"_s).toDouble(), 159.0);
    }
}

void TestTermTicket::chargedTicketShows_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("ticket show ID") << QStringList { u"ticket"_s, u"show"_s };
    QTest::newRow("ticket ID") << QStringList { u"ticket"_s };
}

void TestTermTicket::chargedTicketShows()
{
    QFETCH(QStringList, command);
    setStock(u"PROD-010"_s, 10);
    const TermRun charged = piped({ u"ticket"_s }, "add TPL-ARCH-C6-010 2\ncharge --json\n");
    QVERIFY2(charged.exitCode == 0, charged.err.constData());
    const QString id = jsonObjects(charged.out).value(0).value(u"ticketId"_s).toString();
    QVERIFY2(!id.isEmpty(), charged.out.constData());
    const TermRun shown = piped(command << id, {});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY2(shown.out.contains("ticket " + id.toUtf8()), shown.out.constData());
    QVERIFY2(shown.out.contains("2 × Router TP-Link Archer C6"), shown.out.constData());
    QVERIFY2(shown.out.contains("total " + euros("91,98")), shown.out.constData());
    QCOMPARE(piped({ u"ticket"_s, u"show"_s, id, u"extra"_s }, {}).exitCode, 2);
}

void TestTermTicket::ticketAtThePromptThenOtherCommands()
{
    setStock(u"PROD-014"_s, 7);
    // No command: the prompt, with a ticket opened, charged, and then the prompt again.
    const TermRun run = piped({},
                              "ticket\n"
                              "add ANK-PB10K-014 3\n"
                              "help\n"
                              "charge\n"
                              "stock PROD-014 --store MAD-001 --json\n"
                              "quit\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("ticket (3 items, " + euros("77,97") + ")> "), run.out.constData());
    QVERIFY2(run.out.contains("In the ticket:"), run.out.constData());
    QVERIFY2(run.out.contains("charged: ticket "), run.out.constData());
    // The line after the charge went back to the prompt: the term's own stock command.
    const QList<QJsonObject> objects = jsonObjects(run.out);
    QVERIFY(!objects.isEmpty());
    const QJsonObject row = objects.last().value(u"stores"_s).toArray().at(0).toObject();
    QCOMPARE(row.value(u"quantity"_s).toInteger(), 4);
    QCOMPARE(serverRow(u"PROD-014"_s, u"MAD-001"_s, u"quantity"_s), 4);
}

void TestTermTicket::endOfInputDiscardsAnOpenTicket()
{
    setStock(u"PROD-015"_s, 3);
    const TermRun run = piped({ u"ticket"_s }, "add PROD-015\nadd PROD-015\n");
    QCOMPARE(run.exitCode, 1); // nothing was sold
    QVERIFY2(run.out.contains("ticket discarded (2 items): nothing was sold"), run.out.constData());
    QCOMPARE(serverRow(u"PROD-015"_s, u"MAD-001"_s, u"quantity"_s), 3);
    const TermRun empty = piped({ u"ticket"_s }, "done\n");
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(!empty.out.contains("discarded"), empty.out.constData());
}

QTEST_GUILESS_MAIN(TestTermTicket)
#include "tst_termticket.moc"
