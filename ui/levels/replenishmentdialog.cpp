#include "ui/levels/replenishmentdialog.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "ui/levels/replenishmentmodel.h"
#include "ui/transfers/storenames.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ReplenishmentDialog::ReplenishmentDialog(ClientSession &session, const ProductNames &names,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ReplenishmentModel(names, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_request(new QPushButton(tr("&Request transfers"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
{
    setObjectName(u"replenishmentDialog"_s);
    setWindowTitle(tr("Low stock and replenishment — %1")
                       .arg(StoreNames::of(session.cache(), session.storeId())));
    m_model->setStoreNames(StoreNames::all(session.cache()));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Numbers as wide as they need, names and stores with the rest (a reset keeps the modes).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReplenishmentModel::Product,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Products below their minimum"));
    m_status->setWordWrap(true);
    m_status->setObjectName(u"replenishmentStatus"_s);
    m_request->setObjectName(u"requestTransfers"_s);
    m_request->setToolTip(
        tr("Ask each store in \"Take from\" for the units in \"Ask for\" of the checked lines"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);
    buttons->addButton(m_request, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &ReplenishmentDialog::reload);
    connect(m_request, &QPushButton::clicked, this, &ReplenishmentDialog::requestTransfers);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReplenishmentDialog::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReplenishmentDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 420);
    updateButton();
}

void ReplenishmentDialog::reload()
{
    m_status->setText(tr("Asking the server…"));
    m_reload->setEnabled(false);
    QPointer<ReplenishmentDialog> self(this);
    LevelDesk(m_session).replenishment(m_session.storeId(), [self](auto lines) {
        if (self)
            self->show(lines);
    });
}

void ReplenishmentDialog::show(const Result<QList<ReplenishmentLine>> &lines)
{
    m_reload->setEnabled(true);
    if (!lines)
        return showCached(lines.error());
    m_model->setLines(lines.value());
    m_status->setStyleSheet({});
    m_status->setText(lines->isEmpty()
                          ? tr("No product of this store is below its minimum.")
                          : tr("%n product(s) below their minimum.", nullptr, int(lines->size())));
    emit loaded();
}

void ReplenishmentDialog::showCached(const Error &why)
{
    auto low = m_session.cache().lowRows(m_session.storeId());
    if (!low) {
        m_model->setLines({});
        m_status->setStyleSheet(u"color:#842029"_s);
        m_status->setText(tr("Could not read the low products: %1").arg(ErrorText::describe(why)));
        return;
    }
    QList<ReplenishmentLine> lines;
    for (const StockRow &row : low.value()) {
        lines.append({ row.productId,
                       row.available(),
                       row.incoming,
                       0,
                       row.minLevel,
                       row.targetLevel,
                       std::max<qint64>(0, row.targetLevel - (row.available() + row.incoming)),
                       {},
                       0 });
    }
    m_model->setLines(lines);
    m_status->setStyleSheet(u"color:#842029"_s);
    m_status->setText(tr("The server could not be asked (%1): these are the low products this "
                         "till knows of, without stores to take them from.")
                          .arg(ErrorText::describe(why)));
    emit loaded();
}

void ReplenishmentDialog::updateButton()
{
    m_request->setEnabled(!m_model->checkedLines().isEmpty());
}

void ReplenishmentDialog::requestTransfers()
{
    const QList<ReplenishmentLine> lines = m_model->checkedLines();
    if (lines.isEmpty())
        return;
    m_request->setEnabled(false);
    QPointer<ReplenishmentDialog> self(this);
    LevelDesk(m_session).requestTransfers(
        m_session.storeId(), lines, [self](Result<QStringList> ids) {
            if (!self)
                return;
            if (!ids) {
                self->updateButton();
                emit self->done(
                    tr("Could not request the transfers: %1").arg(ErrorText::describe(ids.error())),
                    Notice::Error);
                return;
            }
            emit self->done(tr("%n transfer(s) requested: %1", nullptr, int(ids->size()))
                                .arg(ids->join(u", "_s)),
                            Notice::Info);
            self->reload();
        });
}

} // namespace inventory::ui
