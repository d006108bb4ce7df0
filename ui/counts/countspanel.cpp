#include "ui/counts/countspanel.h"

#include "core/client/clientsession.h"
#include "core/client/syncengine.h"
#include "core/client/text/errortext.h"
#include "ui/counts/countingdialog.h"
#include "ui/counts/countlistmodel.h"
#include "ui/counts/countreviewdialog.h"
#include "ui/counts/newcountdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CountsPanel::CountsPanel(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(names)
    , m_manager(session.user().role != Role::Clerk)
    , m_model(new CountListModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_new(new QPushButton(tr("New count…"), this))
    , m_count(new QPushButton(tr("Count…"), this))
    , m_review(new QPushButton(tr("Review…"), this))
    , m_cancel(new QPushButton(tr("Cancel count"), this))
{
    m_askScope = [this]() -> std::optional<CountDesk::Scope> {
        NewCountDialog dialog(m_session.cache(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.scope();
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Stock counts"), question) == QMessageBox::Yes;
    };
    m_filter->setObjectName(u"countFilter"_s);
    m_filter->addItem(tr("Counting now"), u"OPEN"_s);
    m_filter->addItem(tr("All counts"), QString());
    m_view->setObjectName(u"countList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CountListModel::Scope, QHeaderView::Stretch);
    m_status->setObjectName(u"countsStatus"_s);
    const QList<std::tuple<QPushButton *, QString, QString, void (CountsPanel::*)()>> buttons {
        { m_new, u"newCount"_s, tr("Managers: open a count of a shelf, a category or the store"),
          &CountsPanel::openCount },
        { m_count, u"countInto"_s, tr("Scan and count the products of the count selected"),
          &CountsPanel::countSelected },
        { m_review, u"reviewCount"_s,
          tr("Managers: counted against expected, then apply the corrections"),
          &CountsPanel::reviewSelected },
        { m_cancel, u"cancelCount"_s, tr("Managers: drop the count without changing any stock"),
          &CountsPanel::cancelSelected },
    };
    for (const auto &[button, name, tip, slot] : buttons) {
        button->setObjectName(name);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, slot);
    }
    m_new->setVisible(m_manager);
    m_review->setVisible(m_manager);
    m_cancel->setVisible(m_manager);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_new);
    bottom->addStretch(1);
    bottom->addWidget(m_count);
    bottom->addWidget(m_review);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_reload.setSingleShot(true);
    m_reload.setInterval(150);
    connect(&m_reload, &QTimer::timeout, this, &CountsPanel::load);
    connect(m_refresh, &QPushButton::clicked, this, &CountsPanel::load);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CountsPanel::load);
    connect(m_view, &QTableView::doubleClicked, this, &CountsPanel::countSelected);
    connect(&session.sync(), &SyncEngine::eventsApplied, this, &CountsPanel::onEventsApplied);
    connect(&session.sync(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Live)
            refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CountsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CountsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CountsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CountsPanel::updateButtons);
    updateButtons();
    refresh();
}

CountingDialog *CountsPanel::countingDialog() const
{
    return m_counting.data();
}

CountReviewDialog *CountsPanel::reviewDialog() const
{
    return m_reviewing.data();
}

void CountsPanel::refresh()
{
    m_reload.start();
}

void CountsPanel::load()
{
    m_reload.stop();
    const quint64 generation = ++m_generation;
    CountDesk(m_session).list(
        m_session.storeId(), m_filter->currentData().toString(),
        [self = QPointer(this), generation](Result<QJsonObject> page) {
            if (!self || generation != self->m_generation)
                return;
            if (!page) {
                self->m_status->setText(
                    tr("Cannot read the counts: %1").arg(ErrorText::describe(page.error())));
                return;
            }
            QList<QJsonObject> counts;
            for (const QJsonValue &v : page->value(u"counts"_s).toArray())
                counts << v.toObject();
            self->m_model->setCounts(counts);
            self->m_status->setText(tr("%n count(s)", nullptr, int(counts.size())));
            if (!self->m_view->currentIndex().isValid() && !counts.isEmpty())
                self->m_view->selectRow(0);
            self->updateButtons();
            emit self->loaded();
        });
}

void CountsPanel::onEventsApplied(const QList<Event> &events)
{
    for (const Event &event : events) {
        if (event.type.startsWith(u"count."_s) && event.storeId == m_session.storeId())
            return refresh();
    }
}

std::optional<QJsonObject> CountsPanel::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->countAt(current.row());
}

bool CountsPanel::select(const QString &countId)
{
    const int row = m_model->rowOf(countId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void CountsPanel::updateButtons()
{
    const auto count = selected();
    const bool open = count && count->value(u"status"_s).toString() == u"OPEN"_s;
    m_count->setEnabled(open);
    m_review->setEnabled(open);
    m_cancel->setEnabled(open);
}

void CountsPanel::openCount()
{
    const auto scope = m_askScope();
    if (!scope)
        return;
    CountDesk(m_session).open(
        m_session.storeId(), *scope, [self = QPointer(this)](Result<QJsonObject> count) {
            if (!self)
                return;
            if (!count) {
                emit self->done(tr("Count not opened: %1").arg(ErrorText::describe(count.error())),
                                Notice::Error);
                return;
            }
            emit self->done(tr("Count %1 opened").arg(count->value(u"countId"_s).toString()),
                            Notice::Info);
            self->refresh();
            self->startCounting(count.value());
        });
}

void CountsPanel::countSelected()
{
    const auto count = selected();
    if (!count || count->value(u"status"_s).toString() != u"OPEN"_s)
        return;
    startCounting(*count);
}

void CountsPanel::startCounting(const QJsonObject &count)
{
    if (m_counting)
        m_counting->close();
    m_counting = new CountingDialog(m_session, m_names, count, this);
    m_counting->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_counting, &CountingDialog::reported, this, &CountsPanel::done);
    m_counting->show();
}

void CountsPanel::reviewSelected()
{
    const auto count = selected();
    if (!count)
        return;
    if (m_reviewing)
        m_reviewing->close();
    m_reviewing
        = new CountReviewDialog(m_session, m_names, count->value(u"countId"_s).toString(), this);
    m_reviewing->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reviewing, &CountReviewDialog::reported, this, &CountsPanel::done);
    connect(m_reviewing, &CountReviewDialog::applied, this, &CountsPanel::refresh);
    m_reviewing->show();
}

void CountsPanel::cancelSelected()
{
    const auto count = selected();
    if (!count)
        return;
    const QString id = count->value(u"countId"_s).toString();
    if (!m_confirm(tr("Cancel count %1? Nothing it counted changes the stock.").arg(id)))
        return;
    CountDesk(m_session).cancel(id, [self = QPointer(this), id](Result<QJsonObject> answer) {
        if (!self)
            return;
        if (!answer)
            return emit self->done(
                tr("Count %1 not cancelled: %2").arg(id, ErrorText::describe(answer.error())),
                Notice::Error);
        emit self->done(tr("Count %1 cancelled").arg(id), Notice::Info);
        self->refresh();
    });
}

} // namespace inventory::ui
