#include "ui/reports/dayreportdialog.h"

#include "core/client/clientsession.h"
#include "core/client/reports/dayreportquery.h"
#include "core/client/text/errortext.h"
#include "ui/csvexport.h"
#include "ui/reports/dayreportmodel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

DayReportDialog::DayReportDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new DayReportModel(
          [&session](const QString &code) { return session.reasons().label(code); }, this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_csv(new QPushButton(tr("E&xport CSV…"), this))
    , m_pdf(new QPushButton(tr("Save as &PDF…"), this))
{
    setObjectName(u"dayReportDialog"_s);
    setWindowTitle(tr("Day report — %1").arg(session.storeId()));
    m_date->setObjectName(u"dayReportDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_status->setObjectName(u"dayReportStatus"_s);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"dayReport"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DayReportModel::What, QHeaderView::Stretch);
    m_csv->setAutoDefault(false);
    m_pdf->setAutoDefault(false);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_date);
    auto *top = new QHBoxLayout;
    top->addWidget(dayLabel);
    top->addWidget(m_date);
    top->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_csv);
    bottom->addWidget(m_pdf);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(860, 600);
    connect(m_date, &QDateEdit::dateChanged, this, &DayReportDialog::reload);
    connect(m_csv, &QPushButton::clicked, this, &DayReportDialog::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &DayReportDialog::choosePdf);
}

void DayReportDialog::reload()
{
    const quint64 generation = ++m_generation;
    m_status->setStyleSheet({});
    m_status->setText(tr("Loading…"));
    DayReportQuery(m_session).load(m_session.storeId(), m_date->date(),
                                   [self = QPointer(this), generation](Result<QJsonObject> day) {
                                       if (!self || generation != self->m_generation)
                                           return;
                                       if (!day) {
                                           const QString why = ErrorText::describe(day.error());
                                           self->m_status->setStyleSheet(u"color: #b02020;"_s);
                                           self->m_status->setText(
                                               tr("The day report cannot be read: %1").arg(why));
                                           self->m_csv->setEnabled(false);
                                           self->m_pdf->setEnabled(false);
                                           emit self->failed(why);
                                           return;
                                       }
                                       self->m_model->setReport(day.value());
                                       self->m_status->setText(QString());
                                       self->m_csv->setEnabled(true);
                                       self->m_pdf->setEnabled(true);
                                       emit self->loaded();
                                   });
}

Status DayReportDialog::exportCsv(const QString &path) const
{
    return CsvExport::write(path, *m_model);
}

Status DayReportDialog::exportPdf(const QString &path) const
{
    QString html = u"<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' cellpadding='3'>"_s.arg(
        tr("Day report").toHtmlEscaped(),
        tr("%1, %2")
            .arg(m_session.storeId(), QLocale().toString(m_date->date(), QLocale::LongFormat))
            .toHtmlEscaped());
    html += u"<tr>"_s;
    for (int c = 0; c < m_model->columnCount(); ++c)
        html += u"<th>%1</th>"_s.arg(
            m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped());
    html += u"</tr>"_s;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        html += u"<tr>"_s;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QString text = m_model->index(r, c).data().toString().toHtmlEscaped();
            html += c >= DayReportModel::Count ? u"<td align='right'>%1</td>"_s.arg(text)
                                               : u"<td>%1</td>"_s.arg(text);
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    QTextDocument document;
    document.setHtml(html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error::unavailable(tr("the PDF could not be written to %1").arg(path));
    return {};
}

QString DayReportDialog::suggestedPath(const QString &extension) const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(u"day-%1-%2.%3"_s.arg(m_session.storeId(), m_date->date().toString(Qt::ISODate),
                                        extension));
}

void DayReportDialog::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export day report"), suggestedPath(u"csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        return emit reported(tr("Could not write %1: %2").arg(path, s.error().message()),
                             Notice::Error);
    emit reported(tr("Saved %1").arg(QDir::toNativeSeparators(path)), Notice::Info);
}

void DayReportDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save day report as PDF"), suggestedPath(u"pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        return emit reported(tr("Could not write %1: %2").arg(path, s.error().message()),
                             Notice::Error);
    emit reported(tr("Saved %1").arg(QDir::toNativeSeparators(path)), Notice::Info);
}

} // namespace inventory::ui
