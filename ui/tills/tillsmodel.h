#pragma once

#include "core/domain/device.h"

#include <QAbstractTableModel>

namespace inventory::ui {

// The enrolled tills as the server listed them: id, name, store, who enrolled it and when,
// and whether it is active or since when it is revoked (greyed).
class TillsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Store, EnrolledBy, EnrolledAt, State, ColumnCount };

    explicit TillsModel(QObject *parent = nullptr);

    void setTills(const QList<Device> &tills);
    // Puts the server's answer for one till in its row.
    void update(const Device &till);
    const Device &tillAt(int row) const { return m_tills.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Device> m_tills;
};

} // namespace inventory::ui
