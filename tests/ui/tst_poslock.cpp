// The POS lock screen against a real server (offscreen): a till that is not enrolled does not
// lock; an enrolled one locks on Ctrl+L and after its idle time, covering the window with every
// other action off; a wrong PIN keeps it locked; another person's PIN switches the session to
// them (typed, or on the number pad), and the ticket in progress stays with its seller; with
// the server stopped another person unlocks against the till's copy of the PINs and sells as
// themselves, and their ticket reaches the server as theirs when it is back.
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "core/domain/clock.h"
#include "posfixture.h"
#include "ui/tickets/ticketmodel.h"
#include "ui/tickets/ticketpanel.h"
#include "ui/tills/enroltilldialog.h"
#include "ui/tills/idlelock.h"
#include "ui/tills/lockscreen.h"
#include "ui/tills/staffmodel.h"
#include "ui/tills/tilllock.h"
#include "ui/tills/tillsdialog.h"
#include "ui/tills/tillsmodel.h"
#include "ui/tills/tillstart.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
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
    void aTicketStaysWithItsSeller();
    void offlineAnotherPersonUnlocksAndSellsAsThemselves();
    void theEnrolledTillStartsLocked();
    void aManagerRevokesATillFromThePos();

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

    ui::TicketPanel &ticket() { return *m_pos.window().findChild<ui::TicketPanel *>(); }
    void addToTicket(const QString &productId, qint64 quantity)
    {
        const auto product = m_pos.session().cache().product(productId);
        QVERIFY(product.ok() && product.value().has_value());
        ticket().addProduct(*product.value(), quantity);
    }

    QTemporaryDir m_settings;
    ManualClock m_idleClock; // outlives the windows whose idle lock reads it
    PosFixture m_pos;
};

void TestPosLock::initTestCase()
{
    // This run's settings, never the user's (the enrolled till's profile is kept there).
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
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
    // The manager enrols the till from the POS (File → Enrol this till…).
    ui::EnrolTillDialog dialog(m_pos.session(), &m_pos.window());
    QSignalSpy enrolled(&dialog, &ui::EnrolTillDialog::enrolled);
    dialog.show();
    QVERIFY(!dialog.idField()->text().isEmpty());
    dialog.idField()->setText(u"POS-TILL-1"_s);
    dialog.accept();
    QVERIFY(dialog.statusLabel()->text().contains(u"name"_s)); // a name is needed
    QVERIFY(enrolled.isEmpty());
    QTest::keyClicks(dialog.nameField(), u"Counter 1"_s);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(enrolled.size(), 1, 10'000);
    QCOMPARE(enrolled.first().first().toString(), u"POS-TILL-1"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto credentials = TillDesk(m_pos.session()).credentials();
    QVERIFY(credentials.ok() && credentials.value().has_value());
    QCOMPARE(credentials.value()->storeId, u"MAD-001"_s);
    // This profile is now the machine's till: the POS starts on it, locked.
    QCOMPARE(ui::EnrolTillDialog::tillProfile(), m_pos.session().profilePath());
    QCOMPARE(StaffRoster(m_pos.session()).people().value().size(), 2);

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
    // Two minutes on the till's clock: not a second less.
    ManualClock &clock = m_idleClock;
    lock().idle()->setClock(clock);
    lock().idle()->setIdleMs(ui::IdleLock::configuredIdleMs());
    QSignalSpy idled(lock().idle(), &ui::IdleLock::idled);
    clock.advance(119'000);
    QVERIFY(!idled.wait(1'200));
    QVERIFY(!lock().isLocked());
    clock.advance(1'000);
    QVERIFY(idled.wait(5'000));
    QVERIFY(lock().isLocked());
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

void TestPosLock::aTicketStaysWithItsSeller()
{
    // The manager rings up a ticket and hands the till over before charging it.
    addToTicket(u"PROD-002"_s, 2);
    QCOMPARE(ticket().model()->itemCount(), 2);
    QVERIFY(lock().lock());
    choose(u"clerk-mad"_s);
    typePin(u"2468"_s);
    QTRY_VERIFY(!lock().isLocked());
    QCOMPARE(ticket().seller(), u"clerk-mad"_s);
    QCOMPARE(ticket().model()->rowCount(), 0);
    addToTicket(u"PROD-003"_s, 1);
    // Back to the manager: their ticket, as they left it; the clerk's waits for the clerk.
    QVERIFY(lock().lock());
    choose(u"manager-mad"_s);
    typePin(u"1357"_s);
    QTRY_VERIFY(!lock().isLocked());
    QCOMPARE(ticket().seller(), u"manager-mad"_s);
    QCOMPARE(ticket().model()->rowCount(), 1);
    QCOMPARE(ticket().model()->lines().first().product.id, u"PROD-002"_s);
    QCOMPARE(ticket().model()->lines().first().quantity, 2);
    ticket().clear();
}

void TestPosLock::offlineAnotherPersonUnlocksAndSellsAsThemselves()
{
    QCOMPARE(m_pos.server().stop(), 0);
    QVERIFY(lock().lock());
    choose(u"manager-mad"_s);
    typePin(u"1111"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!screen().statusLabel()->text().contains(u"Checking"_s), 20'000);
    QVERIFY(lock().isLocked());
    choose(u"clerk-mad"_s);
    typePin(u"2468"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!lock().isLocked(), 20'000);
    QCOMPARE(m_pos.session().user().id, u"clerk-mad"_s);
    QVERIFY(m_pos.session().needsOnlineUnlock());
    // The clerk's parked ticket is back; charged offline, it is queued as the clerk's.
    QCOMPARE(ticket().model()->lines().first().product.id, u"PROD-003"_s);
    QSignalSpy charged(&ticket(), &ui::TicketPanel::charged);
    ticket().charge();
    QTRY_VERIFY_WITH_TIMEOUT(charged.size() == 1, 20'000);
    const QJsonObject receipt = charged.first().first().toJsonObject();
    QVERIFY(receipt.value(u"queued"_s).toBool());
    const QString ticketId = receipt.value(u"ticketId"_s).toString();
    const auto queued = m_pos.session().cache().queued();
    QVERIFY(queued.ok());
    QCOMPARE(queued->last().key, ticketId);
    QCOMPARE(queued->last().actor, u"clerk-mad"_s);
    QCOMPARE(queued->last().deviceId, u"POS-TILL-1"_s);

    QVERIFY(m_pos.server().start());
    QTRY_VERIFY_WITH_TIMEOUT(m_pos.session().cache().queuedCount().value() == 0, 30'000);
    const HttpResponse sold = m_pos.http().get(
        m_pos.server().url(u"/api/v1/tickets/"_s
                           + QString::fromLatin1(QUrl::toPercentEncoding(ticketId))),
        m_pos.adminToken());
    QCOMPARE(sold.status, 200);
    QCOMPARE(sold.json().value(u"seller"_s).toString(), u"clerk-mad"_s);
}

void TestPosLock::theEnrolledTillStartsLocked()
{
    // What the POS does at start on this machine: the till's profile, locked at once.
    std::unique_ptr<ClientSession> session = ui::TillStart::resume({});
    QVERIFY(session);
    QCOMPARE(session->profilePath(), m_pos.session().profilePath());
    QCOMPARE(session->storeId(), u"MAD-001"_s);
    std::unique_ptr<ui::MainWindow> window = ui::TillStart::openLocked(*session);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ui::TillLock &lock = *window->tillLock();
    QVERIFY(lock.isLocked());
    QVERIFY(lock.screen()->isVisible());
    QVERIFY(!window->menuBar()->isEnabled());
    // The clerk's PIN opens it, as the clerk.
    auto *model = static_cast<ui::StaffModel *>(lock.screen()->staffView()->model());
    lock.screen()->staffView()->setCurrentIndex(model->index(model->rowOf(u"clerk-mad"_s)));
    QTest::keyClicks(lock.screen()->pinField(), u"2468"_s);
    QTest::keyClick(lock.screen()->pinField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!lock.isLocked(), 20'000);
    QCOMPARE(session->user().id, u"clerk-mad"_s);
    QVERIFY(window->menuBar()->isEnabled());
    // Without an enrolled till the POS asks for a password as before.
    QSettings().remove(u"till"_s);
    QVERIFY(!ui::TillStart::resume({}));
}

void TestPosLock::aManagerRevokesATillFromThePos()
{
    const HttpResponse spare = m_pos.http().post(m_pos.server().url(u"/api/v1/devices"_s),
                                                 { { u"deviceId"_s, u"POS-TILL-2"_s },
                                                   { u"storeId"_s, u"MAD-001"_s },
                                                   { u"name"_s, u"Spare"_s } },
                                                 m_pos.adminToken());
    QCOMPARE(spare.status, 201);
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    ui::TillsDialog dialog(m_pos.session(), &m_pos.window());
    QStringList asked;
    dialog.setConfirm([&](const QString &question) {
        asked << question;
        return true;
    });
    QSignalSpy loaded(&dialog, &ui::TillsDialog::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10'000);
    ui::TillsModel &model = *dialog.model();
    QCOMPARE(model.rowCount(), 2);
    int spareRow = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.tillAt(row).id == u"POS-TILL-2"_s)
            spareRow = row;
    QVERIFY(spareRow >= 0);
    QCOMPARE(model.index(spareRow, ui::TillsModel::State).data().toString(), u"Active"_s);
    auto *revoke = dialog.findChild<QPushButton *>(u"revokeTill"_s);
    QVERIFY(!revoke->isEnabled()); // nothing chosen yet
    dialog.view()->selectRow(spareRow);
    QVERIFY(revoke->isEnabled());
    QSignalSpy revoked(&dialog, &ui::TillsDialog::revoked);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 1, 10'000);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(u"POS-TILL-2"_s));
    QVERIFY(model.tillAt(spareRow).isRevoked());
    QVERIFY(
        model.index(spareRow, ui::TillsModel::State).data().toString().startsWith(u"Revoked"_s));
    QVERIFY(!revoke->isEnabled());
    // The server agrees; the other till is untouched.
    const QByteArray listed
        = m_pos.http().get(m_pos.server().url(u"/api/v1/devices"_s), m_pos.adminToken()).body;
    QCOMPARE(listed.count("revokedAt"), 1);
}

QTEST_MAIN(TestPosLock)
#include "tst_poslock.moc"
