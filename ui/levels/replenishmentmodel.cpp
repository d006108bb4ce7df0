#include "ui/levels/replenishmentmodel.h"

#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>

namespace inventory::ui {

ReplenishmentModel::ReplenishmentModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

bool ReplenishmentModel::requestable(const ReplenishmentLine &line)
{
    return !line.sourceStoreId.isEmpty() && line.suggested() > 0;
}

void ReplenishmentModel::setLines(const QList<ReplenishmentLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

QList<ReplenishmentLine> ReplenishmentModel::checkedLines() const
{
    QList<ReplenishmentLine> checked;
    for (const ReplenishmentLine &line : m_lines) {
        if (requestable(line) && !m_unchecked.contains(line.productId))
            checked.append(line);
    }
    return checked;
}

int ReplenishmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReplenishmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplenishmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ReplenishmentLine &line = m_lines.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Product && requestable(line))
        return m_unchecked.contains(line.productId) ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ForegroundRole && index.column() == Need && line.need == 0)
        return QBrush(QColor(0x0f, 0x51, 0x32)); // covered by units on their way
    if (role == Qt::ToolTipRole && index.column() == Need && line.need == 0)
        return tr("Units on their way already bring it to its target");
    if (role == Qt::ToolTipRole && index.column() == Incoming && line.requested > 0)
        return tr("%1 shipped to this store, %2 requested and not shipped yet")
            .arg(line.incoming)
            .arg(line.requested);
    if (role == Qt::TextAlignmentRole && index.column() != Product && index.column() != Source)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Product:
        return m_names.of(line.productId);
    case Available:
        return line.available;
    case Incoming:
        return line.incoming + line.requested;
    case Min:
        return line.minLevel;
    case Target:
        return line.targetLevel;
    case Need:
        return line.need;
    case Source:
        if (line.need == 0)
            return QString();
        return line.sourceStoreId.isEmpty()
            ? tr("No store has units to spare")
            : m_storeNames.value(line.sourceStoreId, line.sourceStoreId);
    case Ask:
        return requestable(line) ? QVariant(line.suggested()) : QVariant();
    }
    return {};
}

bool ReplenishmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != Product)
        return false;
    const QString id = m_lines.at(index.row()).productId;
    if (value.toInt() == Qt::Checked)
        m_unchecked.remove(id);
    else
        m_unchecked.insert(id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags ReplenishmentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Product && requestable(m_lines.at(index.row())))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReplenishmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Available:
        return tr("Available");
    case Incoming:
        return tr("On the way");
    case Min:
        return tr("Min");
    case Target:
        return tr("Target");
    case Need:
        return tr("Need");
    case Source:
        return tr("Take from");
    case Ask:
        return tr("Ask for");
    }
    return {};
}

} // namespace inventory::ui
