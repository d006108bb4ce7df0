#include "ui/models/activitymodel.h"

#include "core/client/text/eventlabel.h"
#include "core/client/text/localetext.h"
#include "ui/models/productnames.h"

using namespace Qt::StringLiterals;

namespace inventory::ui {

ActivityModel::ActivityModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

void ActivityModel::reset(const QList<Event> &newestFirst)
{
    beginResetModel();
    m_events = newestFirst.mid(0, MaxRows);
    endResetModel();
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
    if (!index.isValid())
        return {};
    const Event &e = m_events.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("Change %1 (%2)").arg(e.seq).arg(e.type);
    if (role != Qt::DisplayRole)
        return {};
    const QJsonObject data = e.data.object();
    switch (index.column()) {
    case Time:
        return LocaleText::time(e.atMs);
    case Type:
        return EventLabel::of(e.type);
    case Store:
        return e.storeId;
    case Product:
        return m_names.of(e.productId);
    case Quantity:
        return data.value(u"quantity"_s).toVariant();
    case Available:
        return data.contains(u"available"_s) ? data.value(u"available"_s).toVariant()
                                             : QVariant(data.value(u"quantity"_s).toInteger()
                                                        - data.value(u"reserved"_s).toInteger());
    case Actor:
        return data.value(u"actor"_s).toString();
    case Reason:
        return EventLabel::reason(data.value(u"reason"_s).toString());
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
    case Actor:
        return tr("By");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace inventory::ui
