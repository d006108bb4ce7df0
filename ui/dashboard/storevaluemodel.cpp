#include "ui/dashboard/storevaluemodel.h"

#include "core/client/text/localetext.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

StoreValueModel::StoreValueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StoreValueModel::setStores(const QJsonArray &stores)
{
    beginResetModel();
    m_stores = stores;
    endResetModel();
}

int StoreValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stores.size());
}

int StoreValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QJsonObject s = m_stores.at(index.row()).toObject();
    const qint64 cents = qRound64(s.value(u"value"_s).toDouble() * 100);
    if (role == ValueRole)
        return double(cents) / 100.0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Store:
            return s.value(u"storeId"_s).toString();
        case Units:
            return QLocale().toString(s.value(u"units"_s).toInteger());
        case Value:
            return LocaleText::money(cents);
        }
    }
    if (role == Qt::ToolTipRole)
        return s.value(u"name"_s).toString();
    if (role == Qt::TextAlignmentRole && index.column() != Store)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StoreValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Store:
        return tr("Store");
    case Units:
        return tr("Units");
    case Value:
        return tr("Value");
    }
    return {};
}

} // namespace inventory::ui
