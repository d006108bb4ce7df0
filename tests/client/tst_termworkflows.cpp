// inventory-term's store workflows against a real server: tickets and returns (online and
// queued), transfers between two stores, reorder levels and replenishment, count sessions and
// the day report.
#include "termfixture.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory::test;

class TestTermWorkflows : public TermSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketsFromTheTerminal();
    void transfersFromTheTerminal();
    void levelsAndReplenishment();
    void countsFromTheTerminal();
    void dayReportFromTheTerminal();
    void aTillFromTheTerminal();
};

void TestTermWorkflows::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestTermWorkflows::ticketsFromTheTerminal()
{
    signedIn(u"tickets"_s);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-011"_s, u"MAD-001"_s, 10,
                                       m_fixture.m_admin),
             200);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-013"_s, u"MAD-001"_s, 1,
                                       m_fixture.m_admin),
             200);
    const TermRun sold = term({ u"--json"_s, u"sell-ticket"_s, u"PROD-011:2"_s, u"LOG-C920-013:1"_s,
                                u"--payment"_s, u"cash"_s },
                              u"tickets"_s);
    QCOMPARE(sold.exitCode, 0);
    const QString id = sold.json().value(u"ticketId"_s).toString();
    QVERIFY2(id.startsWith(u"MAD-001-"_s) && id.endsWith(u"-T-000001"_s), qPrintable(id));
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 8);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"quantity"_s), 0);

    // A short line sells nothing and is named; the next ticket gets the next number.
    const TermRun refused
        = term({ u"sell-ticket"_s, u"PROD-011:1"_s, u"PROD-013:1"_s }, u"tickets"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("PROD-013: 1 requested, 0 available"), refused.err.constData());
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 8);
    const TermRun next = term({ u"--json"_s, u"sell-ticket"_s, u"PROD-011:1"_s }, u"tickets"_s);
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.json().value(u"ticketId"_s).toString().endsWith(u"-T-000003"_s), next.out);

    const TermRun list = term({ u"--json"_s, u"tickets"_s, u"--today"_s }, u"tickets"_s);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(u"tickets"_s).toArray().size(), 2);
    const TermRun shown = term({ u"ticket"_s, id }, u"tickets"_s);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Impresora Canon PIXMA TS5350"), shown.out.constData());

    const TermRun back = term({ u"return"_s, id, u"PROD-011:2"_s }, u"tickets"_s);
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 9);
    const TermRun again = term({ u"return"_s, id, u"PROD-011:1"_s }, u"tickets"_s);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("PROD-011: sold 2, returned already 2, now 1"),
             again.err.constData());
    const TermRun damaged
        = term({ u"return"_s, id, u"PROD-013:1"_s, u"--damaged"_s }, u"tickets"_s);
    QCOMPARE(damaged.exitCode, 0);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"quantity"_s), 0);

    // Offline (the server out of reach): the ticket is queued, exit 10, and arrives once.
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    const TermRun offline
        = term({ u"--json"_s, u"sell-ticket"_s, u"PROD-011:3"_s }, u"tickets"_s, dead);
    QCOMPARE(offline.exitCode, 10);
    QVERIFY(offline.json().value(u"queued"_s).toBool());
    const QString queuedId = offline.json().value(u"ticketId"_s).toString();
    QVERIFY2(queuedId.endsWith(u"-T-000004"_s), qPrintable(queuedId));
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 9);
    QCOMPARE(term({ u"sync"_s }, u"tickets"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 6);
    QCOMPARE(term({ u"sync"_s }, u"tickets"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-011"_s, u"MAD-001"_s, u"quantity"_s), 6);
    const TermRun arrived = term({ u"--json"_s, u"ticket"_s, queuedId }, u"tickets"_s);
    QCOMPARE(arrived.exitCode, 0);
    QVERIFY(arrived.json().value(u"offline"_s).toBool());
}

void TestTermWorkflows::transfersFromTheTerminal()
{
    signedIn(u"madrid"_s);
    QCOMPARE(term({ u"--user"_s, u"clerk-bcn"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"barcelona"_s)
                 .exitCode,
             0);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-012"_s, u"BCN-001"_s, 10,
                                       m_fixture.m_admin),
             200);
    const qint64 madrid = serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s);

    const TermRun requested = term({ u"--json"_s, u"transfer"_s, u"request"_s, u"PROD-012:4"_s,
                                     u"--from"_s, u"BCN-001"_s, u"--note"_s, u"for Ana"_s },
                                   u"madrid"_s);
    QCOMPARE(requested.exitCode, 0);
    const QString id = requested.json().value(u"transferId"_s).toString();
    QVERIFY2(id.startsWith(u"MAD-001-"_s), qPrintable(id));
    QCOMPARE(requested.json().value(u"status"_s).toString(), u"REQUESTED"_s);
    QCOMPARE(term({ u"transfer"_s, u"request"_s, u"PROD-012:4"_s }, u"madrid"_s).exitCode, 2);

    const TermRun listed = term(
        { u"--json"_s, u"transfer"_s, u"list"_s, u"--status"_s, u"REQUESTED"_s }, u"barcelona"_s);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().value(u"transfers"_s).toArray().size(), 1);
    // Madrid cannot ship what Barcelona sends.
    QCOMPARE(term({ u"transfer"_s, u"ship"_s, id }, u"madrid"_s).exitCode, 1);
    QCOMPARE(term({ u"transfer"_s, u"ship"_s, id }, u"barcelona"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-012"_s, u"BCN-001"_s, u"quantity"_s), 6);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"incoming"_s), 4);

    const TermRun part
        = term({ u"--json"_s, u"transfer"_s, u"receive"_s, id, u"PROD-012:2:1"_s }, u"madrid"_s);
    QCOMPARE(part.exitCode, 0);
    QCOMPARE(part.json().value(u"status"_s).toString(), u"PARTIALLY_RECEIVED"_s);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s), madrid + 2);

    // The last unit arrives while the server is out of reach: queued, exit 10, received once.
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    const TermRun offline = term({ u"--json"_s, u"transfer"_s, u"receive"_s, id, u"PROD-012:1"_s },
                                 u"madrid"_s, dead);
    QCOMPARE(offline.exitCode, 10);
    QVERIFY(offline.json().value(u"queued"_s).toBool());
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"incoming"_s), 1);
    QCOMPARE(term({ u"sync"_s }, u"madrid"_s).exitCode, 0);
    QCOMPARE(term({ u"sync"_s }, u"madrid"_s).exitCode, 0);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s), madrid + 3);
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"incoming"_s), 0);
    const TermRun shown = term({ u"--json"_s, u"transfer"_s, u"show"_s, id }, u"madrid"_s);
    QCOMPARE(shown.json().value(u"status"_s).toString(), u"RECEIVED"_s);

    const TermRun history = term(
        { u"--json"_s, u"history"_s, u"PROD-012"_s, u"--reason"_s, u"transfer_in"_s }, u"madrid"_s);
    QCOMPARE(history.exitCode, 0);
    const QJsonArray movements = history.json().value(u"movements"_s).toArray();
    QCOMPARE(movements.size(), 3); // shipped (incoming), then two receipts
    QCOMPARE(movements.first().toObject().value(u"delta"_s).toInteger(), 1);
    QCOMPARE(movements.first().toObject().value(u"transferId"_s).toString(), id);
    const TermRun human = term({ u"history"_s, u"PROD-012"_s }, u"madrid"_s);
    QVERIFY2(human.out.contains("Transfer in"), human.out.constData());
}

void TestTermWorkflows::levelsAndReplenishment()
{
    QCOMPARE(term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"manager"_s)
                 .exitCode,
             0);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-013"_s, u"MAD-001"_s, 2,
                                       m_fixture.m_admin),
             200);
    const TermRun set
        = term({ u"--json"_s, u"levels"_s, u"PROD-013"_s, u"5"_s, u"12"_s }, u"manager"_s);
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json().value(u"min"_s).toInteger(), 5);
    QCOMPARE(serverRow(u"PROD-013"_s, u"MAD-001"_s, u"target"_s), 12);
    QCOMPARE(term({ u"levels"_s, u"PROD-013"_s, u"5"_s, u"x"_s }, u"manager"_s).exitCode, 2);
    QCOMPARE(term({ u"levels"_s, u"PROD-013"_s, u"9"_s, u"3"_s }, u"manager"_s).exitCode, 1);
    // A clerk may read what to replenish, not set levels.
    signedIn(u"clerk"_s);
    QCOMPARE(term({ u"levels"_s, u"PROD-013"_s, u"1"_s, u"2"_s }, u"clerk"_s).exitCode, 1);
    const TermRun listed = term({ u"--json"_s, u"replenishment"_s }, u"clerk"_s);
    QCOMPARE(listed.exitCode, 0);
    bool found = false;
    for (const QJsonValue &line : listed.json().value(u"lines"_s).toArray()) {
        const QJsonObject l = line.toObject();
        if (l.value(u"productId"_s).toString() == u"PROD-013"_s) {
            found = true;
            QCOMPARE(l.value(u"available"_s).toInteger(), 2);
            QCOMPARE(l.value(u"need"_s).toInteger(), 10);
        }
    }
    QVERIFY2(found, listed.out.constData());
    const TermRun human = term({ u"replenishment"_s }, u"clerk"_s);
    QVERIFY2(human.out.contains("NEED"), human.out.constData());
}

void TestTermWorkflows::countsFromTheTerminal()
{
    QCOMPARE(term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"manager"_s)
                 .exitCode,
             0);
    signedIn(u"clerk"_s);
    for (const auto &[product, units] : { std::pair { u"PROD-016"_s, 9 }, { u"PROD-004"_s, 5 } })
        QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), product, u"MAD-001"_s, units,
                                           m_fixture.m_admin),
                 200);
    QCOMPARE(term({ u"counts"_s, u"open"_s }, u"manager"_s).exitCode, 2);
    QCOMPARE(term({ u"counts"_s, u"open"_s, u"full"_s }, u"clerk"_s).exitCode, 1);
    const TermRun opened
        = term({ u"--json"_s, u"counts"_s, u"open"_s, u"PROD-016"_s, u"PROD-004"_s }, u"manager"_s);
    QCOMPARE(opened.exitCode, 0);
    const QString id = opened.json().value(u"countId"_s).toString();
    QVERIFY2(!id.isEmpty(), opened.out.constData());
    QCOMPARE(opened.json().value(u"total"_s).toInt(), 2);

    const TermRun entered
        = term({ u"--json"_s, u"counts"_s, u"enter"_s, id, u"PROD-016"_s, u"8"_s }, u"clerk"_s);
    QCOMPARE(entered.exitCode, 0);
    QCOMPARE(entered.json().value(u"total"_s).toInteger(), 8);
    // The server out of reach: the entry is queued (exit 10) and counted once after a sync.
    const QString dead = u"http://127.0.0.1:%1"_s.arg(ServerProcess::freePort());
    const TermRun queued = term({ u"--json"_s, u"counts"_s, u"enter"_s, id, u"PROD-004"_s, u"3"_s },
                                u"clerk"_s, dead);
    QCOMPARE(queued.exitCode, 10);
    QVERIFY(queued.json().value(u"queued"_s).toBool());
    QCOMPARE(term({ u"sync"_s }, u"clerk"_s).exitCode, 0);
    QCOMPARE(term({ u"sync"_s }, u"clerk"_s).exitCode, 0);

    const TermRun review = term({ u"--json"_s, u"counts"_s, u"review"_s, id }, u"manager"_s);
    QCOMPARE(review.exitCode, 0);
    QHash<QString, QJsonObject> lines;
    for (const QJsonValue &v : review.json().value(u"lines"_s).toArray())
        lines.insert(v.toObject().value(u"productId"_s).toString(), v.toObject());
    QCOMPARE(lines.value(u"PROD-016"_s).value(u"variance"_s).toInteger(), -1);
    QCOMPARE(lines.value(u"PROD-004"_s).value(u"counted"_s).toInteger(), 3);
    QCOMPARE(lines.value(u"PROD-004"_s).value(u"variance"_s).toInteger(), -2);
    const TermRun human = term({ u"counts"_s, u"review"_s, id }, u"manager"_s);
    QVERIFY2(human.out.contains("VARIANCE"), human.out.constData());
    QCOMPARE(term({ u"counts"_s, u"apply"_s, id }, u"clerk"_s).exitCode, 1);
    const TermRun applied = term({ u"counts"_s, u"apply"_s, id }, u"manager"_s);
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains("2"), applied.out.constData());
    QCOMPARE(serverRow(u"PROD-016"_s, u"MAD-001"_s, u"quantity"_s), 8);
    QCOMPARE(serverRow(u"PROD-004"_s, u"MAD-001"_s, u"quantity"_s), 3);
    const TermRun listed = term({ u"--json"_s, u"counts"_s, u"list"_s }, u"clerk"_s);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().value(u"counts"_s).toArray().first().toObject().value(u"status"_s),
             u"APPLIED"_s);
}

void TestTermWorkflows::dayReportFromTheTerminal()
{
    QCOMPARE(term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s },
                  u"manager"_s)
                 .exitCode,
             0);
    signedIn(u"clerk"_s);
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-006"_s, u"MAD-001"_s, 5,
                                       m_fixture.m_admin),
             200);
    QCOMPARE(term({ u"sell-ticket"_s, u"PROD-006:2"_s }, u"clerk"_s).exitCode, 0);
    const TermRun json = term({ u"--json"_s, u"report"_s, u"day"_s }, u"manager"_s);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json().value(u"sales"_s).toObject().value(u"units"_s).toInteger() >= 2);
    QCOMPARE(json.json().value(u"date"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
    const TermRun human = term({ u"report"_s, u"day"_s }, u"manager"_s);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("sales by seller"), human.out.constData());
    QVERIFY2(human.out.contains("clerk-mad"), human.out.constData());
    QCOMPARE(term({ u"report"_s, u"day"_s }, u"clerk"_s).exitCode, 1);
    QCOMPARE(term({ u"report"_s, u"week"_s }, u"manager"_s).exitCode, 2);
    QCOMPARE(term({ u"report"_s, u"day"_s, u"4/12/2026"_s }, u"manager"_s).exitCode, 2);
}

void TestTermWorkflows::aTillFromTheTerminal()
{
    QCOMPARE(m_fixture.m_http
                 .send("PUT", m_fixture.m_server->url(u"/api/v1/users/clerk-mad/pin"_s),
                       R"({"pin":"2468"})", m_fixture.m_admin)
                 .status,
             200);
    QCOMPARE(
        term({ u"--user"_s, u"manager-mad"_s, u"--password"_s, u"demo"_s, u"login"_s }, u"till"_s)
            .exitCode,
        0);
    QCOMPARE(term({ u"--json"_s, u"till"_s, u"show"_s }, u"till"_s).json().value(u"enrolled"_s),
             false);
    const TermRun enrolled
        = term({ u"--json"_s, u"till"_s, u"enrol"_s, u"TERM-TILL-1"_s, u"Back"_s, u"office"_s },
               u"till"_s);
    QCOMPARE(enrolled.exitCode, 0);
    QCOMPARE(enrolled.json().value(u"deviceId"_s).toString(), u"TERM-TILL-1"_s);
    QCOMPARE(enrolled.json().value(u"name"_s).toString(), u"Back office"_s);
    QCOMPARE(enrolled.json().value(u"storeId"_s).toString(), u"MAD-001"_s);
    QCOMPARE(enrolled.json().value(u"staff"_s).toInteger(), 1); // clerk-mad has a PIN
    QVERIFY(!enrolled.out.contains("deviceSecret"));
    const QJsonObject shown = term({ u"--json"_s, u"till"_s, u"show"_s }, u"till"_s).json();
    QCOMPARE(shown.value(u"deviceId"_s).toString(), u"TERM-TILL-1"_s);
    QVERIFY(shown.contains(u"staffFetchedAt"_s));
    QCOMPARE(term({ u"till"_s, u"staff"_s }, u"till"_s).exitCode, 0);
    // A clerk does not enrol tills; a bare `till` is a usage error.
    signedIn(u"clerk-till"_s);
    QCOMPARE(
        term({ u"till"_s, u"enrol"_s, u"TERM-TILL-2"_s, u"Front"_s }, u"clerk-till"_s).exitCode, 1);
    QCOMPARE(term({ u"till"_s }, u"till"_s).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTermWorkflows)
#include "tst_termworkflows.moc"
