// The day report in the POS (issue 27), offscreen against a real server: a manager opens
// Reports → Day report, sees the day's tickets added up by category and by seller, exports it
// as CSV and as PDF, and another day reads as another day; a failed read says so in red and
// offers no export.
// INVENTORY_DAYREPORT_SHOT=file saves the dialog.
#include "posfixture.h"
#include "ui/reports/dayreportdialog.h"
#include "ui/reports/dayreportmodel.h"

#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosDayReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDayAddsUpAndExports();
    void anotherDay();
    void aFailedReadIsNoEmptyDay();

private:
    static QString cell(ui::DayReportModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    PosFixture m_pos;
};

void TestPosDayReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    QVERIFY(m_pos.startServer());
    const QByteArray admin = m_pos.adminToken();
    QCOMPARE(m_pos.http().setStock(m_pos.server().url(), u"PROD-005"_s, u"MAD-001"_s, 10, admin),
             200);
    const QByteArray clerk = m_pos.http().login(m_pos.server().url(), u"clerk-mad"_s);
    const HttpResponse sold
        = m_pos.http().post(m_pos.server().url(u"/api/v1/tickets"_s),
                            { { u"ticketId"_s, u"POS-DAY-1"_s },
                              { u"storeId"_s, u"MAD-001"_s },
                              { u"lines"_s,
                                QJsonArray { QJsonObject { { u"productId"_s, u"PROD-005"_s },
                                                           { u"quantity"_s, 3 } } } },
                              { u"payment"_s, QJsonObject { { u"method"_s, u"card"_s } } } },
                            clerk);
    QCOMPARE(sold.status, 201);
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
}

void TestPosDayReport::cleanupTestCase()
{
    m_pos.closeWindow();
}

void TestPosDayReport::theDayAddsUpAndExports()
{
    m_pos.window().openDayReport();
    ui::DayReportDialog *dialog = m_pos.window().dayReportDialog();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ui::DayReportDialog::loaded);
    QVERIFY(loaded.wait(10'000));
    ui::DayReportModel *model = dialog->model();
    const int total = model->rowOf(u"Sales"_s, u"Total"_s);
    QVERIFY(total >= 0);
    QCOMPARE(cell(model, total, ui::DayReportModel::Count), u"1"_s);
    QCOMPARE(cell(model, total, ui::DayReportModel::Units), u"3"_s);
    QCOMPARE(cell(model, total, ui::DayReportModel::Value), u"€1,047.00"_s);
    QCOMPARE(
        cell(model, model->rowOf(u"Sales by category"_s, u"Audio"_s), ui::DayReportModel::Units),
        u"3"_s);
    QVERIFY(model->rowOf(u"Sales by seller"_s, u"clerk-mad"_s) >= 0);
    if (const QString shot = qEnvironmentVariable("INVENTORY_DAYREPORT_SHOT"); !shot.isEmpty())
        QVERIFY(dialog->grab().save(shot));

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"day.csv"_s);
    QVERIFY(dialog->exportCsv(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBF")); // a BOM, for Excel
    QVERIFY(text.contains("Sales by category"));
    QVERIFY(text.contains("Audio"));
    const QString pdfPath = dir.filePath(u"day.pdf"_s);
    QVERIFY(dialog->exportPdf(pdfPath).ok());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestPosDayReport::anotherDay()
{
    ui::DayReportDialog *dialog = m_pos.window().dayReportDialog();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ui::DayReportDialog::loaded);
    dialog->dateField()->setDate(QDate::currentDate().addDays(-3));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(cell(dialog->model(), dialog->model()->rowOf(u"Sales"_s, u"Total"_s),
                  ui::DayReportModel::Units),
             u"0"_s);
    QCOMPARE(dialog->model()->rowOf(u"Sales by category"_s, u"Audio"_s), -1);
}

void TestPosDayReport::aFailedReadIsNoEmptyDay()
{
    ui::DayReportDialog *dialog = m_pos.window().dayReportDialog();
    QVERIFY(dialog);
    QCOMPARE(m_pos.server().stop(), 0);
    QSignalSpy failed(dialog, &ui::DayReportDialog::failed);
    dialog->reload();
    QVERIFY(failed.wait(30'000));
    QVERIFY2(dialog->statusLabel()->text().contains(u"cannot be read"_s),
             qPrintable(dialog->statusLabel()->text()));
    QVERIFY(m_pos.server().start());
}

QTEST_MAIN(TestPosDayReport)
#include "tst_posdayreport.moc"
