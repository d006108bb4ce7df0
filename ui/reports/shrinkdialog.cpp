#include "ui/reports/shrinkdialog.h"

#include "core/client/text/errortext.h"
#include "ui/csvexport.h"
#include "ui/reports/shrinkmodel.h"
#include "ui/transfers/storenames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
// The server's months are UTC months: the bounds are their first instants.
qint64 startOfMonthUtc(const QDate &date)
{
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc())
        .toMSecsSinceEpoch();
}
} // namespace

ShrinkDialog::ShrinkDialog(ApiClient &api, LocalCache &cache, const ReasonCatalog &reasons,
                           QWidget *parent)
    : QDialog(parent)
    , m_query(new ShrinkQuery(api, this))
    , m_model(new ShrinkModel(reasons, this))
    , m_store(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("Try &again"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(u"shrinkDialog"_s);
    setWindowTitle(tr("Shrink: units lost by reason"));
    auto *heading = new QLabel(tr("Units that left each store other than by a sale or a "
                                  "transfer, by month and reason."),
                               this);
    heading->setWordWrap(true);

    const QHash<QString, QString> names = StoreNames::all(cache);
    m_model->setStoreNames(names);
    m_store->setObjectName(u"shrinkStore"_s);
    m_store->addItem(tr("All stores"), QString());
    QStringList ids = names.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        m_store->addItem(tr("%1 (%2)").arg(names.value(id), id), id);
    const QDate thisMonth = QDate::currentDate();
    for (auto [edit, date] :
         { std::pair { m_from, thisMonth.addMonths(-11) }, std::pair { m_to, thisMonth } }) {
        edit->setDisplayFormat(u"MM/yyyy"_s);
        edit->setCalendarPopup(true);
        edit->setDate(date);
    }
    m_from->setObjectName(u"shrinkFrom"_s);
    m_to->setObjectName(u"shrinkTo"_s);
    auto *filters = new QHBoxLayout;
    const QList<std::pair<QString, QWidget *>> fields { { tr("&Store:"), m_store },
                                                        { tr("&From month:"), m_from },
                                                        { tr("&To month:"), m_to } };
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    }
    filters->addStretch(1);
    connect(m_store, &QComboBox::currentIndexChanged, this, &ShrinkDialog::reload);
    // A date edit commits when editing finishes, not at every digit typed.
    connect(m_from, &QDateEdit::editingFinished, this, &ShrinkDialog::reload);
    connect(m_to, &QDateEdit::editingFinished, this, &ShrinkDialog::reload);

    m_view->setObjectName(u"shrinkView"_s);
    m_view->setAccessibleName(tr("Units lost by store, month and reason"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_status->setObjectName(u"shrinkStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"shrinkError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red like the status bar's offline state: a failed read must not pass for an empty report.
    m_error->setStyleSheet(u"background:#f8d7da; color:#842029; border:1px solid #f1aeb5;"
                           " padding:6px; font-weight:bold"_s);
    m_error->hide();
    m_retry->hide();
    m_export->setObjectName(u"shrinkExport"_s);
    m_export->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *b : { m_retry, m_export, buttons->button(QDialogButtonBox::Close) })
        b->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &ShrinkDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &ShrinkDialog::exportCsv);
    connect(m_query, &ShrinkQuery::loaded, this, &ShrinkDialog::loaded);
    connect(m_query, &ShrinkQuery::failed, this, &ShrinkDialog::failed);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(900, 520);
}

void ShrinkDialog::setMonths(const QDate &first, const QDate &last)
{
    m_from->setDate(first);
    m_to->setDate(last);
}

void ShrinkDialog::setStore(const QString &storeId)
{
    const int at = m_store->findData(storeId);
    m_store->setCurrentIndex(qMax(0, at)); // reloads when it changes
}

void ShrinkDialog::reload()
{
    QDate first = m_from->date();
    QDate last = m_to->date();
    if (first > last)
        std::swap(first, last);
    m_error->hide();
    m_retry->hide();
    m_status->setText(tr("Reading the report…"));
    m_query->load(m_store->currentData().toString(), startOfMonthUtc(first),
                  startOfMonthUtc(last.addMonths(1)));
}

void ShrinkDialog::loaded(const QList<ShrinkEntry> &entries)
{
    m_model->setEntries(entries);
    m_export->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0)
        m_status->setText(tr("No units left other than by a sale or a transfer in these months."));
    else
        m_status->setText(tr("%n unit(s) lost", nullptr, int(m_model->totalUnits())));
}

void ShrinkDialog::failed(const Error &error)
{
    m_model->setEntries({});
    m_export->setEnabled(false);
    m_status->clear();
    m_error->setText(tr("The report could not be read: %1").arg(ErrorText::describe(error)));
    m_error->show();
    m_retry->show();
}

Status ShrinkDialog::exportTo(const QString &path) const
{
    return CsvExport::write(path, *m_model);
}

void ShrinkDialog::exportCsv()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"shrink-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export shrink report"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s) {
        m_error->setText(tr("The file could not be written: %1").arg(s.error().message()));
        m_error->show();
        return;
    }
    m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace inventory::ui
