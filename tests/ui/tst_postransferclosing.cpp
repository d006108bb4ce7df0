// Transfers between stores at the POS (issue 26), offscreen, against a real server: a manager
// closes a transfer on its way (asked for a note; the rest is recorded as lost) and cancels a
// request (asked first). (Requesting, shipping and receiving: tst_postransfers.)
#include "posfixture.h"
#include "ui/session/languagesetup.h"
#include "ui/transfers/transferlistmodel.h"
#include "ui/transfers/transferspanel.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
const QString TheProduct = u"PROD-007"_s;
const QString Madrid = u"MAD-001"_s;
const QString Barcelona = u"BCN-001"_s;
} // namespace

class TestPosTransferClosing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aManagerClosesWithANoteAndCancelsARequest();

private:
    // A transfer of `units` of the product from Barcelona to Madrid made by the admin, shipped
    // when asked; its id.
    QString adminTransfer(qint64 units, bool shipped)
    {
        HttpClient &http = m_mad.http();
        const HttpResponse made
            = http.post(m_mad.server().url(u"/api/v1/transfers"_s),
                        { { u"fromStoreId"_s, Barcelona },
                          { u"toStoreId"_s, Madrid },
                          { u"lines"_s,
                            QJsonArray { QJsonObject { { u"productId"_s, TheProduct },
                                                       { u"quantity"_s, units } } } } },
                        m_mad.adminToken());
        const QString id = made.json().value(u"transferId"_s).toString();
        if (made.status != 201 || !shipped)
            return made.status == 201 ? id : QString();
        const HttpResponse sent = http.post(
            m_mad.server().url(u"/api/v1/transfers/%1/ship"_s.arg(id)), {}, m_mad.adminToken());
        return sent.status == 200 ? id : QString();
    }

    PosFixture m_mad;
};

void TestPosTransferClosing::initTestCase()
{
    QVERIFY(ui::LanguageSetup::apply(u"en"_s)); // the toasts and the questions in English
    QVERIFY(m_mad.startServer());
}

void TestPosTransferClosing::cleanupTestCase()
{
    m_mad.closeWindow();
}

void TestPosTransferClosing::aManagerClosesWithANoteAndCancelsARequest()
{
    QVERIFY(m_mad.openWindow(u"manager-mad"_s));
    ui::TransfersPanel *managed = m_mad.window().transfers();
    m_mad.window().tabs()->setCurrentWidget(managed);
    const QString onItsWay = adminTransfer(2, true);
    const QString asked = adminTransfer(1, false);
    QVERIFY(!onItsWay.isEmpty() && !asked.isEmpty());

    // Close: asks why, refuses no answer, then records the 2 units as lost.
    QVERIFY(m_mad.selectTransfer(onItsWay));
    QTRY_VERIFY(managed->closeButton()->isEnabled());
    QVERIFY(!managed->cancelButton()->isEnabled()); // shipped: too late to cancel
    QString question;
    managed->setNotePrompt([&](const QString &q) -> std::optional<QString> {
        question = q;
        return QString();
    });
    QTest::mouseClick(managed->closeButton(), Qt::LeftButton);
    QVERIFY2(question.contains(u"recorded as lost"_s), qPrintable(question));
    QVERIFY(m_mad.toastText().startsWith(u"Not closed"_s));
    QCOMPARE(m_mad.serverTransfer(onItsWay).value(u"status"_s).toString(), u"IN_TRANSIT"_s);
    managed->setNotePrompt([](const QString &) { return QString(u"box lost by the carrier"_s); });
    QTest::mouseClick(managed->closeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_mad.serverTransfer(onItsWay).value(u"status"_s).toString(),
                              u"CLOSED"_s, 10'000);
    const QJsonObject closed = m_mad.serverTransfer(onItsWay);
    QCOMPARE(closed.value(u"lines"_s).toArray().at(0)[u"lost"_s].toInteger(), qint64(2));
    QTRY_VERIFY2(m_mad.toastText().contains(u"closed"_s), qPrintable(m_mad.toastText()));
    // Open ones only: it leaves the list.
    QTRY_COMPARE_WITH_TIMEOUT(managed->model()->rowOf(onItsWay), -1, 10'000);

    // Cancel: asks first; backing out cancels nothing.
    QVERIFY(m_mad.selectTransfer(asked));
    QTRY_VERIFY(managed->cancelButton()->isEnabled());
    QVERIFY(!managed->closeButton()->isEnabled()); // not shipped: nothing to close
    managed->setConfirmation([](const QString &) { return false; });
    QTest::mouseClick(managed->cancelButton(), Qt::LeftButton);
    QCOMPARE(m_mad.serverTransfer(asked).value(u"status"_s).toString(), u"REQUESTED"_s);
    managed->setConfirmation([](const QString &) { return true; });
    QTest::mouseClick(managed->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_mad.serverTransfer(asked).value(u"status"_s).toString(),
                              u"CANCELLED"_s, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(managed->model()->rowOf(asked), -1, 10'000);
}

QTEST_MAIN(TestPosTransferClosing)
#include "tst_postransferclosing.moc"
