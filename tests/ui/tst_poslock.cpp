// The POS lock screen against a real server (offscreen): a till that is not enrolled does not
// lock; an enrolled one locks on Ctrl+L and after its idle time, covering the window with every
// other action off; a wrong PIN keeps it locked; another person's PIN switches the session to
// them (typed, or on the number pad); with the server stopped the person signed in unlocks
// with their PIN and switching to someone else waits for the server.
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "posfixture.h"
#include "ui/tills/idlelock.h"
#include "ui/tills/lockscreen.h"
#include "ui/tills/staffmodel.h"
#include "ui/tills/tilllock.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aTillThatIsNotEnrolledDoesNotLock();
    void ctrlLLocksAndAnotherPinSwitches();
    void theIdleTimeLocksAndTheNumberPadUnlocks();
    void offlineTheSamePersonUnlocks();

private:
    ui::TillLock &lock() { return *m_pos.window().tillLock(); }
    ui::LockScreen &screen() { return *lock().screen(); }
    void choose(const QString &userId)
    {
        auto *model = static_cast<ui::StaffModel *>(screen().staffView()->model());
        screen().staffView()->setCurrentIndex(model->index(model->rowOf(userId)));
    }
    void typePin(const QString &pin)
    {
        QTest::keyClicks(screen().pinField(), pin);
        QTest::keyClick(screen().pinField(), Qt::Key_Return);
    }
    QAction *chargeAction()
    {
        for (QAction *a : m_pos.window().findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(u"F12"_s))
                return a;
        return nullptr;
    }

    PosFixture m_pos;
};

void TestPosLock::initTestCase()
{
    QVERIFY(m_pos.startServer());
    for (const auto &[user, pin] :
         { std::pair { "clerk-mad", "2468" }, { "manager-mad", "1357" } }) {
        const HttpResponse set = m_pos.http().send(
            "PUT", m_pos.server().url(u"/api/v1/users/%1/pin"_s.arg(QLatin1StringView(user))),
            QByteArray(R"({"pin":")") + pin + "\"}", m_pos.adminToken());
        QCOMPARE(set.status, 200);
    }
}

void TestPosLock::aTillThatIsNotEnrolledDoesNotLock()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    QSignalSpy refused(&lock(), &ui::TillLock::notEnrolled);
    lock().action()->trigger();
    QCOMPARE(refused.size(), 1);
    QVERIFY(!lock().isLocked());
    QVERIFY(chargeAction() && chargeAction()->isEnabled());
}

void TestPosLock::ctrlLLocksAndAnotherPinSwitches()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    std::optional<Result<QJsonObject>> enrolled;
    TillDesk(m_pos.session())
        .enrol(u"POS-TILL-1"_s, u"MAD-001"_s, u"Counter 1"_s,
               [&](Result<QJsonObject> r) { enrolled = r; });
    QTRY_VERIFY(enrolled.has_value());
    QVERIFY(enrolled->ok());
    std::optional<Result<int>> fetched;
    StaffRoster(m_pos.session()).refresh([&](Result<int> r) { fetched = r; });
    QTRY_VERIFY(fetched.has_value());
    QCOMPARE(fetched->value(), 2);

    m_pos.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_pos.window()));
    QTest::keyClick(&m_pos.window(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(lock().isLocked());
    // Over the whole window, and nothing else of it works.
    QCOMPARE(screen().geometry(), m_pos.window().rect());
    QVERIFY(!m_pos.window().menuBar()->isEnabled());
    QVERIFY(!chargeAction()->isEnabled());
    QCOMPARE(screen().staffView()->model()->rowCount(), 2);

    choose(u"clerk-mad"_s);
    typePin(u"0000"_s);
    QTRY_VERIFY(!screen().statusLabel()->text().contains(u"Checking"_s));
    QVERIFY(lock().isLocked());
    QCOMPARE(m_pos.session().user().id, u"manager-mad"_s);

    QSignalSpy unlocked(&lock(), &ui::TillLock::unlocked);
    typePin(u"2468"_s);
    QTRY_COMPARE(unlocked.size(), 1);
    QCOMPARE(unlocked.first().first().toString(), u"clerk-mad"_s);
    QVERIFY(!lock().isLocked());
    QCOMPARE(m_pos.session().user().id, u"clerk-mad"_s);
    QCOMPARE(m_pos.session().user().deviceId, u"POS-TILL-1"_s);
    QVERIFY(m_pos.window().findChild<QLabel *>(u"signedIn"_s)->text().contains(u"clerk-mad"_s));
    QVERIFY(m_pos.window().menuBar()->isEnabled());
    QVERIFY(chargeAction()->isEnabled());
}

void TestPosLock::theIdleTimeLocksAndTheNumberPadUnlocks()
{
    QCOMPARE(ui::IdleLock::configuredIdleMs(), 120'000); // the default: two minutes
    lock().idle()->setIdleMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(lock().isLocked(), 5000);
    lock().idle()->setIdleMs(0);
    choose(u"manager-mad"_s);
    for (const QString &digit : { u"1"_s, u"3"_s, u"5"_s, u"7"_s }) {
        QPushButton *key = nullptr;
        for (QPushButton *b : screen().findChildren<QPushButton *>())
            if (b->text() == digit)
                key = b;
        QVERIFY(key);
        QTest::mouseClick(key, Qt::LeftButton);
    }
    QCOMPARE(screen().pinField()->text(), u"1357"_s);
    QTest::mouseClick(screen().findChild<QPushButton *>(u"lockUnlock"_s), Qt::LeftButton);
    QTRY_VERIFY(!lock().isLocked());
    QCOMPARE(m_pos.session().user().id, u"manager-mad"_s);
}

void TestPosLock::offlineTheSamePersonUnlocks()
{
    QCOMPARE(m_pos.server().stop(), 0);
    QVERIFY(lock().lock());
    choose(u"clerk-mad"_s);
    typePin(u"2468"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screen().statusLabel()->text().contains(u"waits for the server"_s),
                             20'000);
    QVERIFY(lock().isLocked());
    QCOMPARE(m_pos.session().user().id, u"manager-mad"_s);
    choose(u"manager-mad"_s);
    typePin(u"1111"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!screen().statusLabel()->text().contains(u"Checking"_s), 20'000);
    QVERIFY(lock().isLocked());
    typePin(u"1357"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!lock().isLocked(), 20'000);
    QCOMPARE(m_pos.session().user().id, u"manager-mad"_s);
    QVERIFY(m_pos.server().start());
}

QTEST_MAIN(TestPosLock)
#include "tst_poslock.moc"
