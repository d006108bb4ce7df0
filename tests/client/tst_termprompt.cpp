// The inventory-term prompt against a real server: options per line, its own help, a watch
// that stops without leaving the prompt, two processes on one profile, suggestions for a
// name, and server errors as sentences.
#include "core/client/clientsession.h"
#include "core/domain/timestamp.h"
#include "promptprocess.h"
#include "termfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestTermPrompt : public TermSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void promptTakesOptionsLikeTheCommandLine();
    void promptHelpListsItsOwnCommands();
    void watchAtThePromptStopsAndThePromptStays();
    void twoProcessesOnOneProfileBothKeepWorking();
    void unknownProductSuggestsMatches();
    void serverErrorsReadAsSentences();
};

void TestTermPrompt::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestTermPrompt::promptTakesOptionsLikeTheCommandLine()
{
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-012"_s, u"MAD-001"_s, 20,
                                       m_fixture.m_admin),
             200);
    PromptProcess prompt(signedIn(u"prompt-options"_s));
    QVERIFY(prompt.waitForPrompt());
    const qint64 reserved = serverRow(u"PROD-012"_s, u"MAD-001"_s, u"reserved"_s);
    const auto reserve = prompt.type("reserve PROD-012 1 --customer \"Ana García\" --ttl 60");
    QVERIFY2(reserve.out.contains("done: reservation"), reserve.err.constData());
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"reserved"_s), reserved + 1);
    const auto listed = prompt.type("reservations --json");
    const QJsonObject held = QJsonDocument::fromJson(listed.out.split('\n').value(0))
                                 .object()
                                 .value(u"reservations"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(held.value(u"customerId"_s).toString(), u"Ana García"_s);
    QVERIFY(held.value(u"remainingSeconds"_s).toInt() <= 60);

    const auto barcelona = prompt.type("stock PROD-012 --store BCN-001");
    QVERIFY2(barcelona.out.contains("BCN-001") && !barcelona.out.contains("MAD-001"),
             barcelona.out.constData());
    const auto everywhere = prompt.type("stock PROD-012"); // --store held for one line only
    QVERIFY2(everywhere.out.contains("BCN-001") && everywhere.out.contains("MAD-001"),
             everywhere.out.constData());
    const qint64 before = serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s);
    QVERIFY(prompt.type("sell PROD-012 1 --store BCN-001").out.contains("(exit status 1)"));
    QVERIFY(prompt.type("sell PROD-012 1").out.contains("done: PROD-012 at MAD-001"));
    QCOMPARE(serverRow(u"PROD-012"_s, u"MAD-001"_s, u"quantity"_s), before - 1);
    QVERIFY(prompt.type("stock PROD-012 --profile elsewhere").err.contains("--profile"));
    QCOMPARE(prompt.finish(), 0);
}

void TestTermPrompt::promptHelpListsItsOwnCommands()
{
    PromptProcess prompt(signedIn(u"prompt-help"_s));
    QVERIFY(prompt.waitForPrompt());
    const QByteArray help = prompt.type("help").out;
    for (const char *entry : { "history", "!N", "quit", "watch", "sell" })
        QVERIFY2(help.contains(entry), entry);
    QVERIFY(prompt.type("stores").out.contains("MAD-001"));
    QVERIFY(prompt.type("history").out.contains("2  stores"));
    QVERIFY(prompt.type("!2").out.contains("BCN-001"));
    QCOMPARE(prompt.finish(), 0);
}

void TestTermPrompt::watchAtThePromptStopsAndThePromptStays()
{
    PromptProcess prompt(signedIn(u"prompt-watch"_s));
    QVERIFY(prompt.waitForPrompt());
    prompt.send("watch");
    QVERIFY(prompt.waitFor("live:"));
    QVERIFY(prompt.waitFor("type q and Enter, or press Ctrl+C, to stop"));
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-008"_s, u"MAD-001"_s, 77,
                                       m_fixture.m_admin),
             200);
    QVERIFY(prompt.waitFor("PROD-008 Memoria USB SanDisk 64 GB at MAD-001 → quantity 77"));
    QVERIFY(prompt.type("q").err.contains("stopped watching"));
    QVERIFY(prompt.type("stores").out.contains("MAD-001"));

    prompt.send("watch");
    QVERIFY(prompt.waitFor("live:"));
    prompt.send("stock PROD-008"); // no command while watching: a reminder of how to stop
    QVERIFY(prompt.waitFor("watching: type q and Enter, or press Ctrl+C, to stop"));
    prompt.interrupt();
    QVERIFY(prompt.waitFor("stopped watching"));
    QVERIFY(prompt.waitForPrompt());
    QVERIFY(prompt.running());
    QVERIFY(prompt.type("stores").out.contains("MAD-001"));
    QCOMPARE(prompt.finish(), 0);
}

void TestTermPrompt::twoProcessesOnOneProfileBothKeepWorking()
{
    QCOMPARE(m_fixture.m_http.setStock(m_fixture.m_server->url(), u"PROD-009"_s, u"MAD-001"_s, 50,
                                       m_fixture.m_admin),
             200);
    const QStringList shared = signedIn(u"shared"_s);
    PromptProcess prompt(shared);
    QVERIFY(prompt.waitForPrompt());
    QVERIFY(prompt.type("sell PROD-009 1").out.contains("done:"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(term({ u"sell"_s, u"PROD-009"_s, u"1"_s }, u"shared"_s).exitCode, 0);
    const auto sold = prompt.type("sell PROD-009 1");
    QVERIFY2(sold.out.contains("done:"), sold.err.constData());
    const auto listed = prompt.type("reservations");
    QVERIFY2(!listed.err.contains("offline") && !listed.out.contains("exit status"),
             listed.err.constData());
    QVERIFY(prompt.type("reserve PROD-009 1 --customer bea").out.contains("done: reservation"));
    QCOMPARE(term({ u"reserve"_s, u"PROD-009"_s, u"1"_s, u"--customer"_s, u"cris"_s }, u"shared"_s)
                 .exitCode,
             0);
    const auto both = prompt.type("reservations");
    QVERIFY2(both.out.contains("bea") && both.out.contains("cris"), both.out.constData());

    // The POS's session object on the same profile, between writes of the other two.
    ClientSession pos(QDir(shared.last()).filePath(u"profile.db"_s));
    QVERIFY(pos.open().ok());
    QVERIFY(pos.resume({ m_fixture.m_server->url() }).ok());
    QVERIFY(pos.sell(u"PROD-009"_s, 1).ok());
    QCOMPARE(term({ u"sell"_s, u"PROD-009"_s, u"1"_s }, u"shared"_s).exitCode, 0);
    QVERIFY(prompt.type("sell PROD-009 1").out.contains("done:"));
    const auto again = pos.sell(u"PROD-009"_s, 1);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message()));
    std::optional<Status> pushed;
    pos.sync().pushQueue([&](Status s) { pushed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(pushed.has_value(), 30'000);
    QVERIFY(pushed->ok());

    const auto pending = prompt.type("pending --json").out.split('\n').value(0);
    QCOMPARE(QJsonDocument::fromJson(pending).object().value(u"queued"_s).toInt(-1), 0);
    QCOMPARE(serverRow(u"PROD-009"_s, u"MAD-001"_s, u"quantity"_s), 50 - 9);
    QCOMPARE(serverRow(u"PROD-009"_s, u"MAD-001"_s, u"reserved"_s), 2);
    QCOMPARE(prompt.finish(), 0);
}

void TestTermPrompt::unknownProductSuggestsMatches()
{
    signedIn(u"suggest"_s);
    const TermRun stock = term({ u"stock"_s, u"mouse"_s }, u"suggest"_s);
    QCOMPARE(stock.exitCode, 1);
    QVERIFY2(stock.err.contains("no product 'mouse'; did you mean:")
                 && stock.err.contains("PROD-002  Mouse Logitech M185"),
             stock.err.constData());
    for (const QStringList &command :
         { QStringList { u"sell"_s, u"portatil"_s, u"1"_s },
           QStringList { u"receive"_s, u"portatil"_s, u"1"_s },
           QStringList { u"count"_s, u"portatil"_s, u"1"_s },
           QStringList { u"reserve"_s, u"portatil"_s, u"1"_s, u"--customer"_s, u"ana"_s } }) {
        const TermRun run = term(command, u"suggest"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("PROD-016  Portátil Lenovo IdeaPad 3"), run.err.constData());
    }
    QVERIFY(term({ u"stock"_s, u"zzzz"_s }, u"suggest"_s).err.contains("unknown product 'zzzz'"));
    const TermRun whole = term({ u"stock"_s, u"mouse logitech m185"_s }, u"suggest"_s);
    QCOMPARE(whole.exitCode, 0);
    QVERIFY(whole.out.contains("PROD-002 — Mouse Logitech M185"));
}

void TestTermPrompt::serverErrorsReadAsSentences()
{
    signedIn(u"errors"_s);
    const QStringList stale { u"count"_s, u"PROD-013"_s, u"5"_s, u"--expect-version"_s,
                              u"999999"_s };
    const TermRun human = term(stale, u"errors"_s);
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.err.contains("rejected by the server: Someone changed this stock meanwhile")
                 && !human.err.contains("VERSION_CONFLICT"),
             human.err.constData());
    const TermRun script = term(QStringList { u"--json"_s } + stale, u"errors"_s);
    QCOMPARE(script.exitCode, 1);
    QVERIFY(script.json().value(u"reason"_s).toString().startsWith(u"VERSION_CONFLICT"_s));
    const TermRun pending = term({ u"pending"_s }, u"errors"_s);
    QVERIFY2(pending.out.contains("Someone changed this stock meanwhile")
                 && !pending.out.contains("VERSION_CONFLICT"),
             pending.out.constData());
    QVERIFY(term({ u"--json"_s, u"pending"_s }, u"errors"_s).out.contains("VERSION_CONFLICT"));
}

QTEST_GUILESS_MAIN(TestTermPrompt)
#include "tst_termprompt.moc"
