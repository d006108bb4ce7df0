#include "ui/dashboard/rankedproductsmodel.h"

#include "core/client/text/localetext.h"
#include "ui/models/productnames.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

RankedProductsModel::RankedProductsModel(Kind kind, const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_names(names)
{
}

void RankedProductsModel::setLines(const QJsonArray &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int RankedProductsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RankedProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::TopSellers ? 3 : 2);
}

QVariant RankedProductsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QJsonObject line = m_lines.at(index.row()).toObject();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0:
            return m_names.of(line.value(u"productId"_s).toString());
        case 1:
            return QLocale().toString(
                line.value(m_kind == Kind::TopSellers ? u"units"_s : u"quantity"_s).toInteger());
        case 2:
            return LocaleText::money(qRound64(line.value(u"value"_s).toDouble() * 100));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RankedProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Product");
    case 1:
        return m_kind == Kind::TopSellers ? tr("Sold") : tr("In stock");
    case 2:
        return tr("Value");
    }
    return {};
}

} // namespace inventory::ui
