#include "managerscreenshots.h"

#include "core/client/clientsession.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "ui/counts/countingdialog.h"
#include "ui/counts/countlinesmodel.h"
#include "ui/counts/countreviewdialog.h"
#include "ui/counts/countreviewmodel.h"
#include "ui/counts/countspanel.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/models/productnames.h"
#include "ui/reports/dayreportdialog.h"
#include "ui/reports/dayreportmodel.h"
#include "ui/tills/enroltilldialog.h"
#include "ui/tills/lockscreen.h"
#include "ui/tills/tilllock.h"
#include "ui/tills/tillsdialog.h"
#include "ui/window/mainwindow.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::tools {

void shootCounts(ui::MainWindow &window, const std::function<void(QWidget &, QString)> &save,
                 const std::function<void(const char *)> &fail)
{
    ui::CountsPanel *panel = window.counts();
    window.tabs()->setCurrentWidget(panel);
    panel->setScopePrompt([] {
        CountDesk::Scope scope;
        scope.scope = CountScope::Category;
        scope.category = u"Periféricos"_s;
        return std::optional<CountDesk::Scope>(scope);
    });
    panel->openCount();
    if (!QTest::qWaitFor([&] { return panel->countingDialog(); }, 10'000))
        fail("the count was not opened");
    ui::CountingDialog *dialog = panel->countingDialog();
    if (!QTest::qWaitFor([&] { return dialog->model()->rowCount() >= 3; }, 10'000))
        fail("the count's lines did not load");
    // Two products counted (one by scans, one with the pad); a third being scanned.
    const auto product = [&](int row) { return dialog->model()->productIdAt(row); };
    dialog->scan(product(0));
    dialog->scan(product(0));
    dialog->scan(product(0));
    dialog->record();
    dialog->scan(product(1));
    dialog->pressPad(u'1');
    dialog->pressPad(u'2');
    dialog->record();
    if (!QTest::qWaitFor([&] { return dialog->model()->countedLines() >= 2; }, 10'000))
        fail("the entries were not recorded");
    dialog->scan(product(2));
    dialog->scan(product(2));
    save(*dialog, u"pos-counting"_s);
    dialog->record();
    if (!QTest::qWaitFor([&] { return dialog->model()->countedLines() >= 3; }, 10'000))
        fail("the last entry was not recorded");
    dialog->close();
    panel->reviewSelected();
    if (!QTest::qWaitFor([&] { return panel->reviewDialog(); }, 10'000))
        fail("the review did not open");
    ui::CountReviewDialog *review = panel->reviewDialog();
    if (!QTest::qWaitFor([&] { return review->model()->rowCount() >= 3; }, 10'000))
        fail("the review did not load");
    save(*review, u"pos-count-review"_s);
    review->close();
}

void shootDayReport(ui::MainWindow &window, const std::function<void(QWidget &, QString)> &save,
                    const std::function<void(const char *)> &fail)
{
    window.openDayReport();
    ui::DayReportDialog *dialog = window.dayReportDialog();
    if (!dialog)
        fail("the day report did not open");
    if (!QTest::qWaitFor([&] { return dialog->model()->rowCount() > 0; }, 10'000))
        fail("the day report did not load");
    save(*dialog, u"pos-day-report"_s);
    dialog->close();
}

void shootDashboard(ClientSession &session, const std::function<void(QWidget &, QString)> &save,
                    const std::function<void(const char *)> &fail)
{
    ui::ProductNames names(session.cache());
    ui::DashboardPanel dashboard(session, names);
    dashboard.resize(1280, 720);
    QSignalSpy loaded(&dashboard, &ui::DashboardPanel::loaded);
    dashboard.setProduct(u"PROD-007"_s);
    dashboard.show();
    if (!loaded.wait(10'000))
        fail("the dashboard did not load");
    while (loaded.wait(3000)) { }
    save(dashboard, u"pos-dashboard"_s);
}

void shootLock(ui::MainWindow &window, ClientSession &session,
               const std::function<void(QWidget &, QString)> &save,
               const std::function<void(const char *)> &fail)
{
    int pinsSet = 0;
    for (const auto &[user, pin] :
         { std::pair { u"clerk-mad"_s, u"2468"_s }, { u"manager-mad"_s, u"1357"_s } })
        session.api().send("PUT", u"/api/v1/users/%1/pin"_s.arg(user), { { u"pin"_s, pin } }, {},
                           [&pinsSet](const ApiReply &reply) { pinsSet += reply.ok() ? 1 : 0; });
    if (!QTest::qWaitFor([&] { return pinsSet == 2; }, 10'000))
        fail("the PINs were not set");
    {
        // What the manager fills in at File → Enrol this till….
        ui::EnrolTillDialog dialog(session, &window);
        dialog.idField()->setText(u"MAD-COUNTER-1"_s);
        dialog.nameField()->setText(QLocale().language() == QLocale::Spanish ? u"Caja 1"_s
                                                                             : u"Counter 1"_s);
        dialog.show();
        QTest::qWait(50);
        save(dialog, u"pos-enrol"_s);
    }
    bool enrolled = false;
    TillDesk(session).enrol(u"MAD-COUNTER-1"_s, session.storeId(), u"Counter 1"_s,
                            [&enrolled](Result<QJsonObject> till) { enrolled = till.ok(); });
    if (!QTest::qWaitFor([&] { return enrolled; }, 10'000))
        fail("the till was not enrolled");
    int staff = 0;
    StaffRoster(session).refresh(
        [&staff](Result<int> count) { staff = count ? count.value() : -1; });
    if (!QTest::qWaitFor([&] { return staff != 0; }, 10'000) || staff < 2)
        fail("the till's staff were not fetched");
    {
        // File → Tills…: the store's tills as a manager sees them.
        ui::TillsDialog tills(session, &window);
        QSignalSpy loaded(&tills, &ui::TillsDialog::loaded);
        tills.show();
        if (!loaded.wait(10'000))
            fail("the tills were not listed");
        tills.view()->selectRow(0);
        save(tills, u"pos-tills"_s);
    }
    if (!window.tillLock()->lock())
        fail("the window did not lock");
    window.tillLock()->screen()->pinField()->setText(u"24"_s);
    save(window, u"pos-lock"_s);
}

} // namespace inventory::tools
