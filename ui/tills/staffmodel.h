#pragma once

#include "core/domain/user.h"

#include <QAbstractListModel>

namespace inventory::ui {

// The people who may unlock this till, as the lock screen lists them.
class StaffModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setPeople(const QList<User> &people);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString userAt(int row) const { return m_people.value(row).id; }
    int rowOf(const QString &userId) const;

private:
    QList<User> m_people;
};

} // namespace inventory::ui
