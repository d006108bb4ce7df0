#include "ui/tickets/exceptionspanel.h"

#include "core/client/clientsession.h"
#include "core/client/counts/countdesk.h"
#include "core/client/text/errortext.h"
#include "core/client/tickets/discrepancydesk.h"
#include "ui/models/discrepancymodel.h"
#include "ui/uilog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ExceptionsPanel::ExceptionsPanel(ClientSession &session, const ProductNames &names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_desk(new DiscrepancyDesk(session, this))
    , m_model(new DiscrepancyModel(names, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_count(new QPushButton(tr("Start a c&ount…"), this))
    , m_release(new QPushButton(tr("Re&lease reservations…"), this))
    , m_accept(new QPushButton(tr("Acce&pt…"), this))
    , m_countAll(new QPushButton(tr("Count every affected product"), this))
{
    m_askCount = [this](const QString &question, qint64 shown) -> std::optional<qint64> {
        bool ok = false;
        const int counted = QInputDialog::getInt(this, tr("Start a count"), question, int(shown), 0,
                                                 1'000'000'000, 1, &ok);
        return ok ? std::optional<qint64>(counted) : std::nullopt;
    };
    m_askNote = [this](const QString &question) -> std::optional<QString> {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Accept the difference"), question,
                                                   QLineEdit::Normal, {}, &ok);
        return ok ? std::optional<QString>(note) : std::nullopt;
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Release reservations"), question)
            == QMessageBox::Yes;
    };

    m_status->setObjectName(u"exceptionsStatus"_s);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"exceptionsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // The product and the reservations (ids of 36 characters) get a width of their own,
    // elided, whole in the tooltip; the other columns fit their contents (load()).
    QHeaderView *header = m_view->horizontalHeader();
    const int chars = fontMetrics().averageCharWidth();
    for (const auto &[column, width] : { std::pair { DiscrepancyModel::Product, 38 },
                                         std::pair { DiscrepancyModel::AtRisk, 26 } })
        header->resizeSection(column, chars * width);
    header->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Open stock discrepancies"));
    // One store: its id in every row says nothing.
    m_view->setColumnHidden(DiscrepancyModel::Store, m_desk->stores().size() == 1);

    m_count->setObjectName(u"countDiscrepancy"_s);
    m_count->setToolTip(tr("Count the product on the shelf, record the count and resolve"));
    m_release->setObjectName(u"releaseDiscrepancy"_s);
    m_release->setToolTip(tr("Cancel the held reservations the stock no longer covers"));
    m_accept->setObjectName(u"acceptDiscrepancy"_s);
    m_accept->setToolTip(tr("Accept the difference as it is, with an optional note"));
    m_countAll->setObjectName(u"countAffected"_s);
    m_countAll->setToolTip(tr("Open a count session of every product of this store with an open "
                              "discrepancy, for several tills to count at once"));
    for (QPushButton *b : { m_count, m_release, m_accept, m_countAll }) {
        b->setMinimumHeight(44);
        b->setAccessibleName(b->text().remove(u'&'));
    }
    connect(m_count, &QPushButton::clicked, this, &ExceptionsPanel::startCount);
    connect(m_release, &QPushButton::clicked, this, &ExceptionsPanel::release);
    connect(m_accept, &QPushButton::clicked, this, &ExceptionsPanel::accept);
    connect(m_countAll, &QPushButton::clicked, this, &ExceptionsPanel::countAffected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExceptionsPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addWidget(m_release);
    buttons->addWidget(m_accept);
    buttons->addStretch();
    buttons->addWidget(m_countAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_count);
    setTabOrder(m_count, m_release);
    setTabOrder(m_release, m_accept);

    // Events come in bursts (a ticket of several lines raises several): one read for a burst.
    m_reload.setSingleShot(true);
    m_reload.setInterval(150);
    connect(&m_reload, &QTimer::timeout, this, &ExceptionsPanel::load);
    connect(m_desk, &DiscrepancyDesk::discrepanciesChanged, this, &ExceptionsPanel::refresh);
    updateButtons();
    refresh();
}

void ExceptionsPanel::countAffected()
{
    QStringList products;
    for (const Discrepancy &d : m_model->rows()) {
        if (d.storeId == m_session.storeId() && !products.contains(d.productId))
            products << d.productId;
    }
    if (products.isEmpty())
        return emit done(tr("No open discrepancy at this store"), Notice::Error);
    CountDesk::Scope scope;
    scope.scope = CountScope::List;
    scope.productIds = products;
    CountDesk(m_session).open(
        m_session.storeId(), scope, [self = QPointer(this)](Result<QJsonObject> count) {
            if (!self)
                return;
            if (!count)
                return emit self->done(
                    tr("Count not opened: %1").arg(ErrorText::describe(count.error())),
                    Notice::Error);
            emit self->done(
                tr("Count %1 opened: %n product(s)", nullptr, count->value(u"total"_s).toInt())
                    .arg(count->value(u"countId"_s).toString()),
                Notice::Info);
            emit self->countSessionOpened(count.value());
        });
}

void ExceptionsPanel::refresh()
{
    m_reload.start();
}

void ExceptionsPanel::load()
{
    const quint64 generation = ++m_generation;
    if (m_openCount < 0)
        m_status->setText(tr("Loading…"));
    m_desk->listOpen([this, generation](Result<QList<Discrepancy>> open) {
        if (generation != m_generation)
            return; // a newer read is on its way
        if (!open) {
            qCWarning(lcUi) << "cannot read the discrepancies:" << open.error().message();
            m_status->setText(tr("The open discrepancies cannot be read: %1")
                                  .arg(DiscrepancyDesk::describe(open.error())));
            return;
        }
        m_model->setRows(open.value());
        updateButtons();
        // Times (a date too for older ones), stores, numbers and tickets as wide as they are.
        for (int column :
             { DiscrepancyModel::When, DiscrepancyModel::Store, DiscrepancyModel::ShortBy,
               DiscrepancyModel::Unrecorded, DiscrepancyModel::Ticket })
            m_view->resizeColumnToContents(column);
        const int count = int(open->size());
        m_status->setText(
            count == 0 ? tr("No open discrepancies: every offline sale is covered by the books.")
                       : tr("%n offline sale(s) took more than the books had. Count the product, "
                            "release the reservations at risk, or accept the difference.",
                            nullptr, count));
        if (!m_view->currentIndex().isValid() && count > 0)
            m_view->selectRow(0);
        setOpenCount(count);
        updateButtons();
    });
}

void ExceptionsPanel::setOpenCount(int count)
{
    if (count == m_openCount)
        return;
    m_openCount = count;
    emit openCountChanged(count);
}

std::optional<Discrepancy> ExceptionsPanel::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

void ExceptionsPanel::updateButtons()
{
    const auto d = selected();
    const bool ready = d.has_value() && !m_busy && m_desk->mayResolve();
    m_count->setEnabled(ready);
    m_accept->setEnabled(ready);
    m_release->setEnabled(ready && !d->reservationsAtRisk.isEmpty());
    m_countAll->setEnabled(m_model->rowCount() > 0);
}

void ExceptionsPanel::startCount()
{
    const auto d = selected();
    if (!d || m_busy)
        return;
    const auto row = m_session.cache().row(d->productId, d->storeId);
    const qint64 shown = row ? row->quantity : 0;
    const auto counted = m_askCount(tr("Count %1 on the shelf at %2.\nThe till shows %n unit(s). "
                                       "Units counted:",
                                       nullptr, int(shown))
                                        .arg(m_model->productText(d->productId), d->storeId),
                                    shown);
    if (!counted)
        return;
    m_busy = true;
    updateButtons();
    const QString success
        = tr("Counted %1 at %2: %n unit(s). Discrepancy %3 resolved.", nullptr, int(*counted))
              .arg(m_model->productText(d->productId), d->storeId, d->id);
    m_desk->countAndResolve(*d, *counted, [this, d = *d, success](Result<Discrepancy> outcome) {
        finished(d, outcome, success);
    });
}

void ExceptionsPanel::release()
{
    const auto d = selected();
    if (!d || m_busy || d->reservationsAtRisk.isEmpty())
        return;
    if (!m_confirm(tr("Cancel the reservations still held among %1 (%2 at %3)? Tell the "
                      "customers their units are gone.")
                       .arg(d->reservationsAtRisk.join(u", "_s), m_model->productText(d->productId),
                            d->storeId)))
        return;
    m_busy = true;
    updateButtons();
    const QString success
        = tr("Discrepancy %1 resolved: the reservations at risk were released.").arg(d->id);
    m_desk->resolve(*d, u"released"_s, {}, [this, d = *d, success](Result<Discrepancy> outcome) {
        finished(d, outcome, success);
    });
}

void ExceptionsPanel::accept()
{
    const auto d = selected();
    if (!d || m_busy)
        return;
    const auto note = m_askNote(tr("Accept discrepancy %1 as it is: %2 short by %n unit(s) at "
                                   "%3.\nNote (optional):",
                                   nullptr, int(d->shortBy))
                                    .arg(d->id, m_model->productText(d->productId), d->storeId));
    if (!note)
        return;
    m_busy = true;
    updateButtons();
    const QString success = tr("Discrepancy %1 accepted as it is.").arg(d->id);
    m_desk->resolve(*d, u"accepted"_s, *note, [this, d = *d, success](Result<Discrepancy> outcome) {
        finished(d, outcome, success);
    });
}

void ExceptionsPanel::finished(const Discrepancy &discrepancy, const Result<Discrepancy> &outcome,
                               const QString &success)
{
    m_busy = false;
    if (outcome) {
        QList<Discrepancy> rest = m_model->rows();
        rest.removeIf([&](const Discrepancy &d) { return d.id == discrepancy.id; });
        m_model->setRows(rest);
        setOpenCount(int(rest.size()));
        emit done(success, Notice::Info);
    } else {
        qCInfo(lcUi) << "discrepancy" << discrepancy.id
                     << "not resolved:" << outcome.error().message();
        emit done(tr("Not resolved: %1").arg(DiscrepancyDesk::describe(outcome.error())),
                  Notice::Error);
    }
    updateButtons();
    refresh(); // resolved meanwhile elsewhere, or raised again
}

} // namespace inventory::ui
