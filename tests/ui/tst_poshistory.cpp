// A product's movement history at a store (issue 26), offscreen, without a server: a page
// parsed into the model, unreadable pages and unreachable servers as errors (never as an empty
// history), the dialog against a fake server (pages, "Load more" without repeats, the reason
// filter, the step chart, CSV). (Against the real server: tst_postillhistory.)
// INVENTORY_HISTORY_SHOT=file.png saves the dialog filled by the fake server (file.png) and
// after a failed read (file-error.png).
#include "core/client/apiclient.h"
#include "core/client/history/producthistory.h"
#include "core/client/localcache.h"
#include "core/client/reasons/reasoncatalog.h"
#include "core/client/text/eventlabel.h"
#include "csvlines.h"
#include "readok.h"
#include "ui/history/historydialog.h"
#include "ui/models/historymodel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtCharts/QLineSeries>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace inventory;
using namespace inventory::test;

namespace {
constexpr qint64 Hour = 3600'000;

QJsonObject movement(qint64 seq, qint64 atMs, const QString &type, const QString &reason,
                     qint64 delta, qint64 after, QJsonObject extra = {})
{
    extra.insert(u"seq"_s, seq);
    extra.insert(u"at"_s, timestamp::format(atMs));
    extra.insert(u"type"_s, type);
    extra.insert(u"storeId"_s, u"MAD-001"_s);
    extra.insert(u"reason"_s, reason);
    extra.insert(u"delta"_s, delta);
    extra.insert(u"quantityAfter"_s, after);
    extra.insert(u"actor"_s, extra.value(u"actor"_s).toString(u"clerk-mad"_s));
    return extra;
}

// A week of one product at MAD-001, newest first, as the route answers.
QJsonArray aWeek(qint64 now)
{
    return {
        movement(9, now - 2 * Hour, u"ticket.sold"_s, u"sale"_s, -2, 12,
                 { { u"ticketId"_s, u"MAD-001-K7QX-T-000042"_s },
                   { u"device"_s, u"K7QX"_s },
                   { u"clientTime"_s, timestamp::format(now - 3 * Hour) } }),
        movement(8, now - 20 * Hour, u"stock.counted"_s, u"count"_s, -1, 14,
                 { { u"actor"_s, u"manager-mad"_s } }),
        movement(7, now - 40 * Hour, u"stock.adjusted"_s, u"damage"_s, -1, 15,
                 { { u"note"_s, u"box crushed"_s } }),
        movement(6, now - 70 * Hour, u"transfer.shipped"_s, u"transfer_out"_s, -3, 16,
                 { { u"transferId"_s, u"TR-0007"_s } }),
        movement(5, now - 100 * Hour, u"stock.adjusted"_s, u"sale"_s, -1, 19),
        movement(4, now - 140 * Hour, u"stock.adjusted"_s, u"received"_s, 20, 20,
                 { { u"reservedAfter"_s, 1 } }),
    };
}

// Answers every request with what reply() makes of its path and query; keeps the requests.
class FakeServer : public QTcpServer
{
public:
    std::function<QPair<int, QJsonObject>(const QUrl &)> reply;
    QList<QUrl> requests;

    FakeServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [this, s] { answer(s); });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    void answer(QTcpSocket *s)
    {
        QByteArray &seen = m_buffers[s];
        seen += s->readAll();
        if (!seen.contains("\r\n\r\n"))
            return;
        const QUrl url(QString::fromLatin1(seen.split(' ').value(1)));
        requests << url;
        const auto [status, body] = reply(url);
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        s->write("HTTP/1.1 " + QByteArray::number(status)
                 + " X\r\nContent-Type: application/json"
                   "\r\nConnection: close\r\nContent-Length: "
                 + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        s->disconnectFromHost();
        m_buffers.remove(s);
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
} // namespace

class TestPosHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPageOfTheApiInTheModelAndTheChart();
    void unreadablePagesAreErrorsNotEmpty();
    void theDialogPagesFiltersAndExports();
    void aFailedReadIsShownAndCanBeRetried();

private:
    // The built-in reason codes, from a catalog on a profile of its own.
    ReasonCatalog &reasons(ApiClient &api)
    {
        if (!m_cache)
            m_cache = std::move(LocalCache::open(m_dir.filePath(u"reasons.db"_s), m_clock).value());
        m_reasons = std::make_unique<ReasonCatalog>(api, *m_cache);
        return *m_reasons;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<ReasonCatalog> m_reasons;
};

void TestPosHistory::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
}

void TestPosHistory::aPageOfTheApiInTheModelAndTheChart()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto page = readOk(ProductHistory::parse(
        { { u"page"_s, 1 }, { u"hasMore"_s, true }, { u"movements"_s, aWeek(now) } }));
    QVERIFY(page.hasMore);
    ui::HistoryModel model;
    model.setMovements(page.movements);
    QCOMPARE(model.rowCount(), 6);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(cell(0, ui::HistoryModel::Type), u"Ticket sold"_s);
    QCOMPARE(cell(0, ui::HistoryModel::Reason), u"Sale"_s);
    QCOMPARE(cell(0, ui::HistoryModel::Change), u"-2"_s);
    QCOMPARE(cell(5, ui::HistoryModel::Change), u"+20"_s);
    QCOMPARE(cell(0, ui::HistoryModel::QuantityAfter), u"12"_s);
    QCOMPARE(cell(5, ui::HistoryModel::ReservedAfter), u"1"_s);
    QCOMPARE(cell(0, ui::HistoryModel::Who), u"clerk-mad · K7QX"_s);
    QCOMPARE(cell(1, ui::HistoryModel::Who), u"manager-mad"_s);
    QCOMPARE(cell(0, ui::HistoryModel::Reference), u"Ticket MAD-001-K7QX-T-000042"_s);
    QCOMPARE(cell(3, ui::HistoryModel::Reference), u"Transfer TR-0007"_s);
    QCOMPARE(cell(2, ui::HistoryModel::Note), u"box crushed"_s);
    QCOMPARE(cell(3, ui::HistoryModel::Reason), EventLabel::reason(u"transfer_out"_s));
    // The server's time, with the date; the till's own time only in the tooltip.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now - 2 * Hour);
    QVERIFY2(cell(0, ui::HistoryModel::When).endsWith(at.toString(u"HH:mm:ss"_s))
                 && cell(0, ui::HistoryModel::When).contains(at.toString(u"yyyy"_s)),
             qPrintable(cell(0, ui::HistoryModel::When)));
    const QString till = QDateTime::fromMSecsSinceEpoch(now - 3 * Hour).toString(u"HH:mm:ss"_s);
    QVERIFY(cell(0, ui::HistoryModel::When, Qt::ToolTipRole).contains(till));
    QVERIFY(cell(1, ui::HistoryModel::When, Qt::ToolTipRole).isEmpty());
    // The next page goes after the rows shown.
    model.append({ page.movements.first() });
    QCOMPARE(model.rowCount(), 7);

    // The chart's steps: two points per movement.
    const QList<QPointF> points = ui::HistoryDialog::steps(page.movements, now);
    QCOMPARE(points.size(), 6 * 2 + 1);
    // From before the oldest (20 received onto 0) to the newest, held until now.
    QCOMPARE(points.first(), QPointF(double(now - 140 * Hour), 0));
    QCOMPARE(points.at(1), QPointF(double(now - 140 * Hour), 20));
    QCOMPARE(points.at(2), QPointF(double(now - 100 * Hour), 20));
    QCOMPARE(points.at(3), QPointF(double(now - 100 * Hour), 19));
    QCOMPARE(points.last(), QPointF(double(now), 12));
}

void TestPosHistory::unreadablePagesAreErrorsNotEmpty()
{
    QVERIFY(!ProductHistory::parse({}).ok());
    QVERIFY(!ProductHistory::parse({ { u"movements"_s, u"none"_s } }).ok());
    QJsonObject noTime = movement(1, 0, u"stock.adjusted"_s, u"sale"_s, -1, 0);
    noTime.insert(u"at"_s, u"yesterday"_s);
    QVERIFY(!ProductHistory::parse({ { u"movements"_s, QJsonArray { noTime } } }).ok());
    const auto empty = ProductHistory::parse({ { u"movements"_s, QJsonArray() } });
    QVERIFY(empty.ok() && empty->movements.isEmpty() && !empty->hasMore);
}

void TestPosHistory::theDialogPagesFiltersAndExports()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    FakeServer server;
    server.reply = [now](const QUrl &url) {
        const QUrlQuery q(url);
        const QString reason = q.queryItemValue(u"reason"_s);
        QJsonArray matching;
        for (const QJsonValue &m : aWeek(now)) {
            if (reason.isEmpty() || m[u"reason"_s].toString() == reason)
                matching.append(m);
        }
        // Page 2 starts one early, as when a change is recorded between two pages.
        const int page = q.queryItemValue(u"page"_s).toInt();
        const int limit = q.queryItemValue(u"limit"_s).toInt();
        const int first = qMax(0, (page - 1) * limit - (page > 1 ? 1 : 0));
        QJsonArray slice;
        for (int i = first; i < qMin(int(matching.size()), page * limit); ++i)
            slice.append(matching.at(i));
        return qMakePair(200,
                         QJsonObject { { u"page"_s, page },
                                       { u"hasMore"_s, page * limit < matching.size() },
                                       { u"movements"_s, slice } });
    };
    ApiClient api({ server.url() });
    ui::HistoryDialog dialog(api, reasons(api), u"PROD-007"_s, u"MAD-001"_s);
    dialog.setSubject(u"Monitor LG 27\" 4K"_s, u"Madrid Centro (MAD-001)"_s);
    dialog.history()->setPageSize(4);
    dialog.show();
    dialog.reload();
    QTRY_COMPARE(dialog.model()->rowCount(), 4);
    QVERIFY(server.requests.last().path() == u"/api/v1/products/PROD-007/history"_s);
    QCOMPARE(QUrlQuery(server.requests.last()).queryItemValue(u"storeId"_s), u"MAD-001"_s);
    QVERIFY(dialog.series()->count() >= 8);
    auto *more = dialog.findChild<QPushButton *>(u"historyMore"_s);
    QVERIFY(more->isVisible());
    more->click();
    // Six in all: the one page 2 repeats is not shown twice.
    QTRY_COMPARE(dialog.model()->rowCount(), 6);
    QVERIFY(!more->isVisible());
    QCOMPARE(dialog.model()->movementAt(5).seq, qint64(4));
    QCOMPARE(dialog.series()->count(), 6 * 2 + 1);
    // "6 movement(s)." until the English translation has the plural.
    QVERIFY2(dialog.statusLabel()->text().startsWith(u"6 movement"_s),
             qPrintable(dialog.statusLabel()->text()));
    if (const QString shot = qEnvironmentVariable("INVENTORY_HISTORY_SHOT"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(shot));

    // The reason goes to the server; only sales come back.
    QComboBox *reasons = dialog.reasonFilter();
    reasons->setCurrentIndex(reasons->findData(u"sale"_s));
    QTRY_COMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(QUrlQuery(server.requests.last()).queryItemValue(u"reason"_s), u"sale"_s);
    for (const StockMovement &m : dialog.model()->movements())
        QCOMPARE(m.reason, u"sale"_s);

    const QString path = m_dir.filePath(u"fake.csv"_s);
    QVERIFY(dialog.exportTo(path).ok());
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), 1 + 2);
    QVERIFY2(lines.at(0).contains(u"When,Movement,Reason,Change"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u",Ticket sold,Sale,-2,12,"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"Ticket MAD-001-K7QX-T-000042"_s));
}

void TestPosHistory::aFailedReadIsShownAndCanBeRetried()
{
    FakeServer server;
    int calls = 0;
    // A route not there yet, then an empty history.
    const QJsonObject notFound { { u"code"_s, u"NOT_FOUND"_s }, { u"message"_s, u"no route"_s } };
    server.reply = [&calls, notFound](const QUrl &) {
        return ++calls == 1 ? qMakePair(404, QJsonObject { { u"error"_s, notFound } })
                            : qMakePair(200, QJsonObject { { u"movements"_s, QJsonArray() } });
    };
    ApiClient api({ server.url() });
    ui::HistoryDialog dialog(api, reasons(api), u"PROD-007"_s, u"MAD-001"_s);
    QList<ErrorCode> failed; // Error has no default value for QSignalSpy to hold
    connect(dialog.history(), &ProductHistory::failed,
            [&failed](const Error &e) { failed << e.code(); });
    dialog.show();
    dialog.reload();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0), ErrorCode::NotFound);
    QVERIFY(!dialog.history()->loaded());
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().startsWith(u"The history could not be read"_s),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!dialog.statusLabel()->text().startsWith(u"No movements"_s));
    auto *retry = dialog.findChild<QPushButton *>(u"historyRetry"_s);
    QVERIFY(retry->isVisible());
    if (const QString shot = qEnvironmentVariable("INVENTORY_HISTORY_SHOT"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(QString(shot).replace(u".png"_s, u"-error.png"_s)));
    retry->click();
    // Now really empty, and said so.
    QTRY_VERIFY(dialog.history()->loaded());
    QVERIFY(!retry->isVisible());
    QVERIFY(!dialog.errorLabel()->isVisible());
    QVERIFY(dialog.statusLabel()->text().startsWith(u"No movements"_s));

    // No server at all: unavailable, not an empty history.
    const quint16 closed = server.serverPort();
    server.close();
    ApiClient nowhere({ QUrl(u"http://127.0.0.1:%1"_s.arg(closed)) });
    nowhere.setRetryPolicy(1, 2000, 10);
    ProductHistory history(nowhere, u"PROD-007"_s, u"MAD-001"_s);
    QList<ErrorCode> unreachable;
    connect(&history, &ProductHistory::failed,
            [&unreachable](const Error &e) { unreachable << e.code(); });
    QSignalSpy loaded(&history, &ProductHistory::pageLoaded);
    history.reload();
    QTRY_COMPARE(unreachable.size(), 1);
    QCOMPARE(unreachable.at(0), ErrorCode::Unavailable);
    QCOMPARE(loaded.size(), 0);
    QVERIFY(!history.loaded());
}

QTEST_MAIN(TestPosHistory)
#include "tst_poshistory.moc"
