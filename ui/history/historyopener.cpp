#include "ui/history/historyopener.h"

#include "core/client/clientsession.h"
#include "ui/history/historydialog.h"
#include "ui/models/availabilitymodel.h"
#include "ui/models/productnames.h"

#include <QTableView>

namespace inventory::ui {

HistoryOpener::HistoryOpener(ClientSession &session, const ProductNames &names,
                             QTableView *availability, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_names(names)
    , m_window(window)
{
    // activated: a double-click, or Return on the row, so the keyboard gets there too.
    connect(availability, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        const auto *model = qobject_cast<const AvailabilityModel *>(i.model());
        if (model && i.row() < model->rowCount())
            open(model->rowAt(i.row()).productId, model->rowAt(i.row()).storeId);
    });
}

void HistoryOpener::openFor(const std::optional<Product> &product)
{
    if (product)
        open(product->id, m_session.storeId());
    else
        emit done(tr("Scan or search a product first (F2)"), Notice::Error);
}

void HistoryOpener::open(const QString &productId, const QString &storeId)
{
    delete m_dialog;
    m_dialog
        = new HistoryDialog(m_session.api(), m_session.reasons(), productId, storeId, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSubject(m_names.of(productId), storeName(storeId));
    m_dialog->open();
    m_dialog->reload();
}

HistoryDialog *HistoryOpener::dialog() const
{
    return m_dialog;
}

QString HistoryOpener::storeName(const QString &storeId) const
{
    if (const auto stores = m_session.cache().stores()) {
        for (const Store &s : stores.value()) {
            if (s.id == storeId)
                return tr("%1 (%2)").arg(s.name, s.id);
        }
    }
    return storeId; // the stores arrive with the first sync
}

} // namespace inventory::ui
