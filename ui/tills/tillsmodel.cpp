#include "ui/tills/tillsmodel.h"

#include "core/client/text/localetext.h"

#include <QBrush>
#include <QPalette>

namespace inventory::ui {

TillsModel::TillsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TillsModel::setTills(const QList<Device> &tills)
{
    beginResetModel();
    m_tills = tills;
    endResetModel();
}

void TillsModel::update(const Device &till)
{
    for (int row = 0; row < m_tills.size(); ++row) {
        if (m_tills.at(row).id == till.id) {
            m_tills[row] = till;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

int TillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tills.size());
}

int TillsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TillsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tills.size())
        return {};
    const Device &till = m_tills.at(index.row());
    if (role == Qt::ForegroundRole && till.isRevoked())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return till.id;
    case Name:
        return till.name;
    case Store:
        return till.storeId;
    case EnrolledBy:
        return till.enrolledBy;
    case EnrolledAt:
        return LocaleText::dateTime(till.enrolledAtMs);
    case State:
        return till.isRevoked() ? tr("Revoked %1").arg(LocaleText::dateTime(*till.revokedAtMs))
                                : tr("Active");
    default:
        return {};
    }
}

QVariant TillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Till");
    case Name:
        return tr("Name");
    case Store:
        return tr("Store");
    case EnrolledBy:
        return tr("Enrolled by");
    case EnrolledAt:
        return tr("Enrolled");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace inventory::ui
