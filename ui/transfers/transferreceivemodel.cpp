#include "ui/transfers/transferreceivemodel.h"

#include "ui/models/productnames.h"
#include "ui/transfers/countdelegate.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace inventory::ui {

TransferReceiveModel::TransferReceiveModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

void TransferReceiveModel::setTransfer(const Transfer &transfer)
{
    beginResetModel();
    m_lines.clear();
    for (const TransferLine &line : transfer.lines) {
        if (line.shipped > 0)
            m_lines.append({ line.productId, line.shipped, line.outstanding(), 0, 0 });
    }
    endResetModel();
}

int TransferReceiveModel::rowOf(const QString &productId) const
{
    for (int r = 0; r < m_lines.size(); ++r) {
        if (m_lines.at(r).productId == productId)
            return r;
    }
    return -1;
}

TransferReceiveModel::Scan TransferReceiveModel::scan(const QString &productId)
{
    const int row = rowOf(productId);
    if (row < 0)
        return Scan::NotInTransfer;
    const Line &line = m_lines.at(row);
    if (line.received + line.damaged >= line.onTheWay)
        return Scan::AlreadyComplete;
    setData(index(row, Received), line.received + 1, Qt::EditRole);
    return Scan::Counted;
}

QList<TransferLine> TransferReceiveModel::receiving() const
{
    QList<TransferLine> lines;
    for (const Line &line : m_lines) {
        if (line.received + line.damaged == 0)
            continue;
        TransferLine out;
        out.productId = line.productId;
        out.received = line.received;
        out.damaged = line.damaged;
        lines.append(out);
    }
    return lines;
}

qint64 TransferReceiveModel::receivedTotal() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.received;
    return total;
}

qint64 TransferReceiveModel::damagedTotal() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.damaged;
    return total;
}

qint64 TransferReceiveModel::missing() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.onTheWay - line.received - line.damaged;
    return total;
}

int TransferReceiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TransferReceiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferReceiveModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == CountDelegate::MaximumRole) {
        // What is on its way, less what the other count of the line took.
        if (index.column() == Received)
            return line.onTheWay - line.damaged;
        if (index.column() == Damaged)
            return line.onTheWay - line.received;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Product:
            return m_names.of(line.productId);
        case Shipped:
            return line.shipped;
        case OnTheWay:
            return line.onTheWay;
        case Received:
            return line.received;
        case Damaged:
            return line.damaged;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Product)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == Product && line.onTheWay > 0
        && line.received + line.damaged == line.onTheWay)
        return QBrush(QColor(0xd1, 0xe7, 0xdd)); // everything on its way is counted
    if (role == Qt::ToolTipRole && index.column() == Product)
        return line.productId;
    return {};
}

bool TransferReceiveModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole
        || (index.column() != Received && index.column() != Damaged))
        return false;
    bool ok = false;
    const qint64 asked = value.toLongLong(&ok);
    if (!ok)
        return false;
    Line &line = m_lines[index.row()];
    // Never more than is on its way: the server would refuse the whole receipt.
    if (index.column() == Received)
        line.received = std::clamp<qint64>(asked, 0, line.onTheWay - line.damaged);
    else
        line.damaged = std::clamp<qint64>(asked, 0, line.onTheWay - line.received);
    // The other count's range changed with it.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags TransferReceiveModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Received || index.column() == Damaged)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TransferReceiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Shipped:
        return tr("Shipped");
    case OnTheWay:
        return tr("On the way");
    case Received:
        return tr("Received");
    case Damaged:
        return tr("Damaged");
    }
    return {};
}

} // namespace inventory::ui
