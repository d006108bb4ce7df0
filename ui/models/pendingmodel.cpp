#include "ui/models/pendingmodel.h"

#include "core/client/errortext.h"
#include "core/client/localetext.h"
#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace inventory::ui {

PendingModel::PendingModel(const ProductNames &names, QObject *parent)
    : KeyedRowsModel<PendingOperation>([](const PendingOperation &op) { return op.key; }, parent)
    , m_names(names)
{
}

int PendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingModel::nextStep(const PendingOperation &operation)
{
    if (operation.state != PendingOperation::State::Rejected)
        return tr("Nothing: it is sent when the server can be reached.");
    const QString code = operation.result.value(u"error"_s).toObject().value(u"code"_s).toString();
    const QString kind = operation.body.value(u"operation"_s).toString();
    if (code == u"INSUFFICIENT_STOCK"_s && kind == u"subtract"_s)
        return tr("Count the product: the shelf does not match the books. Discard only if the "
                  "goods did not leave.");
    if (code == u"VERSION_CONFLICT"_s)
        return tr("Count the product again and enter what you see; then discard this one.");
    if (code == u"INVALID_STATE"_s)
        return tr("Nothing left to do: discard it.");
    if (code == u"FORBIDDEN"_s || code == u"UNAUTHENTICATED"_s)
        return tr("Ask a manager; sign in again if the session ended.");
    return tr("Retry; if it is refused again, ask a manager.");
}

QVariant PendingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PendingOperation &op = rowAt(index.row());
    const bool rejected = op.state == PendingOperation::State::Rejected;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return LocaleText::time(op.createdAtMs);
        case What: {
            const QString operation = op.body.value(u"operation"_s).toString();
            if (operation == u"subtract"_s)
                return tr("Sale");
            if (operation == u"add"_s)
                return tr("Receipt");
            if (operation == u"set"_s)
                return tr("Count");
            if (op.kind == u"reserve"_s)
                return tr("Reservation");
            return op.kind == u"confirm"_s ? tr("Confirm reservation") : tr("Cancel reservation");
        }
        case Product:
            return m_names.of(op.body.value(u"productId"_s).toString());
        case Quantity:
            return op.body.value(u"quantity"_s).toInteger();
        case Reason:
            return rejected ? ErrorText::describe(op.result.value(u"error"_s).toObject())
                            : tr("Waiting to be sent");
        case NextStep:
            return nextStep(op);
        }
    }
    if (role == Qt::ToolTipRole)
        return op.reason().isEmpty() ? op.key : op.reason();
    if (role == Qt::BackgroundRole && rejected)
        return QBrush(QColor(0xf8, 0xd7, 0xda));
    return {};
}

QVariant PendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case What:
        return tr("Operation");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case Reason:
        return tr("Why");
    case NextStep:
        return tr("What to do");
    }
    return {};
}

} // namespace inventory::ui
