#include "ui/history/historydialog.h"

#include "core/client/history/producthistory.h"
#include "core/client/reasons/reasoncatalog.h"
#include "core/client/text/errortext.h"
#include "ui/csvexport.h"
#include "ui/models/historymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;

namespace inventory::ui {

HistoryDialog::HistoryDialog(ApiClient &api, const ReasonCatalog &reasons, const QString &productId,
                             const QString &storeId, QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
    , m_history(new ProductHistory(api, productId, storeId, this))
    , m_model(new HistoryModel(&reasons, this))
    , m_heading(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_fromOn(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toOn(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("Try &again"), this))
    , m_more(new QPushButton(tr("Load &more"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(u"historyDialog"_s);
    setSubject(productId, storeId);
    auto *filters = new QHBoxLayout;
    buildFilters(filters);
    buildChart();

    m_view->setObjectName(u"historyView"_s);
    m_view->setAccessibleName(tr("Movements, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    // One line per movement: long ticket ids and notes scroll sideways (and show in full in
    // their tooltips) rather than making every row tall.
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"historyError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The status bar's offline red, as a banner where the history would be: a failed read
    // must not pass for an empty history at a glance.
    m_error->setStyleSheet(u"background:#f8d7da; color:#842029; border:1px solid #f1aeb5;"
                           " padding:6px; font-weight:bold"_s);
    m_error->hide();
    m_retry->setObjectName(u"historyRetry"_s);
    m_more->setObjectName(u"historyMore"_s);
    m_export->setObjectName(u"historyExport"_s);
    m_export->setToolTip(tr("Saves the movements shown, with the filters applied"));
    m_retry->hide();
    m_more->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in a date field must not press a button (it would close the dialog): none is
    // the default, and Esc closes.
    for (QPushButton *b : { m_retry, m_more, m_export, buttons->button(QDialogButtonBox::Close) })
        b->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        // A later page that failed is asked for again; otherwise the first.
        if (m_history->loaded())
            m_history->loadMore();
        else
            reload();
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_more->setEnabled(false);
        m_status->setText(tr("Loading older movements…"));
        m_history->loadMore();
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::exportCsv);
    connect(m_history, &ProductHistory::pageLoaded, this, &HistoryDialog::pageLoaded);
    connect(m_history, &ProductHistory::failed, this, &HistoryDialog::failed);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_more);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_chartView);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(980, 580);
}

void HistoryDialog::setSubject(const QString &productName, const QString &storeName)
{
    setWindowTitle(tr("Movement history — %1 at %2").arg(productName, storeName));
    m_heading->setText(
        tr("<b>%1</b> at %2").arg(productName.toHtmlEscaped(), storeName.toHtmlEscaped()));
}

void HistoryDialog::buildFilters(QHBoxLayout *row)
{
    m_reason->setObjectName(u"historyReason"_s);
    m_reason->addItem(tr("All reasons"), QString());
    for (const ReasonCode &reason : m_reasons.codes())
        m_reason->addItem(m_reasons.label(reason.code), reason.code);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    // Unticked, a date is no bound; ticked, the day it names is included.
    const QDate today = QDate::currentDate();
    for (auto [on, edit, date] : { std::tuple { m_fromOn, m_from, today.addDays(-30) },
                                   std::tuple { m_toOn, m_to, today } }) {
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setEnabled(false);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(on, &QCheckBox::toggled, m_filterDelay, qOverload<>(&QTimer::start));
        connect(edit, &QDateEdit::dateChanged, this, [this, on = on] {
            if (on->isChecked())
                m_filterDelay->start();
        });
    }
    m_from->setObjectName(u"historyFrom"_s);
    m_to->setObjectName(u"historyTo"_s);
    m_fromOn->setToolTip(tr("Only movements on or after this day"));
    m_toOn->setToolTip(tr("Only movements on or before this day"));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &HistoryDialog::reload);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &HistoryDialog::reload);
    row->addWidget(reasonLabel);
    row->addWidget(m_reason);
    row->addSpacing(16);
    row->addWidget(m_fromOn);
    row->addWidget(m_from);
    row->addWidget(m_toOn);
    row->addWidget(m_to);
    row->addStretch(1);
}

void HistoryDialog::buildChart()
{
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_series = new QLineSeries;
    m_series->setName(tr("Quantity"));
    m_chart->addSeries(m_series);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(6);
    m_quantityAxis = new QValueAxis;
    m_quantityAxis->setLabelFormat(u"%d"_s);
    m_quantityAxis->setTitleText(tr("Quantity"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_quantityAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_quantityAxis);
    m_chartView = new QChartView(m_chart, this); // owns the chart
    m_chartView->setObjectName(u"historyChart"_s);
    m_chartView->setAccessibleName(tr("Quantity over time"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setMinimumHeight(150);
    m_chartView->setMaximumHeight(190);
    m_chartView->hide(); // until there is something to plot
}

void HistoryDialog::applyFilters()
{
    m_history->setReason(m_reason->currentData().toString());
    const qint64 from
        = m_fromOn->isChecked() ? QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch() : 0;
    // The whole of the last day: up to its last millisecond.
    const qint64 to = m_toOn->isChecked()
        ? QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1
        : 0;
    m_history->setRange(from, to);
}

void HistoryDialog::reload()
{
    m_filterDelay->stop();
    applyFilters();
    m_model->setMovements({});
    replot();
    m_retry->hide();
    m_more->hide();
    m_error->hide();
    m_status->setText(tr("Loading…"));
    m_history->reload();
}

void HistoryDialog::pageLoaded(int page, const QList<StockMovement> &movements)
{
    if (page == 1)
        m_model->setMovements(movements);
    else
        m_model->append(movements);
    replot();
    // Fitted to what is shown, then the clerk's to widen (a note, a long ticket id).
    m_view->resizeColumnsToContents();
    m_retry->hide();
    m_more->setVisible(m_history->hasMore());
    m_more->setEnabled(true);
    m_error->hide();
    m_chartView->setVisible(m_model->rowCount() > 0); // an empty chart says nothing
    showCount();
}

void HistoryDialog::showCount()
{
    const int rows = m_model->rowCount();
    const bool filtered
        = m_reason->currentIndex() > 0 || m_fromOn->isChecked() || m_toOn->isChecked();
    if (rows == 0)
        m_status->setText(filtered ? tr("No movements match these filters.")
                                   : tr("No movements recorded for this product here."));
    else if (m_history->hasMore())
        m_status->setText(
            tr("The newest %n movement(s); older ones with “Load more”.", nullptr, rows));
    else
        m_status->setText(tr("%n movement(s).", nullptr, rows));
}

void HistoryDialog::failed(const Error &error)
{
    // What was read before stays (a later page failed); a failed first page shows no table
    // at all, only why.
    if (!m_history->loaded()) {
        m_model->setMovements({});
        replot();
        m_chartView->hide();
        m_status->clear();
    } else {
        m_status->setText(tr("%n movement(s).", nullptr, m_model->rowCount()));
    }
    m_more->hide();
    m_retry->show();
    showError(tr("The history could not be read: %1").arg(ErrorText::describe(error)));
}

void HistoryDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

qint64 HistoryDialog::untilMs() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_toOn->isChecked())
        return now;
    return qMin(now, QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1);
}

QList<QPointF> HistoryDialog::steps(const QList<StockMovement> &newestFirst, qint64 untilMs)
{
    QList<QPointF> points;
    if (newestFirst.isEmpty())
        return points;
    points.reserve(newestFirst.size() * 2 + 1);
    const StockMovement &oldest = newestFirst.last();
    qint64 before = qMax<qint64>(0, oldest.quantityAfter - oldest.delta);
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        points.append(QPointF(double(it->atMs), double(before)));
        points.append(QPointF(double(it->atMs), double(it->quantityAfter)));
        before = it->quantityAfter;
    }
    if (untilMs > newestFirst.first().atMs)
        points.append(QPointF(double(untilMs), double(before)));
    return points;
}

void HistoryDialog::replot()
{
    const QList<QPointF> points = steps(m_model->movements(), untilMs());
    m_series->replace(points);
    if (points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addDays(-1), now);
        m_quantityAxis->setRange(0, 4);
        m_quantityAxis->setTickCount(5);
        return;
    }
    qint64 first = qint64(points.first().x());
    qint64 last = qint64(points.last().x());
    if (last - first < 60'000) { // one instant: a line needs some width
        first -= 30 * 60'000;
        last += 30 * 60'000;
    }
    first -= (last - first) / 40; // the first step clear of the axis
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(first);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(last);
    // Within a day the hours tell the steps apart; over days, the dates, without the year
    // unless the range crosses one.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (from.date().year() == to.date().year())
        format.remove(QRegularExpression(u"[^dM]*y+[^dM]*"_s));
    m_timeAxis->setFormat(last - first <= 24 * 3600'000 ? locale.timeFormat(QLocale::ShortFormat)
                                                        : format);
    m_timeAxis->setRange(from, to);
    double highest = 0;
    for (const QPointF &p : points)
        highest = qMax(highest, p.y());
    // Four whole steps from 0, so that every tick falls on a whole number of units.
    const qint64 step = qMax<qint64>(1, (qint64(highest) + 1 + 3) / 4);
    m_quantityAxis->setRange(0, double(step * 4));
    m_quantityAxis->setTickCount(5);
}

Status HistoryDialog::exportTo(const QString &path) const
{
    return CsvExport::write(path, *m_model);
}

void HistoryDialog::exportCsv()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"history-%1-%2.csv"_s.arg(m_history->productId(), m_history->storeId()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export movement history"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        return showError(tr("The file could not be written: %1").arg(s.error().message()));
    m_error->hide();
    m_status->setText(tr("%n movement(s) exported to %1", nullptr, m_model->rowCount())
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace inventory::ui
