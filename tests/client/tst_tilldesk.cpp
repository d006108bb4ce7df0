// A till's enrolment and its staff, at the client core against a real server (API.md
// "Terminals and staff"): a manager enrols the till, whose secret only its profile keeps,
// private to its owner; a clerk unlocks it with a PIN and becomes the session's user, and the
// sale they ring up is theirs; the roster of its staff is kept (fetched at each PIN sign-in
// the server answers), and with the server stopped
// the till still tells a right PIN from a wrong one; a revoked till can neither unlock nor
// fetch its staff.
#include "core/client/clientsession.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "httpclient.h"
#include "serverprocess.h"

#include <QFileInfo>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
template<typename T>
std::optional<Result<T>> waitFor(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return std::nullopt;
    return result;
}
} // namespace

class TestTillDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aManagerEnrolsTheTill();
    void aClerkUnlocksWithAPinAndSellsAsThemselves();
    void theRosterUnlocksOffline();
    void aRevokedTillNeitherUnlocksNorFetchesItsStaff();

private:
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientSession> m_session;
};

void TestTillDesk::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->failureReason()));
    m_admin = m_http.login(m_server->url(), u"admin"_s);
    for (const auto &[user, pin] : { std::pair { "clerk-mad", "2468" },
                                     { "manager-mad", "1357" },
                                     { "clerk-bcn", "9999" } }) {
        const HttpResponse set = m_http.send(
            "PUT", m_server->url(u"/api/v1/users/%1/pin"_s.arg(QLatin1StringView(user))),
            QByteArray(R"({"pin":")") + pin + "\"}", m_admin);
        QCOMPARE(set.status, 200);
    }
    m_session = std::make_unique<ClientSession>(m_dir.filePath(u"till.db"_s));
    m_session->setRetryPolicy(1, 2000, 100);
    QVERIFY(m_session->open());
}

void TestTillDesk::aManagerEnrolsTheTill()
{
    TillDesk till(*m_session);
    QVERIFY(!till.credentials().value().has_value());
    QCOMPARE(StaffRoster(*m_session).fetchedAtMs().value(), 0);
    QCOMPARE(StaffRoster(*m_session).verify(u"clerk-mad"_s, u"2468"_s).error().code(),
             ErrorCode::InvalidState);
    // Not enrolled: a PIN has nothing to unlock.
    auto early = waitFor<User>(
        [&](auto done) { till.unlock(u"clerk-mad"_s, u"2468"_s, std::move(done)); });
    QVERIFY(early && !*early);
    QCOMPARE(early->error().code(), ErrorCode::InvalidState);

    std::optional<Result<User>> manager;
    m_session->signIn({ m_server->url() }, u"manager-mad"_s, u"demo"_s,
                      [&](Result<User> u, bool) { manager = u; });
    QVERIFY(QTest::qWaitFor([&] { return manager.has_value(); }, 10'000));
    QVERIFY(manager->ok());
    auto enrolled = waitFor<QJsonObject>([&](auto done) {
        till.enrol(u"MAD-COUNTER-1"_s, u"MAD-001"_s, u"Counter 1"_s, std::move(done));
    });
    QVERIFY(enrolled);
    QVERIFY2(enrolled->ok(), enrolled->ok() ? "" : qPrintable(enrolled->error().message()));
    QVERIFY(!enrolled->value().contains(u"deviceSecret"_s));
    const auto kept = till.credentials();
    QVERIFY(kept.ok() && kept.value().has_value());
    QCOMPARE(kept.value()->deviceId, u"MAD-COUNTER-1"_s);
    QCOMPARE(kept.value()->storeId, u"MAD-001"_s);
    QVERIFY(kept.value()->secret.size() >= 40);
    // The profile that keeps the secret is its owner's alone.
    const QFile::Permissions permissions = QFileInfo(m_dir.filePath(u"till.db"_s)).permissions();
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)));
    // The server lists it, without the secret.
    const HttpResponse listed = m_http.get(m_server->url(u"/api/v1/devices"_s), m_admin);
    QVERIFY(listed.body.contains("MAD-COUNTER-1"));
    QVERIFY(!listed.body.contains(kept.value()->secret.toUtf8()));
}

void TestTillDesk::aClerkUnlocksWithAPinAndSellsAsThemselves()
{
    TillDesk till(*m_session);
    auto wrong = waitFor<User>(
        [&](auto done) { till.unlock(u"clerk-mad"_s, u"0000"_s, std::move(done)); });
    QVERIFY(wrong && !*wrong);
    QCOMPARE(wrong->error().code(), ErrorCode::Unauthenticated);
    QCOMPARE(m_session->user().id, u"manager-mad"_s); // still the manager's session

    auto clerk = waitFor<User>(
        [&](auto done) { till.unlock(u"clerk-mad"_s, u"2468"_s, std::move(done)); });
    QVERIFY(clerk && clerk->ok());
    QCOMPARE(clerk->value().id, u"clerk-mad"_s);
    QCOMPARE(m_session->user().id, u"clerk-mad"_s);
    QCOMPARE(m_session->user().deviceId, u"MAD-COUNTER-1"_s);
    QCOMPARE(m_session->storeId(), u"MAD-001"_s);
    QVERIFY(m_session->tokenExpiresAtMs() > QDateTime::currentMSecsSinceEpoch());
    // A sale with the session's token is the clerk's.
    QCOMPARE(m_http.setStock(m_server->url(), u"PROD-004"_s, u"MAD-001"_s, 3, m_admin), 200);
    std::optional<ApiReply> sold;
    m_session->api().send("POST", u"/api/v1/tickets"_s,
                          { { u"ticketId"_s, u"COUNTER-T-1"_s },
                            { u"storeId"_s, u"MAD-001"_s },
                            { u"lines"_s,
                              QJsonArray { QJsonObject { { u"productId"_s, u"PROD-004"_s },
                                                         { u"quantity"_s, 1 } } } },
                            { u"payment"_s, QJsonObject { { u"method"_s, u"cash"_s } } } },
                          u"COUNTER-T-1"_s, [&](const ApiReply &r) { sold = r; });
    QVERIFY(QTest::qWaitFor([&] { return sold.has_value(); }, 10'000));
    QCOMPARE(sold->status, 201);
    QCOMPARE(sold->body.value(u"seller"_s).toString(), u"clerk-mad"_s);
    // Barcelona's clerk does not work here.
    auto stranger = waitFor<User>(
        [&](auto done) { till.unlock(u"clerk-bcn"_s, u"9999"_s, std::move(done)); });
    QVERIFY(stranger && !*stranger);
    QCOMPARE(m_session->user().id, u"clerk-mad"_s);
}

void TestTillDesk::theRosterUnlocksOffline()
{
    // The clerk's PIN sign-in fetched it already; fetched again here on purpose.
    StaffRoster roster(*m_session);
    QTRY_VERIFY(roster.fetchedAtMs().value() > 0);
    auto fetched = waitFor<int>([&](auto done) { roster.refresh(std::move(done)); });
    QVERIFY(fetched && fetched->ok());
    // Madrid's clerk and manager have PINs; Barcelona's clerk does not work here, the admin
    // has none.
    QCOMPARE(fetched->value(), 2);
    QVERIFY(roster.fetchedAtMs().value() > 0);

    QCOMPARE(m_server->stop(), 0);
    const auto clerk = roster.verify(u"clerk-mad"_s, u"2468"_s);
    QVERIFY(clerk.ok());
    QCOMPARE(clerk.value().id, u"clerk-mad"_s);
    QCOMPARE(clerk.value().storeIds, QStringList { u"MAD-001"_s });
    QCOMPARE(clerk.value().deviceId, u"MAD-COUNTER-1"_s);
    QCOMPARE(roster.verify(u"manager-mad"_s, u"1357"_s).value().role, Role::Manager);
    QCOMPARE(roster.verify(u"clerk-mad"_s, u"1357"_s).error().code(), ErrorCode::Unauthenticated);
    QCOMPARE(roster.verify(u"clerk-bcn"_s, u"9999"_s).error().code(), ErrorCode::Unauthenticated);
    QCOMPARE(roster.verify(u"nobody"_s, u"2468"_s).error().code(), ErrorCode::Unauthenticated);

    // The roster survives the till's restart.
    m_session = std::make_unique<ClientSession>(m_dir.filePath(u"till.db"_s));
    QVERIFY(m_session->open());
    QVERIFY(StaffRoster(*m_session).verify(u"clerk-mad"_s, u"2468"_s).ok());
    QVERIFY(m_server->start());
}

void TestTillDesk::aRevokedTillNeitherUnlocksNorFetchesItsStaff()
{
    QVERIFY(m_session->resume({ m_server->url() }).ok());
    QCOMPARE(m_http.send("DELETE", m_server->url(u"/api/v1/devices/MAD-COUNTER-1"_s), {}, m_admin)
                 .status,
             200);
    TillDesk till(*m_session);
    auto refused = waitFor<User>(
        [&](auto done) { till.unlock(u"clerk-mad"_s, u"2468"_s, std::move(done)); });
    QVERIFY(refused && !*refused);
    QCOMPARE(refused->error().code(), ErrorCode::Unauthenticated);
    StaffRoster roster(*m_session);
    auto fetched = waitFor<int>([&](auto done) { roster.refresh(std::move(done)); });
    QVERIFY(fetched && !*fetched);
    QCOMPARE(fetched->error().code(), ErrorCode::Unauthenticated);
}

QTEST_GUILESS_MAIN(TestTillDesk)
#include "tst_tilldesk.moc"
