// The Availability tab's line for the other stores (issue 29), offscreen, without a server: a
// till that holds every store shows no line; one that holds its own store shows the last
// summary of the others with its time and age, in English and in Spanish; a product the
// summary does not know says so.
#include "ui/availabilitypanel.h"
#include "ui/models/availabilitymodel.h"
#include "ui/session/languagesetup.h"

#include <QLabel>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestAvailabilityPanel : public QObject
{
    Q_OBJECT

private slots:
    void everyStoreHeldShowsNoLine();
    void anUnknownProductSaysSo();
    void ageInWords_data();
    void ageInWords();
    // Last: Spanish stays installed once applied.
    void theSummaryWithItsAge_data();
    void theSummaryWithItsAge();
};

void TestAvailabilityPanel::everyStoreHeldShowsNoLine()
{
    ui::AvailabilityModel model;
    ui::AvailabilityPanel panel(&model);
    panel.show();
    panel.showOthers({ { StockRow { u"PROD-001"_s, u"MAD-001"_s, 4 } }, std::nullopt, false }, 0);
    QVERIFY(!panel.othersLabel()->isVisible());
}

void TestAvailabilityPanel::theSummaryWithItsAge_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << u"en"_s
                        << QStringList { u"Other stores"_s, u"12,345"_s, u"3"_s, u"2 h ago"_s };
    QTest::newRow("es") << u"es"_s
                        << QStringList { u"Otras tiendas"_s, u"12.345"_s, u"3"_s, u"hace 2 h"_s };
}

void TestAvailabilityPanel::theSummaryWithItsAge()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    QVERIFY(ui::LanguageSetup::apply(language));
    ui::AvailabilityModel model;
    ui::AvailabilityPanel panel(&model);
    panel.show();
    const qint64 readAt = 1'800'000'000'000;
    StoreAvailability::Shown shown;
    shown.rows = { StockRow { u"PROD-001"_s, u"MAD-001"_s, 4 } };
    shown.others = OtherStock { 12345, 3, readAt };
    panel.showOthers(shown, readAt + 2 * 3600 * 1000 + 5 * 60 * 1000);
    QVERIFY(panel.othersLabel()->isVisible());
    const QString text = panel.othersLabel()->text();
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(text));
}

void TestAvailabilityPanel::anUnknownProductSaysSo()
{
    QVERIFY(ui::LanguageSetup::apply(u"en"_s));
    ui::AvailabilityModel model;
    ui::AvailabilityPanel panel(&model);
    panel.show();
    StoreAvailability::Shown shown;
    shown.othersUnknown = true;
    panel.showOthers(shown, 0);
    QVERIFY(panel.othersLabel()->isVisible());
    QVERIFY(panel.othersLabel()->text().contains(u"not known"_s));
    panel.showOthers({}, 0); // no product: no line
    QVERIFY(!panel.othersLabel()->isVisible());
}

void TestAvailabilityPanel::ageInWords_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("words");
    QTest::newRow("seconds") << qint64(30'000) << u"less than a minute ago"_s;
    QTest::newRow("minutes") << qint64(12 * 60'000) << u"12 min ago"_s;
    QTest::newRow("hours") << qint64(30 * 3600'000LL) << u"30 h ago"_s;
    QTest::newRow("days") << qint64(3 * 24 * 3600'000LL) << u"3 days ago"_s;
}

void TestAvailabilityPanel::ageInWords()
{
    QFETCH(qint64, ms);
    QFETCH(QString, words);
    QVERIFY(ui::LanguageSetup::apply(u"en"_s));
    QCOMPARE(ui::AvailabilityPanel::age(ms), words);
}

QTEST_MAIN(TestAvailabilityPanel)
#include "tst_availabilitypanel.moc"
