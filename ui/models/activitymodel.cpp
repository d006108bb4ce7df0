#include "ui/models/activitymodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityModel::add(const QList<Event> &events)
{
    QList<Event> fresh;
    for (const Event &e : events) {
        if (m_storeId.isEmpty() || e.storeId.isEmpty() || e.storeId == m_storeId)
            fresh.prepend(e);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_events = fresh + m_events;
    endInsertRows();
    if (m_events.size() > MaxRows) {
        beginRemoveRows({}, MaxRows, int(m_events.size()) - 1);
        m_events.resize(MaxRows);
        endRemoveRows();
    }
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Event &e = m_events.at(index.row());
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"HH:mm:ss.zzz");
    case Seq:
        return e.seq;
    case Type:
        return e.type;
    case Store:
        return e.storeId;
    case Product:
        return e.productId;
    case Quantity:
        return e.data.object().value(u"quantity"_s).toVariant();
    case Available:
        return e.data.object().value(u"available"_s).toVariant();
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Seq:
        return tr("Seq");
    case Type:
        return tr("Change");
    case Store:
        return tr("Store");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case Available:
        return tr("Available");
    }
    return {};
}

} // namespace inventory::ui
