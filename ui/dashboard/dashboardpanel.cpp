#include "ui/dashboard/dashboardpanel.h"

#include "core/client/clientsession.h"
#include "core/client/reports/dashboardquery.h"
#include "core/client/syncengine.h"
#include "core/client/text/errortext.h"
#include "ui/csvexport.h"
#include "ui/dashboard/rankedproductsmodel.h"
#include "ui/dashboard/salesbydaymodel.h"
#include "ui/dashboard/stockovertimemodel.h"
#include "ui/dashboard/storevaluemodel.h"
#include "ui/models/productnames.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QChartView *chartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 260);
    return view;
}

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setMinimumHeight(160);
    return view;
}
} // namespace

DashboardPanel::DashboardPanel(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(names)
    , m_sales(new SalesByDayModel(this))
    , m_value(new StoreValueModel(this))
    , m_stock(new StockOverTimeModel(this))
    , m_top(new RankedProductsModel(RankedProductsModel::Kind::TopSellers, names, this))
    , m_unsold(new RankedProductsModel(RankedProductsModel::Kind::Unsold, names, this))
    , m_salesChart(chartView(tr("Sales per store, last %n day(s)", nullptr, Days), this))
    , m_valueChart(chartView(tr("Stock value per store"), this))
    , m_stockChart(chartView(tr("Stock over time"), this))
    , m_topView(tableView(m_top, this))
    , m_unsoldView(tableView(m_unsold, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"dashboard"_s);
    m_salesChart->setObjectName(u"salesChart"_s);
    m_valueChart->setObjectName(u"valueChart"_s);
    m_stockChart->setObjectName(u"stockChart"_s);
    m_status->setObjectName(u"dashboardStatus"_s);
    const auto exportButton
        = [this](const QString &what, QAbstractItemModel *model, const QString &name) {
              auto *button = new QPushButton(tr("CSV…"), this);
              button->setToolTip(tr("Export the data of “%1” as CSV").arg(what));
              button->setAccessibleName(tr("Export %1 as CSV").arg(what));
              connect(button, &QPushButton::clicked, this,
                      [this, model, name] { exportModel(*model, name); });
              return button;
          };
    const auto titled = [this](const QString &title, QWidget *content, QPushButton *button) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *head = new QHBoxLayout;
        if (!title.isEmpty())
            head->addWidget(new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box));
        head->addStretch(1);
        head->addWidget(button);
        layout->addLayout(head);
        layout->addWidget(content, 1);
        return box;
    };
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPanel::load);
    auto *grid = new QGridLayout;
    grid->addWidget(
        titled({}, m_salesChart, exportButton(tr("Sales per store"), m_sales, u"sales-per-day"_s)),
        0, 0);
    grid->addWidget(titled({}, m_valueChart,
                           exportButton(tr("Stock value per store"), m_value, u"stock-value"_s)),
                    0, 1);
    grid->addWidget(titled({}, m_stockChart,
                           exportButton(tr("Stock over time"), m_stock, u"stock-over-time"_s)),
                    0, 2);
    grid->addWidget(titled(tr("Top sellers, 30 days"), m_topView,
                           exportButton(tr("Top sellers"), m_top, u"top-sellers"_s)),
                    1, 0);
    grid->addWidget(titled(tr("In stock, no sale in 30 days"), m_unsoldView,
                           exportButton(tr("Products without sales"), m_unsold, u"unsold"_s)),
                    1, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_status);
    side->addWidget(refreshButton);
    side->addStretch(1);
    grid->addLayout(side, 1, 2);
    // Charts need room to be read: in the tab's share of the window they scroll rather than
    // shrink.
    auto *content = new QWidget(this);
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->addWidget(scroll);
    m_status->setWordWrap(true);

    // A sale comes with a burst of events, and a busy store sells all day: one read a moment
    // after the last change.
    m_reload.setSingleShot(true);
    m_reload.setInterval(2000);
    connect(&m_reload, &QTimer::timeout, this, &DashboardPanel::load);
    connect(&session.sync(), &SyncEngine::eventsApplied, this, &DashboardPanel::onEventsApplied);
    load();
}

void DashboardPanel::refresh()
{
    m_reload.start();
}

void DashboardPanel::setProduct(const QString &productId)
{
    if (productId == m_productId)
        return;
    m_productId = productId;
    m_stockChart->chart()->setTitle(productId.isEmpty()
                                        ? tr("Stock over time")
                                        : tr("Stock over time: %1").arg(m_names.of(productId)));
    refresh();
}

void DashboardPanel::onEventsApplied(const QList<Event> &events)
{
    for (const Event &e : events) {
        if (e.type.startsWith(u"ticket."_s) || e.type.startsWith(u"stock."_s)
            || e.type.startsWith(u"transfer."_s) || e.type == u"count.applied"_s
            || e.type.startsWith(u"reservation.confirmed"_s))
            return refresh();
    }
}

void DashboardPanel::partDone(const QString &failure)
{
    if (!failure.isEmpty())
        m_failures << failure;
    if (--m_waiting > 0)
        return;
    if (m_failures.isEmpty()) {
        m_status->setStyleSheet({});
        m_status->setText(
            tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        m_status->setStyleSheet(u"color: #b02020;"_s);
        m_status->setText(tr("Some of the dashboard cannot be read: %1").arg(m_failures.first()));
    }
    emit loaded();
}

void DashboardPanel::load()
{
    m_reload.stop();
    const quint64 generation = ++m_generation;
    m_failures.clear();
    // Top sellers are a store's: a till signed in without one (an admin's) shows none.
    const bool perStore = !m_session.storeId().isEmpty();
    m_waiting = 2 + (perStore ? 1 : 0) + (m_productId.isEmpty() ? 0 : 1);
    DashboardQuery query(m_session);
    const auto guard
        = [self = QPointer(this), generation] { return self && self->m_generation == generation; };
    query.salesByDay(Days, [this, guard](Result<QJsonObject> sales) {
        if (!guard())
            return;
        if (sales) {
            m_sales->setSeries(sales.value(), Days);
            drawSales();
        }
        partDone(sales ? QString() : ErrorText::describe(sales.error()));
    });
    query.stockValue([this, guard](Result<QJsonObject> value) {
        if (!guard())
            return;
        if (value) {
            m_value->setStores(value->value(u"stores"_s).toArray());
            drawValue();
        }
        partDone(value ? QString() : ErrorText::describe(value.error()));
    });
    if (perStore)
        query.products(m_session.storeId(), 30, [this, guard](Result<QJsonObject> products) {
            if (!guard())
                return;
            if (products) {
                m_top->setLines(products->value(u"top"_s).toArray());
                m_unsold->setLines(products->value(u"unsold"_s).toArray());
            }
            partDone(products ? QString() : ErrorText::describe(products.error()));
        });
    if (m_productId.isEmpty())
        return;
    QStringList stores;
    if (auto known = m_session.cache().stores()) {
        for (const Store &s : known.value())
            stores << s.id;
    }
    query.stockOverTime(m_productId, stores, [this, guard](Result<DashboardQuery::Lines> lines) {
        if (!guard())
            return;
        if (lines) {
            m_stock->setLines(lines.value());
            drawStock();
        }
        partDone(lines ? QString() : ErrorText::describe(lines.error()));
    });
}

void DashboardPanel::drawSales()
{
    QChart *chart = m_salesChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QBarSeries;
    double top = 0;
    for (int c = 1; c < m_sales->columnCount(); ++c) {
        auto *set = new QBarSet(m_sales->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        for (int r = 0; r < m_sales->rowCount(); ++r) {
            const double value = m_sales->index(r, c).data(SalesByDayModel::ValueRole).toDouble();
            set->append(value);
            top = std::max(top, value);
        }
        series->append(set);
    }
    chart->addSeries(series);
    // A third of the screen has room for a day's number, not for "Sat 28" nor a short date
    // (Qt Charts elides them): the chart's title says which week, the table and the CSV keep
    // the weekdays and dates.
    auto *days = new QBarCategoryAxis;
    for (const QDate &day : m_sales->days())
        days->append(QLocale().toString(day, u"d"_s));
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    QValueAxis *amount = moneyAxis(top);
    chart->addAxis(amount, Qt::AlignLeft);
    series->attachAxis(amount);
}

QValueAxis *DashboardPanel::moneyAxis(double top)
{
    auto *amount = new QValueAxis;
    amount->setRange(0, top > 0 ? top * 1.05 : 1);
    amount->applyNiceNumbers();
    amount->setLabelFormat(u"%.0f"_s);
    amount->setTitleText(QLocale().currencySymbol());
    return amount;
}

void DashboardPanel::drawValue()
{
    QChart *chart = m_valueChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Value"));
    auto *stores = new QBarCategoryAxis;
    double top = 0;
    for (int r = 0; r < m_value->rowCount(); ++r) {
        const double value
            = m_value->index(r, StoreValueModel::Value).data(StoreValueModel::ValueRole).toDouble();
        set->append(value);
        top = std::max(top, value);
        stores->append(m_value->index(r, StoreValueModel::Store).data().toString());
    }
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    chart->addAxis(stores, Qt::AlignBottom);
    series->attachAxis(stores);
    QValueAxis *amount = moneyAxis(top);
    chart->addAxis(amount, Qt::AlignLeft);
    series->attachAxis(amount);
}

void DashboardPanel::drawStock()
{
    QChart *chart = m_stockChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *time = new QDateTimeAxis;
    time->setFormat(u"dd/MM"_s);
    auto *units = new QValueAxis;
    units->setLabelFormat(u"%d"_s);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(units, Qt::AlignLeft);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 first = now;
    double top = 1;
    for (const QString &store : m_stock->stores()) {
        auto *line = new QLineSeries;
        line->setName(store);
        const QList<QPointF> points = m_stock->lines().value(store);
        // Steps: a quantity holds until the next movement, and until now after the last.
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (i > 0)
                line->append(points.at(i).x(), points.at(i - 1).y());
            line->append(points.at(i));
            first = std::min<qint64>(first, qint64(points.at(i).x()));
            top = std::max(top, points.at(i).y());
        }
        if (!points.isEmpty())
            line->append(double(now), points.last().y());
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(units);
    }
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(now));
    // Ticks as fine as the span: seconds within ten minutes, minutes within two days, days
    // beyond.
    const qint64 span = now - first;
    time->setFormat(span <= 600'000              ? u"HH:mm:ss"_s
                        : span <= 2 * 86'400'000 ? u"HH:mm"_s
                                                 : u"dd/MM"_s);
    units->setRange(0, top * 1.1);
    units->applyNiceNumbers();
}

void DashboardPanel::exportModel(const QAbstractItemModel &model, const QString &name)
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"%1-%2.csv"_s.arg(name, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = CsvExport::write(path, model); !s)
        return emit done(tr("Could not write %1: %2").arg(path, s.error().message()),
                         Notice::Error);
    emit done(tr("Saved %1").arg(QDir::toNativeSeparators(path)), Notice::Info);
}

} // namespace inventory::ui
