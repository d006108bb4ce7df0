// The counter's main job, measured (issue: "a basket of five products, charged and printed
// in under 15 seconds of keyboard or scanner input"). The test records the clerk's input as a
// QTestEventList — five scans (a scanner types the barcode and Return into the search field)
// then F12 (charge) and Return (Print, the receipt dialog's default button) — replays it on
// the real POS against a real server, and checks what came out: one ticket of five lines on
// the server and its receipt as a PDF in the till's receipts folder. It asserts the number of
// inputs, not a time; it prints the POS's own time for the whole basket, which
// docs/PERFORMANCE.md adds to a clerk's pace to state the total.
#include "posfixture.h"
#include "readok.h"
#include "ui/tickets/receiptdialog.h"
#include "ui/tickets/receiptprinter.h"
#include "ui/tickets/ticketmodel.h"
#include "ui/tickets/ticketpanel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosBasket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aBasketOfFiveIsChargedAndPrintedInSevenInputs();

private:
    PosFixture m_pos;
    QTemporaryDir m_settings;
    QTemporaryDir m_receipts;
};

void TestPosBasket::initTestCase()
{
    // This run's settings, never the user's: receipts go to a folder (a till without a printer).
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().setValue(ui::ReceiptPrinter::folderKey(), m_receipts.path());
    QCOMPARE(ui::ReceiptPrinter::target(), ui::ReceiptPrinter::Target::Folder);
    QVERIFY(m_pos.startServer());
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
}

void TestPosBasket::cleanupTestCase()
{
    m_pos.closeWindow();
}

void TestPosBasket::aBasketOfFiveIsChargedAndPrintedInSevenInputs()
{
    ui::MainWindow &window = m_pos.window();
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.ticket()));
    const QStringList products { u"PROD-002"_s, u"PROD-003"_s, u"PROD-008"_s, u"PROD-011"_s,
                                 u"PROD-015"_s };
    QHash<QString, qint64> before;
    for (const QString &p : products)
        before[p] = m_pos.serverQuantity(p);

    // The clerk's input, recorded: a scan is what a USB scanner sends (keys, then Return).
    auto *search = window.findChild<QLineEdit *>(u"search"_s);
    QVERIFY(search);
    QTestEventList scans;
    for (const QString &p : products) {
        const QString barcode = readOk(m_pos.session().cache().product(p))->barcode;
        for (const QChar c : barcode)
            scans.addKeyClick(c.toLatin1());
        scans.addKeyClick(Qt::Key_Return);
    }
    int inputs = products.size();

    QElapsedTimer posTime;
    posTime.start();
    scans.simulate(search);
    QCOMPARE(window.ticket()->model()->rowCount(), products.size());
    QTest::keyClick(&window, Qt::Key_F12); // Charge
    ++inputs;
    QVERIFY(QTest::qWaitFor(
        [&] { return window.receiptDialog() && window.receiptDialog()->isVisible(); }, 10'000));
    ui::ReceiptDialog *receipt = window.receiptDialog();
    QVERIFY(QTest::qWaitForWindowActive(receipt));
    const QString ticketId = receipt->receipt().ticketId;
    const QString pdf = QDir(m_receipts.path()).filePath(ticketId + u".pdf"_s);
    QTest::keyClick(receipt, Qt::Key_Return); // Print: the default button
    ++inputs;
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(pdf); }, 10'000));
    const qint64 elapsedMs = posTime.elapsed();

    QCOMPARE(inputs, 7);
    for (const QString &p : products)
        QCOMPARE(m_pos.serverQuantity(p), before.value(p) - 1);
    const HttpResponse stored = m_pos.http().get(
        m_pos.server().url(u"/api/v1/tickets/"_s + ticketId), m_pos.adminToken());
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json().value(u"lines"_s).toArray().size(), products.size());
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    QVERIFY(text.waitForFinished(30'000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(ticketId), qPrintable(printed));
    for (const QString &p : products)
        QVERIFY2(printed.contains(readOk(m_pos.session().cache().product(p))->name.left(12)),
                 qPrintable(p + u'\n' + printed));
    qInfo().noquote() << u"basket of 5: %1 inputs (5 scans, F12, Return); the POS's own time"
                         " from the first scanned key to the receipt PDF: %2 ms"_s.arg(inputs)
                             .arg(elapsedMs);
}

QTEST_MAIN(TestPosBasket)
#include "tst_posbasket.moc"
