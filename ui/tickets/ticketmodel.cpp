#include "ui/tickets/ticketmodel.h"

#include "core/client/text/localetext.h"

#include <QBrush>
#include <QColor>

namespace inventory::ui {

TicketModel::TicketModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TicketModel::add(const Product &product, qint64 quantity, qint64 available)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).product.id == product.id) {
            m_lines[row].quantity += quantity;
            m_lines[row].available = available;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            emit totalsChanged();
            return;
        }
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append({ product, quantity, available });
    endInsertRows();
    emit totalsChanged();
}

void TicketModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit totalsChanged();
}

void TicketModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
    emit totalsChanged();
}

void TicketModel::setLines(const QList<Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit totalsChanged();
}

void TicketModel::setAvailable(const QString &productId, qint64 available)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).product.id == productId && m_lines.at(row).available != available) {
            m_lines[row].available = available;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            emit totalsChanged();
        }
    }
}

qint64 TicketModel::totalCents() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.quantity * line.product.priceCents;
    return total;
}

qint64 TicketModel::itemCount() const
{
    qint64 count = 0;
    for (const Line &line : m_lines)
        count += line.quantity;
    return count;
}

int TicketModel::shortLines() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(),
                             [](const Line &l) { return l.quantity > l.available; }));
}

int TicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return line.product.name;
        case Quantity:
            return line.quantity;
        case UnitPrice:
            return LocaleText::money(line.product.priceCents);
        case LineTotal:
            return LocaleText::money(line.quantity * line.product.priceCents);
        case Available:
            return line.available;
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Available) {
        if (line.quantity > line.available)
            return QBrush(QColor(0xf8, 0xd7, 0xda)); // more than there is
        if (line.quantity == line.available)
            return QBrush(QColor(0xff, 0xf3, 0xcd)); // the last ones
    }
    if (role == Qt::ToolTipRole && line.quantity > line.available)
        return tr("Only %1 available here").arg(line.available);
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool TicketModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Quantity || role != Qt::EditRole)
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 1 || quantity > 1'000'000)
        return false;
    m_lines[index.row()].quantity = quantity;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalsChanged();
    return true;
}

Qt::ItemFlags TicketModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == Quantity ? base | Qt::ItemIsEditable : base;
}

QVariant TicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Quantity:
        return tr("Units");
    case UnitPrice:
        return tr("Price");
    case LineTotal:
        return tr("Amount");
    case Available:
        return tr("Available here");
    }
    return {};
}

} // namespace inventory::ui
