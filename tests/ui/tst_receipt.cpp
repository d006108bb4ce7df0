// The receipt: rendered to a PDF of receipt-roll width and read back with pdftotext — the
// store, when, the ticket number, the seller, each line, the total in the language's money,
// how it was paid, "offline" when it was; and the ticket number's QR code.
#include "core/client/localcache.h"
#include "readok.h"
#include "ui/session/languagesetup.h"
#include "ui/tickets/receiptdocument.h"
#include "ui/tickets/receiptrenderer.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pdfCarriesEverything_data();
    void pdfCarriesEverything();
    void qrCodeOfTheTicketNumber();

private:
    QString pdfText(const ui::ReceiptDocument &receipt);

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<LocalCache> m_cache;
};

void TestReceipt::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext is missing (Debian package poppler-utils)");
    auto opened = LocalCache::open(m_dir.filePath(u"profile.db"_s), m_clock);
    QVERIFY(opened.ok());
    m_cache = std::move(opened).value();
    QVERIFY(m_cache->replaceAll({ { u"MAD-001"_s, u"Madrid Centro"_s, u"Madrid"_s } },
                                { { u"PROD-002"_s, u"LOG-M185-002"_s, u"8400000010375"_s,
                                    u"Mouse Logitech M185"_s, u"Periféricos"_s, 2999 },
                                  { u"PROD-003"_s, u"KB-MECH-RGB-003"_s, u"8400000010740"_s,
                                    u"Teclado Mecánico RGB"_s, u"Periféricos"_s, 8999 } },
                                {}, 0));
}

void TestReceipt::cleanup()
{
    ui::LanguageSetup::apply(u"en"_s);
    QLocale::setDefault(QLocale::c());
}

QString TestReceipt::pdfText(const ui::ReceiptDocument &receipt)
{
    const QString path = m_dir.filePath(receipt.ticketId + u".pdf"_s);
    if (!ui::ReceiptRenderer::writePdf(receipt, path))
        return {};
    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    if (!text.waitForFinished(30'000))
        return {};
    // NFKC: the font's ligatures ("ﬄ") read back as their letters.
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

void TestReceipt::pdfCarriesEverything_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("offline");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Spanish, card")
        << u"es"_s << false
        << QStringList { u"TOTAL 209,97 €"_s, u"Tarjeta"_s, u"Atendido por clerk-mad"_s,
                         u"89,99 €"_s, u"179,98 €"_s };
    QTest::newRow("English, offline")
        << u"en"_s << true
        << QStringList { u"TOTAL €209.97"_s, u"Card"_s, u"offline — will sync"_s,
                         u"Served by clerk-mad"_s };
}

void TestReceipt::pdfCarriesEverything()
{
    QFETCH(QString, language);
    QFETCH(bool, offline);
    QFETCH(QStringList, expected);
    QVERIFY(ui::LanguageSetup::apply(language));
    const QJsonObject ticket { { u"ticketId"_s, u"MAD-001-7Q2K-T-000042"_s },
                               { u"storeId"_s, u"MAD-001"_s },
                               { u"seller"_s, u"clerk-mad"_s },
                               { u"soldAt"_s, u"2026-12-03T10:15:00.000Z"_s },
                               { u"offline"_s, offline },
                               { u"total"_s, 209.97 },
                               { u"payment"_s, QJsonObject { { u"method"_s, u"card"_s } } },
                               { u"lines"_s,
                                 QJsonArray { QJsonObject { { u"productId"_s, u"PROD-002"_s },
                                                            { u"quantity"_s, 1 },
                                                            { u"unitPrice"_s, 29.99 } },
                                              QJsonObject { { u"productId"_s, u"PROD-003"_s },
                                                            { u"quantity"_s, 2 },
                                                            { u"unitPrice"_s, 89.99 } } } } };
    const ui::ReceiptDocument receipt = ui::ReceiptDocument::fromTicket(ticket, *m_cache);
    const QString text = pdfText(receipt);
    for (const QString &wanted : expected
             + QStringList { u"Madrid Centro"_s, u"MAD-001-7Q2K-T-000042"_s,
                             u"Mouse Logitech M185"_s, u"Teclado Mecánico RGB"_s })
        QVERIFY2(text.contains(wanted), qPrintable(wanted + u"\n---\n"_s + text));
    QCOMPARE(text.contains(u"offline"_s), offline);
}

void TestReceipt::qrCodeOfTheTicketNumber()
{
    const QImage qr = ui::ReceiptRenderer::qrCode(u"MAD-001-7Q2K-T-000042"_s);
    QVERIFY(qr.width() >= 21 && qr.width() == qr.height()); // version 1 or more
    // The three finder patterns (top left, top right, bottom left): a dark ring, a light ring,
    // a dark centre.
    const int far = qr.width() - 7;
    for (const QPoint corner : { QPoint(0, 0), QPoint(far, 0), QPoint(0, far) }) {
        QCOMPARE(qr.pixelIndex(corner + QPoint(0, 0)), 1);
        QCOMPARE(qr.pixelIndex(corner + QPoint(1, 1)), 0);
        QCOMPARE(qr.pixelIndex(corner + QPoint(3, 3)), 1);
        QCOMPARE(qr.pixelIndex(corner + QPoint(6, 6)), 1);
    }
}

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
