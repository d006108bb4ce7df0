#include "ui/tills/staffmodel.h"

namespace inventory::ui {

void StaffModel::setPeople(const QList<User> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::UserRole)
        return m_people.at(index.row()).id;
    return {};
}

int StaffModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == userId)
            return row;
    }
    return -1;
}

} // namespace inventory::ui
