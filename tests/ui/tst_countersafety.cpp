// The counter never does what the clerk did not mean (offscreen POS against a real server):
// an unknown scan or an empty search arms nothing, the units go back to 1 after every action,
// a count has its own field and asks before a large correction, search ignores accents, the
// keyboard reaches everything, and a 1024×600 screen clips nothing, also with the tablet font.
#include "core/client/reasons/reasoncatalog.h"
#include "core/client/text/eventlabel.h"
#include "posfixture.h"
#include "readok.h"
#include "ui/counterpanel.h"
#include "ui/models/productsearchmodel.h"
#include "ui/writeoffdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestCounterSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unknownBarcodeArmsNothing();
    void searchWithoutResultsSaysSoAndArmsNothing();
    void unitsGoBackToOneAfterEveryAction();
    void countHasItsOwnFieldAndShowsTheDifference();
    void largeCountDifferenceAsksFirst();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void keyboardReachesEveryAction();
    void smallScreenClipsNothing_data();
    void smallScreenClipsNothing();
    void windowSaysWhoIsSignedInWhere();
    void aWriteOffCarriesItsReasonCode();

private:
    QLineEdit *search() { return m_pos.window().findChild<QLineEdit *>(u"search"_s); }
    QTableView *results() { return m_pos.window().findChild<QTableView *>(u"resultsView"_s); }
    int queued() { return readOk(m_pos.session().cache().queuedCount()); }

    PosFixture m_pos;
};

void TestCounterSafety::initTestCase()
{
    QVERIFY(m_pos.startServer());
}

void TestCounterSafety::init()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
}

void TestCounterSafety::cleanup()
{
    m_pos.closeWindow();
}

void TestCounterSafety::unknownBarcodeArmsNothing()
{
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-008"_s);
    QVERIFY(window.counter()->product());
    const qint64 before = m_pos.serverQuantity(u"PROD-008"_s);
    QTest::keyClicks(search(), u"8400000099999"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QVERIFY(!window.counter()->product());
    for (QPushButton *button : window.counter()->actionButtons())
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
    QVERIFY(window.noResultsLabel()->isVisible());
    QVERIFY(window.noResultsLabel()->text().contains(u"8400000099999"_s));
    auto *toast = window.findChild<QLabel *>(u"toast"_s);
    QVERIFY(toast->isVisible() && toast->text().contains(u"8400000099999"_s));
    QTest::keyClick(&window, Qt::Key_F5); // nothing is armed: nothing is sold
    QCOMPARE(queued(), 0);
    QCOMPARE(m_pos.serverQuantity(u"PROD-008"_s), before);
}

void TestCounterSafety::searchWithoutResultsSaysSoAndArmsNothing()
{
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-008"_s);
    QTest::keyClicks(search(), u"xyzzy"_s);
    QCOMPARE(results()->model()->rowCount(), 0);
    QVERIFY(!window.counter()->product());
    QVERIFY(window.noResultsLabel()->isVisible());
    QVERIFY(window.noResultsLabel()->text().contains(u"xyzzy"_s));
    QTest::keyClick(search(), Qt::Key_Return);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(queued(), 0);
    search()->clear();
    QVERIFY(!window.noResultsLabel()->isVisible());
}

void TestCounterSafety::unitsGoBackToOneAfterEveryAction()
{
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-002"_s);
    const qint64 before = m_pos.serverQuantity(u"PROD-002"_s);
    QSpinBox *units = window.counter()->quantityField();
    units->setValue(20);
    QTest::keyClick(&window, Qt::Key_F6); // receive 20
    QCOMPARE(units->value(), 1);
    QTest::keyClick(&window, Qt::Key_F5); // sells 1, not 20
    QCOMPARE(units->value(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(u"PROD-002"_s), before + 19, 10'000);
    // Selecting another product starts from 1 too.
    units->setValue(7);
    window.selectProduct(u"PROD-003"_s);
    QCOMPARE(units->value(), 1);
}

void TestCounterSafety::countHasItsOwnFieldAndShowsTheDifference()
{
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-013"_s);
    const qint64 system = m_pos.serverQuantity(u"PROD-013"_s);
    QVERIFY(system >= 2);
    window.counter()->quantityField()->setValue(5);
    QTest::keyClick(&window, Qt::Key_F7); // no count entered: the units are not a count
    QCOMPARE(queued(), 0);
    QCOMPARE(m_pos.serverQuantity(u"PROD-013"_s), system);
    QVERIFY(window.counter()->countedField()->hasFocus());

    QTest::keyClicks(window.counter()->countedField(), QString::number(system - 1));
    auto *difference = window.counter()->findChild<QLabel *>(u"countDifference"_s);
    QVERIFY2(difference->text().contains(QString::number(system))
                 && difference->text().contains(u"-1"_s),
             qPrintable(difference->text()));
    window.counter()->setConfirmation([](const QString &) {
        qFatal("a difference of one unit needs no confirmation");
        return false;
    });
    QTest::keyClick(&window, Qt::Key_F7);
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(u"PROD-013"_s), system - 1, 10'000);
    QVERIFY(window.counter()->countedField()->text().isEmpty());
    QCOMPARE(window.counter()->quantityField()->value(), 1);
}

void TestCounterSafety::largeCountDifferenceAsksFirst()
{
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-003"_s);
    const qint64 system = m_pos.serverQuantity(u"PROD-003"_s);
    QVERIFY(system >= 20);
    QString asked;
    bool answer = false;
    window.counter()->setConfirmation([&](const QString &question) {
        asked = question;
        return answer;
    });
    QTest::keyClicks(window.counter()->countedField(), u"2"_s);
    QTest::keyClick(&window, Qt::Key_F7);
    QVERIFY2(asked.contains(QString::number(system)) && asked.contains(u"2"_s), qPrintable(asked));
    QCOMPARE(queued(), 0); // declined: nothing recorded
    QCOMPARE(m_pos.serverQuantity(u"PROD-003"_s), system);

    asked.clear();
    answer = true;
    window.counter()->countedField()->setText(u"2"_s);
    QTest::keyClick(&window, Qt::Key_F7);
    QVERIFY(!asked.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_pos.serverQuantity(u"PROD-003"_s), 2, 10'000);
}

void TestCounterSafety::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::newRow("no accent") << u"mecanico"_s << u"PROD-003"_s;
    QTest::newRow("upper case, no accent") << u"PORTATIL"_s << u"PROD-016"_s;
    QTest::newRow("accent typed") << u"batería"_s << u"PROD-014"_s;
    QTest::newRow("words in any order") << u"rgb teclado"_s << u"PROD-003"_s;
}

void TestCounterSafety::searchIgnoresAccentsAndCase()
{
    QFETCH(QString, typed);
    QFETCH(QString, found);
    search()->insert(typed); // as typed: keyClicks takes only ASCII
    auto *model = qobject_cast<ui::ProductSearchModel *>(results()->model());
    QVERIFY(model && model->rowCount() >= 1);
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->productAt(r).id;
    QVERIFY2(ids.contains(found), qPrintable(ids.join(u", "_s)));
}

void TestCounterSafety::keyboardReachesEveryAction()
{
    ui::MainWindow &window = m_pos.window();
    QTest::keyClick(&window, Qt::Key_F2);
    QVERIFY(search()->hasFocus());
    QTest::keyClicks(search(), u"logitech"_s);
    QVERIFY(results()->model()->rowCount() >= 2);
    QTest::keyClick(search(), Qt::Key_Down);
    QVERIFY(results()->hasFocus());
    QCOMPARE(results()->currentIndex().row(), 0);
    QTest::keyClick(results(), Qt::Key_Down);
    QCOMPARE(results()->currentIndex().row(), 1);
    QTest::keyClick(results(), Qt::Key_Return);
    const auto *model = qobject_cast<ui::ProductSearchModel *>(results()->model());
    QCOMPARE(window.counter()->product()->id, model->productAt(1).id);
    QVERIFY(window.counter()->quantityField()->hasFocus());

    // Tab order: search → results → units → counted → customer → hold for → the actions.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    search()->setFocus();
    QTest::keyClick(search(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(results()));
    QTest::keyClick(results(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget *>(window.counter()->quantityField()));
    QStringList chain;
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        chain << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(chain,
             (QStringList { u"counted"_s, u"customer"_s, u"holdFor"_s, u"sellButton"_s,
                            u"receiveButton"_s, u"countButton"_s, u"reserveButton"_s }));
    // Every counter action has a key.
    QStringList keys;
    for (QAction *action : window.findChildren<QAction *>())
        keys << action->shortcut().toString();
    for (const QString &key : { u"F2"_s, u"F5"_s, u"F6"_s, u"F7"_s, u"F8"_s, u"Ctrl+R"_s })
        QVERIFY2(keys.contains(key), qPrintable(key));
}

void TestCounterSafety::smallScreenClipsNothing_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::newRow("default font") << 0;
    QTest::newRow("tablet font 14") << 14;
}

void TestCounterSafety::smallScreenClipsNothing()
{
    QFETCH(int, pointSize);
    const QFont original = QApplication::font();
    if (pointSize > 0) {
        QFont large = original;
        large.setPointSize(pointSize);
        QApplication::setFont(large);
        QVERIFY(m_pos.openWindow(u"manager-mad"_s)); // built with the new font
    }
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-015"_s);
    QCoreApplication::processEvents();
    const QRect inside = window.rect();
    QList<QWidget *> checked;
    for (QPushButton *b : window.counter()->actionButtons())
        checked << b;
    checked << window.counter()->quantityField() << window.counter()->countedField()
            << window.findChild<QLineEdit *>(u"customer"_s) << search() << results();
    for (QWidget *w : checked) {
        const QRect onWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
        QVERIFY2(inside.contains(onWindow), qPrintable(w->objectName()));
        QVERIFY2(w->height() >= w->minimumSizeHint().height(),
                 qPrintable(u"%1: %2 < %3"_s.arg(w->objectName())
                                .arg(w->height())
                                .arg(w->minimumSizeHint().height())));
    }
    // The tablet font makes the main buttons bigger, never smaller.
    const int buttonHeight = window.counter()->actionButtons().first()->height();
    QVERIFY(buttonHeight >= 48);
    // A product name is readable in the results.
    QTest::keyClicks(search(), u"bater"_s);
    QCOMPARE(results()->model()->rowCount(), 1);
    QCoreApplication::processEvents();
    const QString name = results()->model()->index(0, 0).data().toString();
    // Long names wrap rather than being cut: the cell holds the whole name.
    const QRect cell = results()->visualRect(results()->model()->index(0, 0));
    const QRect needed = results()->fontMetrics().boundingRect(
        QRect(0, 0, cell.width() - 8, 10'000), Qt::TextWordWrap, name);
    QVERIFY2(cell.height() >= needed.height() && cell.width() >= needed.width(),
             qPrintable(u"%1: cell %2×%3, text %4×%5"_s.arg(name)
                            .arg(cell.width())
                            .arg(cell.height())
                            .arg(needed.width())
                            .arg(needed.height())));
    QApplication::setFont(original);
}

void TestCounterSafety::windowSaysWhoIsSignedInWhere()
{
    QLabel *label = m_pos.window().signedInLabel();
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"manager-mad"_s) && label->text().contains(u"Madrid"_s),
             qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(u"MAD-001"_s));
    QVERIFY(m_pos.window().windowTitle().contains(u"manager-mad"_s));
    QVERIFY(m_pos.window().windowTitle().contains(u"MAD-001"_s));
}

void TestCounterSafety::aWriteOffCarriesItsReasonCode()
{
    // An admin defines a reason code; the till hears of it through the feed and offers it
    // after the built-in ones, by the admin's label.
    ReasonCatalog &reasons = m_pos.session().reasons();
    QCOMPARE(m_pos.http()
                 .post(m_pos.server().url(u"/api/v1/reasons"_s),
                       { { u"code"_s, u"display_broken"_s },
                         { u"label"_s, u"Broken on display"_s },
                         { u"direction"_s, u"out"_s } },
                       m_pos.adminToken())
                 .status,
             201);
    QTRY_COMPARE(reasons.label(u"display_broken"_s), u"Broken on display"_s);

    // The dialog offers the reasons that take units out, damage first, in the clerk's words.
    const QList<ReasonCode> offered = reasons.writeOffCodes();
    QCOMPARE(offered.first().code, u"damage"_s);
    QCOMPARE(offered.last().code, u"display_broken"_s);
    for (const ReasonCode &r : offered)
        QVERIFY2(r.code != u"sale"_s && r.code != u"received"_s && r.code != u"transfer_out"_s,
                 qPrintable(r.code));
    ui::WriteOffDialog dialog(Product { u"P"_s, u"S"_s, {}, u"Name"_s, u"C"_s, 100 }, 3, reasons);
    QCOMPARE(dialog.reasonField()->count(), offered.size());
    QCOMPARE(dialog.reasonField()->itemText(0), EventLabel::reason(u"damage"_s));
    QCOMPARE(dialog.reasonField()->itemText(dialog.reasonField()->count() - 1),
             u"Broken on display"_s);
    QCOMPARE(dialog.unitsField()->maximum(), 3);
    // Kept in the profile: a till that starts offline offers it too.
    ReasonCatalog saved(m_pos.session().api(), m_pos.session().cache());
    QCOMPARE(saved.label(u"display_broken"_s), u"Broken on display"_s);

    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-008"_s);
    const qint64 before = m_pos.serverQuantity(u"PROD-008"_s);
    window.counter()->setWriteOffQuestion([](const Product &, qint64 available) {
        return std::optional<ui::CounterPanel::WriteOff>(
            { qMin<qint64>(2, available), u"display_broken"_s, u"shelf 3"_s });
    });
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_pos.serverQuantity(u"PROD-008"_s), before - 2);
    window.counter()->setWriteOffQuestion(
        [](const Product &, qint64) { return std::optional<ui::CounterPanel::WriteOff>(); });
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(queued(), 0); // cancelled: nothing written off
    QCOMPARE(m_pos.serverQuantity(u"PROD-008"_s), before - 2);
}

QTEST_MAIN(TestCounterSafety)
#include "tst_countersafety.moc"
