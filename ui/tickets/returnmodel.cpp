#include "ui/tickets/returnmodel.h"

#include "ui/models/productnames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ReturnModel::ReturnModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

void ReturnModel::setTicket(const QJsonObject &ticket)
{
    beginResetModel();
    m_lines.clear();
    for (const QJsonValue &value : ticket.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        m_lines.append({ line.value(u"productId"_s).toString(),
                         line.value(u"quantity"_s).toInteger(),
                         line.value(u"returned"_s).toInteger(), 0, false });
    }
    endResetModel();
}

QList<TicketLine> ReturnModel::returning() const
{
    QList<TicketLine> lines;
    for (const Line &line : m_lines) {
        if (line.now > 0)
            lines.append(
                { line.productId, line.now, {}, line.damaged ? u"damaged"_s : u"restock"_s, 0 });
    }
    return lines;
}

int ReturnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReturnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Damaged)
        return line.damaged ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return m_names.of(line.productId);
    case Sold:
        return line.sold;
    case Returned:
        return line.returned;
    case Now:
        return line.now;
    }
    return {};
}

bool ReturnModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Line &line = m_lines[index.row()];
    if (index.column() == Damaged && role == Qt::CheckStateRole) {
        line.damaged = value.toInt() == Qt::Checked;
    } else if (index.column() == Now && role == Qt::EditRole) {
        bool ok = false;
        const qint64 now = value.toLongLong(&ok);
        // Never more than is left to come back: the server would refuse it anyway.
        if (!ok || now < 0 || now > line.sold - line.returned)
            return false;
        line.now = now;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ReturnModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Now)
        flags |= Qt::ItemIsEditable;
    if (index.column() == Damaged)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReturnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Sold:
        return tr("Sold");
    case Returned:
        return tr("Returned before");
    case Now:
        return tr("Returning now");
    case Damaged:
        return tr("Damaged");
    }
    return {};
}

} // namespace inventory::ui
