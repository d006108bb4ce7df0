#include "ui/counts/countreviewdialog.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "ui/counts/countreviewmodel.h"
#include "ui/csvexport.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CountReviewDialog::CountReviewDialog(ClientSession &session, const ProductNames &names,
                                     const QString &countId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_countId(countId)
    , m_desk(session)
    , m_model(new CountReviewModel(names, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_zero(new QCheckBox(tr("Products nobody counted were &not found: set them to 0"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_apply(new QPushButton(tr("&Apply corrections"), this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    })
{
    setObjectName(u"countReviewDialog"_s);
    setWindowTitle(tr("Review of count %1").arg(countId));
    m_view->setModel(m_model);
    m_view->setObjectName(u"countReview"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CountReviewModel::Product,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_summary->setObjectName(u"countReviewSummary"_s);
    m_summary->setWordWrap(true);
    m_zero->setObjectName(u"zeroUncounted"_s);
    m_zero->setToolTip(tr("Only for a full count of the scope: what nobody counted is gone"));
    m_apply->setObjectName(u"applyCount"_s);
    m_apply->setEnabled(false);
    m_apply->setAutoDefault(false);
    m_refresh->setAutoDefault(false);
    m_export->setAutoDefault(false);
    connect(m_refresh, &QPushButton::clicked, this, &CountReviewDialog::load);
    connect(m_export, &QPushButton::clicked, this, &CountReviewDialog::exportCsv);
    connect(m_apply, &QPushButton::clicked, this, &CountReviewDialog::apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_export);
    bottom->addStretch(1);
    bottom->addWidget(m_apply);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_zero);
    layout->addLayout(bottom);
    resize(860, 540);
    load();
}

void CountReviewDialog::load()
{
    m_summary->setText(tr("Loading…"));
    m_desk.review(m_countId, [self = QPointer(this)](Result<QJsonObject> review) {
        if (!self)
            return;
        if (!review) {
            self->m_summary->setText(ErrorText::describe(review.error()));
            self->m_apply->setEnabled(false);
            return;
        }
        self->m_model->setReview(review.value());
        const int total = self->m_model->rowCount();
        const int uncounted = self->m_model->uncounted();
        const int recounts = self->m_model->recounts();
        QString text = tr("%n product(s) in the count", nullptr, total);
        text += u", "_s + tr("%n counted", nullptr, total - uncounted);
        if (recounts > 0)
            text += u", "_s + tr("%n to count again (marked)", nullptr, recounts);
        self->m_summary->setText(text + u'.');
        self->m_apply->setEnabled(review->value(u"status"_s).toString() == u"OPEN"_s
                                  && total - uncounted > 0);
        emit self->loaded();
    });
}

void CountReviewDialog::apply()
{
    if (m_busy)
        return;
    int changes = 0;
    for (const CountReviewModel::Line &l : m_model->lines())
        changes += (l.counted && l.variance != 0) || (!l.counted && m_zero->isChecked());
    QString question = tr("Apply the count? %n product(s) will be corrected with reason \"count\".",
                          nullptr, changes);
    if (m_model->recounts() > 0)
        question
            += u' ' + tr("%n product(s) are marked to count again.", nullptr, m_model->recounts());
    if (m_zero->isChecked() && m_model->uncounted() > 0)
        question += u' '
            + tr("%n product(s) nobody counted will be set to 0.", nullptr, m_model->uncounted());
    if (!m_confirm(question))
        return;
    m_busy = true;
    m_apply->setEnabled(false);
    m_desk.apply(m_countId,
                 m_zero->isChecked() ? UncountedProducts::Zeroed : UncountedProducts::LeftAlone,
                 [self = QPointer(this)](Result<QJsonObject> answer) {
                     if (!self)
                         return;
                     self->m_busy = false;
                     if (!answer) {
                         const QString why = ErrorText::describe(answer.error());
                         self->m_summary->setText(why);
                         self->m_apply->setEnabled(true);
                         emit self->reported(tr("Count not applied: %1").arg(why), Notice::Error);
                         return;
                     }
                     emit self->reported(tr("Count %1 applied: %n product(s) corrected", nullptr,
                                            answer->value(u"changed"_s).toInt())
                                             .arg(self->m_countId),
                                         Notice::Info);
                     emit self->applied();
                     self->accept();
                 });
}

Status CountReviewDialog::exportTo(const QString &path) const
{
    return CsvExport::write(path, *m_model);
}

void CountReviewDialog::exportCsv()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"count-%1.csv"_s.arg(m_countId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export count review"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        return emit reported(tr("Could not write %1: %2").arg(path, s.error().message()),
                             Notice::Error);
    emit reported(tr("Saved %1").arg(QDir::toNativeSeparators(path)), Notice::Info);
}

} // namespace inventory::ui
