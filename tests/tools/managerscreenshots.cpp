#include "managerscreenshots.h"

#include "core/client/clientsession.h"
#include "ui/counts/countingdialog.h"
#include "ui/counts/countlinesmodel.h"
#include "ui/counts/countreviewdialog.h"
#include "ui/counts/countreviewmodel.h"
#include "ui/counts/countspanel.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/mainwindow.h"
#include "ui/models/productnames.h"
#include "ui/reports/dayreportdialog.h"
#include "ui/reports/dayreportmodel.h"

#include <QTabWidget>
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

} // namespace inventory::tools
