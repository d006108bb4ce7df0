// What the POS shows a clerk and a manager (offscreen, real server): names beside ids,
// reservations that expire in view, the sync queue in two parts, offline actions that say
// they are queued, the stock matrix from the cache at once, the recent activity with who and
// why, CSV a Spanish spreadsheet opens, Spanish money and errors, and the sign-in dialog.
#include "core/client/text/errortext.h"
#include "posfixture.h"
#include "readok.h"
#include "ui/counterpanel.h"
#include "ui/matrixpanel.h"
#include "ui/models/activitymodel.h"
#include "ui/models/lowstockfilter.h"
#include "ui/models/pendingmodel.h"
#include "ui/models/reservationmodel.h"
#include "ui/models/stockmatrixmodel.h"
#include "ui/pendingpanel.h"
#include "ui/reservationspanel.h"
#include "ui/session/languagesetup.h"
#include "ui/session/logindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

class TestPosViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void matrixShowsTheCacheAtOnce();
    void activityShowsWhoWhyAndTheRecentPast();
    void reservationsShowNamesAndExpireInView();
    void offlineActionsSayQueuedAndTheDrainIsCounted();
    void rejectedOperationsNeedAttentionWithANextStep();
    void csvOpensInASpanishSpreadsheet();
    void spanishMoneyErrorsAndEvents();
    void signInNamesTheServerAndClearsAWrongPassword();

private:
    QString toastText() { return m_pos.window().findChild<QLabel *>(u"toast"_s)->text(); }

    PosFixture m_pos;
};

void TestPosViews::initTestCase()
{
    QVERIFY(m_pos.startServer());
}

void TestPosViews::cleanup()
{
    m_pos.closeWindow();
    QLocale::setDefault(QLocale::c());
}

void TestPosViews::matrixShowsTheCacheAtOnce()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    ui::MainWindow &window = m_pos.window();
    ui::MatrixPanel *matrix = window.matrix();
    QVERIFY(matrix);
    window.tabs()->setCurrentWidget(matrix); // no live event needed
    const int products = int(readOk(m_pos.session().cache().productCount()));
    QCOMPARE(matrix->model()->columnCount(), 2 + 4);
    QCOMPARE(matrix->model()->rowCount(), products);
    QVERIFY(matrix->model()
                ->headerData(2, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .contains(u"BCN-001"_s));
    // Toggling the filter and back keeps every row.
    auto *lowOnly = matrix->findChild<QAbstractButton *>(u"lowStockOnly"_s);
    lowOnly->setChecked(true);
    QVERIFY(matrix->filter()->rowCount() > 0 && matrix->filter()->rowCount() < products);
    lowOnly->setChecked(false);
    QCOMPARE(matrix->filter()->rowCount(), products);
    // A fresh window on a profile that already holds the data shows it too.
    ui::MainWindow again(m_pos.session());
    again.show();
    again.tabs()->setCurrentWidget(again.matrix());
    QCOMPARE(again.matrix()->model()->rowCount(), products);
}

void TestPosViews::activityShowsWhoWhyAndTheRecentPast()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    QVERIFY(m_pos.session().receive(u"PROD-011"_s, 3).ok());
    ui::ActivityModel *activity = m_pos.window().activity();
    QTRY_VERIFY_WITH_TIMEOUT(
        activity->rowCount() > 0 && activity->eventAt(0).productId == u"PROD-011"_s, 10'000);
    QCOMPARE(activity->index(0, ui::ActivityModel::Product).data().toString(),
             u"Impresora Canon PIXMA TS5350"_s);
    QCOMPARE(activity->index(0, ui::ActivityModel::Actor).data().toString(), u"clerk-mad"_s);
    QCOMPARE(activity->index(0, ui::ActivityModel::Reason).data().toString(), u"Goods received"_s);
    QCOMPARE(activity->index(0, ui::ActivityModel::Type).data().toString(), u"Stock changed"_s);
    QVERIFY(activity->index(0, ui::ActivityModel::Store).data().toString() == u"MAD-001"_s);

    // Restarting the till (same profile) shows the recent past before anything new arrives.
    m_pos.window().close();
    ui::MainWindow restarted(m_pos.session());
    QVERIFY(restarted.activity()->rowCount() > 0);
    QCOMPARE(restarted.activity()->eventAt(0).productId, u"PROD-011"_s);
}

void TestPosViews::reservationsShowNamesAndExpireInView()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-006"_s);
    auto *customer = window.findChild<QLineEdit *>(u"customer"_s);
    QTest::keyClicks(customer, u"ana"_s);
    QTest::keyClick(&window, Qt::Key_F8);
    QVERIFY(customer->text().isEmpty()); // cleared for the next customer
    QVERIFY(m_pos.session().reserve(u"PROD-005"_s, 1, u"luis"_s, 3).ok());
    ui::ReservationModel *model = window.reservations()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
    QStringList products;
    for (int r = 0; r < model->rowCount(); ++r)
        products << model->index(r, ui::ReservationModel::Product).data().toString();
    QVERIFY2(products.contains(u"Apple iPad 10.9\" 64 GB"_s)
                 && products.contains(u"Auriculares Sony WH-1000XM5"_s),
             qPrintable(products.join(u", "_s)));

    // luis's reservation expires: announced, and it stays in the list greyed, not acted on.
    int luis = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->rowAt(r).customerId == u"luis"_s
                    && model->rowAt(r).status == ReservationStatus::Expired)
                    luis = r;
            }
            return luis >= 0;
        }(),
        10'000);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY2(toastText().contains(u"luis"_s) && toastText().contains(u"expired"_s),
             qPrintable(toastText()));
    QVERIFY(model->index(luis, 0).data(Qt::ForegroundRole).isValid());
    auto *confirm = window.findChild<QPushButton *>(u"confirmReservation"_s);
    auto *cancel = window.findChild<QPushButton *>(u"cancelReservation"_s);
    window.reservations()->view()->selectRow(luis);
    QVERIFY(!confirm->isEnabled() && !cancel->isEnabled());
    window.reservations()->view()->selectRow(1 - luis);
    QVERIFY(confirm->isEnabled() && cancel->isEnabled());
}

void TestPosViews::offlineActionsSayQueuedAndTheDrainIsCounted()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-010"_s);
    const qint64 before = m_pos.serverQuantity(u"PROD-010"_s);
    QCOMPARE(m_pos.server().stop(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pos.session().online(), 15'000);
    window.counter()->sell();
    QVERIFY2(toastText().contains(u"queued, will sync"_s), qPrintable(toastText()));
    window.counter()->sell();
    QCOMPARE(window.pending()->waiting()->rowCount(), 2);
    QCOMPARE(window.pending()->attention()->rowCount(), 0);
    QCOMPARE(window.pending()->waiting()->index(0, ui::PendingModel::Product).data().toString(),
             u"Router TP-Link Archer C6"_s);
    QVERIFY(window.tabs()->tabText(window.tabs()->indexOf(window.pending())).contains(u"2"_s));
    QVERIFY(m_pos.server().start());
    QTRY_VERIFY_WITH_TIMEOUT(toastText().contains(u"2 accepted"_s), 40'000);
    QCOMPARE(m_pos.serverQuantity(u"PROD-010"_s), before - 2);
    QCOMPARE(window.pending()->waiting()->rowCount(), 0);
}

void TestPosViews::rejectedOperationsNeedAttentionWithANextStep()
{
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    QVERIFY(m_pos.session().sell(u"PROD-002"_s, 1000).ok()); // more than there is
    QTRY_COMPARE_WITH_TIMEOUT(window.pending()->attention()->rowCount(), 1, 10'000);
    QCOMPARE(window.pending()->waiting()->rowCount(), 0);
    const ui::PendingModel *attention = window.pending()->attention();
    const QString why = attention->index(0, ui::PendingModel::Reason).data().toString();
    QVERIFY2(why.startsWith(u"Only "_s) && !why.contains(u"INSUFFICIENT_STOCK"_s), qPrintable(why));
    QVERIFY(attention->index(0, ui::PendingModel::NextStep).data().toString().contains(u"Count"_s));
    QVERIFY2(toastText().contains(why), qPrintable(toastText()));
    auto *discard = window.findChild<QPushButton *>(u"discardButton"_s);
    QVERIFY(!discard->isEnabled());
    window.pending()->attentionView()->selectRow(0);
    QVERIFY(discard->isEnabled());
    discard->click();
    QCOMPARE(window.pending()->attention()->rowCount(), 0);
}

void TestPosViews::csvOpensInASpanishSpreadsheet()
{
    QVERIFY(m_pos.openWindow(u"manager-mad"_s));
    ui::MatrixPanel *matrix = m_pos.window().matrix();
    QTemporaryDir dir;
    for (const auto &[locale, separator] :
         { std::pair { QLocale(QLocale::Spanish, QLocale::Spain), QChar(u';') },
           std::pair { QLocale(QLocale::English, QLocale::Ireland), QChar(u',') } }) {
        QLocale::setDefault(locale);
        const QString path = dir.filePath(locale.name() + u".csv"_s);
        QVERIFY(matrix->exportCsv(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).trimmed().split(u"\r\n"_s);
        QCOMPARE(lines.first().split(separator).size(), 6);
        QVERIFY2(lines.first().contains(u"Madrid Centro MAD-001"_s), qPrintable(lines.first()));
        QCOMPARE(lines.size(), 1 + int(readOk(m_pos.session().cache().productCount())));
        bool found = false;
        for (const QString &line : lines)
            found = found || line.startsWith(u"PROD-003%1Teclado Mecánico RGB%1"_s.arg(separator));
        QVERIFY2(found, qPrintable(lines.filter(u"PROD-003"_s).join(u"\n"_s)));
    }
}

void TestPosViews::spanishMoneyErrorsAndEvents()
{
    QVERIFY(ui::LanguageSetup::apply(u"es"_s));
    QVERIFY(m_pos.openWindow(u"clerk-mad"_s));
    ui::MainWindow &window = m_pos.window();
    window.selectProduct(u"PROD-003"_s);
    const QString details = window.counter()->findChild<QLabel *>(u"productDetails"_s)->text();
    QVERIFY2(details.contains(u"89,99\u00a0€"_s) || details.contains(u"89,99 €"_s),
             qPrintable(details));
    QCOMPARE(
        ErrorText::describe(
            { { u"code"_s, u"INSUFFICIENT_STOCK"_s },
              { u"message"_s, u"only 2 unit(s) available, 5 requested"_s },
              { u"details"_s, QJsonObject { { u"available"_s, 2 }, { u"requested"_s, 5 } } } }),
        u"Solo quedan 2 unidades disponibles."_s);
    QVERIFY(m_pos.session().receive(u"PROD-003"_s, 1).ok());
    ui::ActivityModel *activity = window.activity();
    QTRY_VERIFY_WITH_TIMEOUT(
        activity->rowCount() > 0 && activity->eventAt(0).productId == u"PROD-003"_s, 10'000);
    QCOMPARE(activity->index(0, ui::ActivityModel::Type).data().toString(), u"Cambio de stock"_s);
    QVERIFY(window.findChild<QLineEdit *>(u"search"_s)->placeholderText().startsWith(u"Buscar"_s));
    ui::LanguageSetup::apply(u"en"_s);
}

void TestPosViews::signInNamesTheServerAndClearsAWrongPassword()
{
    ui::LoginDialog login;
    login.setServers(u"http://127.0.0.1:9"_s);
    QCOMPARE(login.servers(), QList<QUrl> { QUrl(u"http://127.0.0.1:9"_s) });
    auto *password = login.findChild<QLineEdit *>(u"password"_s);
    login.show();
    password->setText(u"wrong"_s);
    login.showError(u"Wrong user or password."_s, ui::LoginDialog::Problem::Credentials);
    QVERIFY(password->text().isEmpty());
    QVERIFY(QTest::qWaitForWindowActive(&login));
    QVERIFY(password->hasFocus());

    // A server that cannot be reached is named in the error.
    QTemporaryDir profile;
    ClientSession session(profile.filePath(u"p.db"_s));
    QVERIFY(session.open().ok());
    session.setRetryPolicy(1, 1000, 10);
    std::optional<Error> failed;
    session.signIn({ QUrl(u"http://127.0.0.1:9"_s) }, u"clerk-mad"_s, u"demo"_s,
                   [&](Result<User> user, bool) {
                       if (!user)
                           failed = user.error();
                   });
    QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10'000);
    QVERIFY2(failed->message().contains(u"127.0.0.1:9"_s), qPrintable(failed->message()));
}

QTEST_MAIN(TestPosViews)
#include "tst_posviews.moc"
