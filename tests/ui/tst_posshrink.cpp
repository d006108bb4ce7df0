// The managers' shrink view (issue 26), offscreen: the report's answer parsed (an unreadable one
// is an error, never an empty report), pivoted into a line per store and month with a column per
// reason, and against a real server: write-offs at the counter and at another store show up
// under their reasons, the store filter goes to the server, the CSV holds what is shown, and a
// clerk has no such menu and is refused by the server.
// INVENTORY_SHRINK_SHOT=file.png saves the dialog filled by the real server.
#include "core/client/localcache.h"
#include "core/client/reasons/reasoncatalog.h"
#include "core/client/reports/shrinkquery.h"
#include "core/client/text/eventlabel.h"
#include "csvlines.h"
#include "posfixture.h"
#include "ui/reports/shrinkdialog.h"
#include "ui/reports/shrinkmodel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
QJsonObject row(const QString &store, const QString &month, const QString &reason, qint64 units)
{
    return { { u"storeId"_s, store },
             { u"month"_s, month },
             { u"reason"_s, reason },
             { u"units"_s, units } };
}

QString thisMonth()
{
    return QDateTime::currentDateTimeUtc().date().toString(u"yyyy-MM"_s);
}
} // namespace

class TestPosShrink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unreadableReportsAreErrorsNotEmpty_data();
    void unreadableReportsAreErrorsNotEmpty();
    void aLinePerStoreAndMonthAColumnPerReason();
    void writeOffsShowUnderTheirReasons();
    void aClerkHasNoShrinkView();

private:
    // Units the open dialog shows for a store this month and a reason, once it has loaded.
    qint64 shown(ui::ShrinkDialog &dialog, const QString &store, const QString &reason);
    bool waitForAnswer(ui::ShrinkDialog &dialog);

    PosFixture m_pos;
    QTemporaryDir m_dir;
};

void TestPosShrink::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    QVERIFY(m_pos.startServer());
}

void TestPosShrink::cleanupTestCase()
{
    m_pos.closeWindow();
}

void TestPosShrink::unreadableReportsAreErrorsNotEmpty_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("readable");
    QTest::newRow("empty report") << QJsonObject { { u"rows"_s, QJsonArray() } } << true;
    QTest::newRow("a line") << QJsonObject {
        { u"rows"_s, QJsonArray { row(u"MAD-001"_s, u"2026-11"_s, u"damage"_s, 3) } }
    } << true;
    QTest::newRow("no rows") << QJsonObject { { u"error"_s, u"x"_s } } << false;
    QTest::newRow("rows not a list") << QJsonObject { { u"rows"_s, 3 } } << false;
    QTest::newRow("month not a month") << QJsonObject {
        { u"rows"_s, QJsonArray { row(u"MAD-001"_s, u"2026-13"_s, u"damage"_s, 3) } }
    } << false;
    QTest::newRow("negative units") << QJsonObject {
        { u"rows"_s, QJsonArray { row(u"MAD-001"_s, u"2026-11"_s, u"damage"_s, -1) } }
    } << false;
    QTest::newRow("no store") << QJsonObject {
        { u"rows"_s, QJsonArray { row({}, u"2026-11"_s, u"damage"_s, 1) } }
    } << false;
    QTest::newRow("reason not a code") << QJsonObject {
        { u"rows"_s, QJsonArray { row(u"MAD-001"_s, u"2026-11"_s, u"Box crushed"_s, 1) } }
    } << false;
}

void TestPosShrink::unreadableReportsAreErrorsNotEmpty()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, readable);
    QCOMPARE(ShrinkQuery::parse(body).ok(), readable);
}

void TestPosShrink::aLinePerStoreAndMonthAColumnPerReason()
{
    SystemClock clock;
    auto cache = LocalCache::open(m_dir.filePath(u"pivot.db"_s), clock);
    QVERIFY(cache.ok());
    ApiClient api({ QUrl(u"http://127.0.0.1:9"_s) });
    ReasonCatalog reasons(api, *cache.value());
    ui::ShrinkModel model(reasons);
    model.setStoreNames({ { u"MAD-001"_s, u"Madrid Centro"_s } });
    model.setEntries({ { u"MAD-001"_s, u"2026-10"_s, u"correction"_s, 1 },
                       { u"MAD-001"_s, u"2026-10"_s, u"damage"_s, 2 },
                       { u"MAD-001"_s, u"2026-11"_s, u"theft"_s, 4 },
                       { u"BCN-001"_s, u"2026-11"_s, u"shelf_rot"_s, 5 },
                       { u"MAD-001"_s, u"2026-11"_s, u"damage"_s, 3 } });
    // Damage and theft before a correction (the catalog's order), a code the till does not
    // know last; the total at the end.
    QCOMPARE(model.reasonColumns(),
             QStringList({ u"damage"_s, u"theft"_s, u"correction"_s, u"shelf_rot"_s }));
    QCOMPARE(model.columnCount(), 2 + 4 + 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
             EventLabel::reason(u"damage"_s));
    QCOMPARE(model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString(), u"shelf_rot"_s);
    // By store, newest month first.
    QCOMPARE(model.index(0, ui::ShrinkModel::Store).data().toString(), u"BCN-001"_s);
    QCOMPARE(model.index(1, ui::ShrinkModel::Store).data().toString(),
             u"Madrid Centro (MAD-001)"_s);
    QCOMPARE(model.index(1, ui::ShrinkModel::Month).data().toString(), u"November 2026"_s);
    QCOMPARE(model.index(2, ui::ShrinkModel::Month).data().toString(), u"October 2026"_s);
    QCOMPARE(model.index(1, 2).data().toString(), u"3"_s); // damage in November
    QCOMPARE(model.index(1, 3).data().toString(), u"4"_s); // theft
    QCOMPARE(model.index(1, 4).data().toString(), QString()); // no correction: blank
    QCOMPARE(model.index(1, 6).data().toString(), u"7"_s); // total
    QCOMPARE(model.index(2, 6).data().toString(), u"3"_s);
    QCOMPARE(model.totalUnits(), qint64(15));
    QCOMPARE(model.units(u"MAD-001"_s, u"2026-10"_s, u"damage"_s), qint64(2));
}

bool TestPosShrink::waitForAnswer(ui::ShrinkDialog &dialog)
{
    QSignalSpy loaded(dialog.query(), &ShrinkQuery::loaded);
    QSignalSpy failed(dialog.query(), &ShrinkQuery::failed);
    dialog.reload();
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 10'000)
        && !loaded.isEmpty();
}

qint64 TestPosShrink::shown(ui::ShrinkDialog &dialog, const QString &store, const QString &reason)
{
    return dialog.model()->units(store, thisMonth(), reason);
}

void TestPosShrink::writeOffsShowUnderTheirReasons()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    ui::MainWindow &window = m_pos.window();
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QVERIFY2(menus.contains(u"Reports"_s), qPrintable(menus.join(u", "_s)));
    // Ctrl+Shift+L opens the report of every store over the last twelve months.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ui::ShrinkDialog> dialog = window.shrinkDialog();
    QVERIFY(dialog);
    QVERIFY(waitForAnswer(*dialog));
    const qint64 damageBefore = shown(*dialog, u"MAD-001"_s, u"damage"_s);
    const qint64 theftBefore = shown(*dialog, u"MAD-001"_s, u"theft"_s);
    const qint64 lossBefore = shown(*dialog, u"BCN-001"_s, u"loss"_s);

    // At the counter in Madrid: 2 damaged, 1 stolen; in Barcelona, 3 lost (by the admin).
    ClientSession &session = m_pos.session();
    const qint64 before = m_pos.serverQuantity(u"PROD-003"_s);
    QVERIFY(session.writeOff(u"PROD-003"_s, 2, u"damage"_s, u"dropped"_s).ok());
    QVERIFY(session.writeOff(u"PROD-003"_s, 1, u"theft"_s, {}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(u"PROD-003"_s), before - 3, 10'000);
    QCOMPARE(m_pos.http().setStock(m_pos.server().url(), u"PROD-004"_s, u"BCN-001"_s, 50,
                                   m_pos.adminToken()),
             200);
    QCOMPARE(m_pos.http()
                 .post(m_pos.server().url(u"/api/v1/products/PROD-004/stock"_s),
                       { { u"storeId"_s, u"BCN-001"_s },
                         { u"operation"_s, u"subtract"_s },
                         { u"quantity"_s, 3 },
                         { u"reason"_s, u"loss"_s } },
                       m_pos.adminToken())
                 .status,
             200);

    QVERIFY2(waitForAnswer(*dialog), qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(shown(*dialog, u"MAD-001"_s, u"damage"_s), damageBefore + 2);
    QCOMPARE(shown(*dialog, u"MAD-001"_s, u"theft"_s), theftBefore + 1);
    QCOMPARE(shown(*dialog, u"BCN-001"_s, u"loss"_s), lossBefore + 3);
    QVERIFY(dialog->errorLabel()->isHidden());
    QVERIFY2(dialog->statusLabel()->text().contains(u"lost"_s),
             qPrintable(dialog->statusLabel()->text()));
    if (const QString shot = qEnvironmentVariable("INVENTORY_SHRINK_SHOT"); !shot.isEmpty())
        QVERIFY(dialog->grab().save(shot));

    // Madrid only: the filter goes to the server, Barcelona's lines are gone.
    QSignalSpy loaded(dialog->query(), &ShrinkQuery::loaded);
    dialog->setStore(u"MAD-001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(dialog->model()->rowCount() > 0);
    for (int r = 0; r < dialog->model()->rowCount(); ++r)
        QCOMPARE(dialog->model()->index(r, ui::ShrinkModel::Store).data(Qt::UserRole).toString(),
                 u"MAD-001"_s);
    QCOMPARE(shown(*dialog, u"MAD-001"_s, u"damage"_s), damageBefore + 2);

    // Months before any movement: nothing, said in words.
    dialog->setMonths(QDate(2001, 1, 1), QDate(2001, 3, 1));
    QVERIFY(waitForAnswer(*dialog));
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(dialog->statusLabel()->text().startsWith(u"No units"_s));

    // The CSV holds the lines shown, with the reasons in words.
    dialog->setMonths(QDate::currentDate().addMonths(-1), QDate::currentDate());
    QVERIFY(waitForAnswer(*dialog));
    const QString path = m_dir.filePath(u"shrink.csv"_s);
    QVERIFY(dialog->exportTo(path).ok());
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), 1 + dialog->model()->rowCount());
    QVERIFY2(lines.at(0).contains(u"Store,Month,Damage,Theft"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(u"Total units"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"MAD-001"_s), qPrintable(lines.at(1)));
}

void TestPosShrink::aClerkHasNoShrinkView()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY2(menu->text() != u"Reports"_s, qPrintable(menu->text()));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!window.shrinkDialog());
    // Nor does the server answer a clerk: the dialog says why instead of an empty report.
    ClientSession &session = m_pos.session();
    ui::ShrinkDialog dialog(session.api(), session.cache(), session.reasons());
    QVERIFY(!waitForAnswer(dialog));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY2(dialog.errorLabel()->text().contains(u"could not be read"_s),
             qPrintable(dialog.errorLabel()->text()));
}

QTEST_MAIN(TestPosShrink)
#include "tst_posshrink.moc"
