#include "ui/transfers/transferrequester.h"

#include "core/client/clientsession.h"
#include "ui/availabilitypanel.h"
#include "ui/models/availabilitymodel.h"
#include "ui/models/productnames.h"
#include "ui/transfers/storenames.h"
#include "ui/transfers/transferrequestdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TransferRequester::TransferRequester(ClientSession &session, const ProductNames &names,
                                     AvailabilityPanel *panel, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_names(names)
    , m_view(panel->view())
    , m_window(window)
    , m_action(new QAction(tr("Request &transfer…"), this))
    , m_button(new QPushButton(tr("Request transfer… (Ctrl+Shift+T)"), panel))
    , m_hint(new QLabel(panel))
{
    m_action->setObjectName(u"requestTransfer"_s);
    m_action->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    m_action->setToolTip(tr("Ask the selected store to send units of this product here"));
    connect(m_action, &QAction::triggered, this, &TransferRequester::open);
    // The context menu of a row, and the shortcut wherever the window has the focus.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_action);
    window->addAction(m_action);
    m_button->setObjectName(u"requestTransferButton"_s);
    m_button->setToolTip(m_action->toolTip());
    m_button->setAutoDefault(false);
    connect(m_button, &QPushButton::clicked, m_action, &QAction::trigger);
    m_hint->setObjectName(u"requestTransferHint"_s);
    m_hint->setStyleSheet(u"color:#495057"_s);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the tab
    panel->actionsRow()->addWidget(m_hint, 1);
    panel->actionsRow()->addWidget(m_button);

    QAbstractItemModel *model = m_view->model();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransferRequester::update);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &TransferRequester::update);
    connect(model, &QAbstractItemModel::dataChanged, this, &TransferRequester::update);
    connect(model, &QAbstractItemModel::modelReset, this, &TransferRequester::update);
    update();
}

TransferRequestDialog *TransferRequester::dialog() const
{
    return m_dialog;
}

std::optional<StockRow> TransferRequester::selectedRow() const
{
    const auto *model = qobject_cast<const AvailabilityModel *>(m_view->model());
    const QModelIndex current = m_view->currentIndex();
    if (!model || !current.isValid() || current.row() >= model->rowCount())
        return std::nullopt;
    return model->rowAt(current.row());
}

void TransferRequester::update()
{
    const auto row = selectedRow();
    const bool other = row && row->storeId != m_session.storeId();
    const bool ready = other && row->available() > 0;
    m_action->setEnabled(ready);
    m_button->setEnabled(ready);
    if (!row)
        m_hint->setText(m_view->model()->rowCount() > 0
                            ? tr("Select another store's row to ask it for units.")
                            : QString());
    else if (!other)
        m_hint->setText(tr("This is your store: select another one to ask it for units."));
    else if (!ready)
        m_hint->setText(tr("%1 has none available.").arg(storeName(row->storeId)));
    else
        m_hint->setText(tr("%1 can send up to %n unit(s).", nullptr, int(row->available()))
                            .arg(storeName(row->storeId)));
}

QString TransferRequester::storeName(const QString &storeId) const
{
    return StoreNames::of(m_session.cache(), storeId);
}

void TransferRequester::open()
{
    const auto row = selectedRow();
    if (!row || row->storeId == m_session.storeId())
        return emit done(tr("Select another store's row in Availability first"), Notice::Error);
    if (row->available() <= 0)
        return emit done(
            tr("%1 has no units of this product available").arg(storeName(row->storeId)),
            Notice::Error);
    delete m_dialog;
    m_dialog = new TransferRequestDialog(m_session,
                                         { row->productId, m_names.of(row->productId), row->storeId,
                                           storeName(row->storeId), row->available() },
                                         m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TransferRequestDialog::done, this, &TransferRequester::done);
    m_dialog->open();
}

} // namespace inventory::ui
