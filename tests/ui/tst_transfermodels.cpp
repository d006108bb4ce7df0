// The transfer screens' models and the slip, without a server (issue 26): the pick list and
// the receipt never count more than asked for or on its way, whether scanned or typed; the
// list of transfers in words; the slip as a PDF of receipt-roll width, read back with
// pdftotext (from, to, lines, the transfer number) with its QR code. The screens against a
// real server: tst_postransfers.
#include "core/client/localcache.h"
#include "ui/models/productnames.h"
#include "ui/session/languagesetup.h"
#include "ui/tickets/receiptrenderer.h"
#include "ui/transfers/slip/transferslip.h"
#include "ui/transfers/slip/transferslipprinter.h"
#include "ui/transfers/transferlistmodel.h"
#include "ui/transfers/transferpickmodel.h"
#include "ui/transfers/transferreceivemodel.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;

class TestTransferModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickAndReceiveKeepToTheTransfer();
    void theListInWords();
    void theSlipAsAPdf();

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<LocalCache> m_cache;
};

void TestTransferModels::initTestCase()
{
    QVERIFY(ui::LanguageSetup::apply(u"en"_s));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    auto opened = LocalCache::open(m_dir.filePath(u"profile.db"_s), m_clock);
    QVERIFY(opened.ok());
    m_cache = std::move(opened).value();
    QVERIFY(
        m_cache->replaceAll({ { u"MAD-001"_s, u"Madrid Centro"_s, u"Madrid"_s },
                              { u"BCN-001"_s, u"Barcelona Plaza Catalunya"_s, u"Barcelona"_s } },
                            { { u"PROD-002"_s, u"LOG-M185-002"_s, u"8400000010375"_s,
                                u"Mouse Logitech M185"_s, u"Periféricos"_s, 2999 } },
                            {}, 0));
}

void TestTransferModels::pickAndReceiveKeepToTheTransfer()
{
    ui::ProductNames names(*m_cache);
    Transfer t;
    t.id = u"T-1"_s;
    t.lines = { { u"P-1"_s, 2, 0, 0, 0, 0 }, { u"P-2"_s, 1, 0, 0, 0, 0 } };
    ui::TransferPickModel pick(names);
    pick.setTransfer(t, { { u"P-1"_s, 5 } });
    using PickScan = ui::TransferPickModel::Scan;
    QCOMPARE(pick.scan(u"P-1"_s), PickScan::Counted);
    QCOMPARE(pick.scan(u"P-1"_s), PickScan::Counted);
    QCOMPARE(pick.scan(u"P-1"_s), PickScan::AlreadyComplete); // never more than asked for
    QCOMPARE(pick.scan(u"P-9"_s), PickScan::NotInTransfer);
    QVERIFY(pick.setData(pick.index(1, ui::TransferPickModel::Picked), 7, Qt::EditRole));
    QCOMPARE(pick.picked(1), qint64(1)); // typed too many: as many as asked for
    QCOMPARE(pick.shipping().size(), 2);
    QCOMPARE(pick.shipping().at(0).shipped, qint64(2));
    // P-2 is not available at the origin: its cell says so.
    QVERIFY(pick.index(1, ui::TransferPickModel::AvailableHere).data(Qt::BackgroundRole).isValid());

    // Shipped 2 and 1, of which 1 of P-1 arrived already.
    t.lines = { { u"P-1"_s, 2, 2, 1, 0, 0 }, { u"P-2"_s, 1, 1, 0, 0, 0 } };
    ui::TransferReceiveModel receive(names);
    receive.setTransfer(t);
    QCOMPARE(receive.missing(), qint64(2));
    using ReceiveScan = ui::TransferReceiveModel::Scan;
    QCOMPARE(receive.scan(u"P-1"_s), ReceiveScan::Counted);
    QCOMPARE(receive.scan(u"P-1"_s), ReceiveScan::AlreadyComplete);
    QVERIFY(receive.setData(receive.index(1, ui::TransferReceiveModel::Damaged), 3, Qt::EditRole));
    QCOMPARE(receive.damagedTotal(), qint64(1)); // no more than is on its way
    QCOMPARE(receive.scan(u"P-2"_s), ReceiveScan::AlreadyComplete);
    const QList<TransferLine> lines = receive.receiving();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).received, qint64(1));
    QCOMPARE(lines.at(1).damaged, qint64(1));
    QCOMPARE(receive.missing(), qint64(0));
}

void TestTransferModels::theListInWords()
{
    ui::ProductNames names(*m_cache);
    ui::TransferListModel model(names);
    model.setStore(u"MAD-001"_s);
    model.setStoreNames({ { u"BCN-001"_s, u"Barcelona Plaza Catalunya"_s } });
    Transfer in;
    in.id = u"T-IN"_s;
    in.fromStoreId = u"BCN-001"_s;
    in.toStoreId = u"MAD-001"_s;
    in.status = TransferStatus::PartiallyReceived;
    in.lines = { { u"PROD-002"_s, 5, 4, 1, 1, 0 } };
    Transfer out = in;
    out.id = u"T-OUT"_s;
    std::swap(out.fromStoreId, out.toStoreId);
    out.status = TransferStatus::Requested;
    model.setTransfers({ in, out });
    using Col = ui::TransferListModel::Column;
    QCOMPARE(model.index(0, Col::Direction).data().toString(), u"← In"_s);
    QCOMPARE(model.index(1, Col::Direction).data().toString(), u"Out →"_s);
    QCOMPARE(model.index(0, Col::OtherStore).data().toString(),
             u"BCN-001 · Barcelona Plaza Catalunya"_s);
    QVERIFY(
        model.index(0, Col::Status).data().toString().startsWith(u"Partly received, 2 to come"_s));
    QCOMPARE(model.index(0, Col::Units).data().toLongLong(), qint64(4)); // shipped
    QCOMPARE(model.index(1, Col::Units).data().toLongLong(), qint64(5)); // asked for
    QVERIFY(
        model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"4 × Mouse Logitech M185"_s));
    // A change of the server's record changes the row in place.
    in.status = TransferStatus::Closed;
    model.setTransfers({ in, out });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, Col::Status).data().toString(), u"Closed"_s);
}

void TestTransferModels::theSlipAsAPdf()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing (Debian package poppler-utils)");
    Transfer t;
    t.id = u"MAD-001-K7QX-X-000042"_s;
    t.fromStoreId = u"BCN-001"_s;
    t.toStoreId = u"MAD-001"_s;
    t.status = TransferStatus::InTransit;
    t.shippedBy = u"clerk-bcn"_s;
    t.shippedAtMs = QDateTime(QDate(2026, 12, 3), QTime(10, 15)).toMSecsSinceEpoch();
    t.note = u"customer waiting"_s;
    t.lines = { { u"PROD-002"_s, 5, 4, 0, 0, 0 } };
    const ui::TransferSlip slip = ui::TransferSlip::fromTransfer(t, *m_cache);
    QCOMPARE(slip.units(), qint64(4));
    const QString path = m_dir.filePath(u"slip.pdf"_s);
    QVERIFY(ui::TransferSlipPrinter::writePdf(slip, path).ok());
    QProcess reader;
    reader.start(pdftotext, { u"-layout"_s, path, u"-"_s });
    QVERIFY(reader.waitForFinished(10'000));
    const QString text = QString::fromUtf8(reader.readAllStandardOutput()).simplified();
    for (const QString &expected :
         { u"TRANSFER SLIP"_s, t.id, u"From: Barcelona Plaza Catalunya (BCN-001)"_s,
           u"To: Madrid Centro (MAD-001)"_s, u"by clerk-bcn"_s, u"Note: customer waiting"_s,
           u"4 Mouse Logitech M185"_s, u"LOG-M185-002"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    QVERIFY(slip.textLines().contains(u"4 × Mouse Logitech M185 LOG-M185-002"_s));
    // The QR code the receive dialog scans: the transfer number, drawn by the receipt's encoder.
    QVERIFY(!ui::ReceiptRenderer::qrCode(t.id).isNull());
    const QImage preview = ui::TransferSlipPrinter::preview(slip, 320);
    QVERIFY(preview.height() > preview.width()); // a strip of roll, taller than wide
}

QTEST_MAIN(TestTransferModels)
#include "tst_transfermodels.moc"
