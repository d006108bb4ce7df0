#include "ui/models/pendingmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace inventory::ui {

PendingModel::PendingModel(QObject *parent)
    : KeyedRowsModel<PendingOperation>([](const PendingOperation &op) { return op.key; }, parent)
{
}

int PendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
            return QDateTime::fromMSecsSinceEpoch(op.createdAtMs).toString(u"HH:mm:ss");
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
            return op.body.value(u"productId"_s).toString();
        case Quantity:
            return op.body.value(u"quantity"_s).toInteger();
        case State:
            return rejected ? tr("Rejected") : tr("Waiting to send");
        case Reason:
            return op.reason();
        }
    }
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
    case State:
        return tr("State");
    case Reason:
        return tr("Server's reason");
    }
    return {};
}

} // namespace inventory::ui
