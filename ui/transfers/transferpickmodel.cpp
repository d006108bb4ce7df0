#include "ui/transfers/transferpickmodel.h"

#include "ui/models/productnames.h"
#include "ui/transfers/countdelegate.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace inventory::ui {

TransferPickModel::TransferPickModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

void TransferPickModel::setTransfer(const Transfer &transfer,
                                    const QHash<QString, qint64> &availableHere)
{
    beginResetModel();
    m_lines.clear();
    for (const TransferLine &line : transfer.lines)
        m_lines.append({ line.productId, line.requested, availableHere.value(line.productId), 0 });
    endResetModel();
}

int TransferPickModel::rowOf(const QString &productId) const
{
    for (int r = 0; r < m_lines.size(); ++r) {
        if (m_lines.at(r).productId == productId)
            return r;
    }
    return -1;
}

TransferPickModel::Scan TransferPickModel::scan(const QString &productId)
{
    const int row = rowOf(productId);
    if (row < 0)
        return Scan::NotInTransfer;
    if (m_lines.at(row).picked >= m_lines.at(row).requested)
        return Scan::AlreadyComplete;
    setData(index(row, Picked), m_lines.at(row).picked + 1, Qt::EditRole);
    return Scan::Counted;
}

QList<TransferLine> TransferPickModel::shipping() const
{
    QList<TransferLine> lines;
    for (const Line &line : m_lines) {
        TransferLine out;
        out.productId = line.productId;
        out.shipped = line.picked;
        lines.append(out);
    }
    return lines;
}

qint64 TransferPickModel::pickedTotal() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.picked;
    return total;
}

qint64 TransferPickModel::requestedTotal() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.requested;
    return total;
}

int TransferPickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TransferPickModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferPickModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == CountDelegate::MaximumRole && index.column() == Picked)
        return line.requested;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Product:
            return m_names.of(line.productId);
        case Requested:
            return line.requested;
        case AvailableHere:
            return line.available;
        case Picked:
            return line.picked;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Product)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        if (index.column() == AvailableHere && line.available < line.requested)
            return QBrush(QColor(0xf8, 0xd7, 0xda)); // not enough here to send it all
        if (index.column() == Product && line.picked == line.requested)
            return QBrush(QColor(0xd1, 0xe7, 0xdd)); // this line is complete
    }
    if (role == Qt::ToolTipRole && index.column() == Product)
        return line.productId;
    return {};
}

bool TransferPickModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Picked || role != Qt::EditRole)
        return false;
    bool ok = false;
    const qint64 asked = value.toLongLong(&ok);
    if (!ok)
        return false;
    Line &line = m_lines[index.row()];
    // Never more than was asked for: the server would send it, but nobody wants it.
    line.picked = std::clamp<qint64>(asked, 0, line.requested);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags TransferPickModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Picked)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TransferPickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Requested:
        return tr("Asked for");
    case AvailableHere:
        return tr("Available here");
    case Picked:
        return tr("Picked");
    }
    return {};
}

} // namespace inventory::ui
