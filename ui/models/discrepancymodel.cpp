#include "ui/models/discrepancymodel.h"

#include "core/client/text/localetext.h"
#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

DiscrepancyModel::DiscrepancyModel(const ProductNames &names, QObject *parent)
    : KeyedRowsModel<Discrepancy>([](const Discrepancy &d) { return d.id; }, parent)
    , m_names(names)
{
}

int DiscrepancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DiscrepancyModel::rowOf(const QString &discrepancyId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).id == discrepancyId)
            return row;
    }
    return -1;
}

QString DiscrepancyModel::productText(const QString &productId) const
{
    const QString name = m_names.of(productId);
    return name == productId ? productId : tr("%1 (%2)").arg(name, productId);
}

QString DiscrepancyModel::atRiskText(const Discrepancy &discrepancy)
{
    if (discrepancy.reservationsAtRisk.isEmpty())
        return u"—"_s;
    return u"%1: %2"_s.arg(QLocale().toString(discrepancy.reservationsAtRisk.size()),
                           discrepancy.reservationsAtRisk.join(u", "_s));
}

QVariant DiscrepancyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Discrepancy &d = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return LocaleText::dateTime(d.createdAtMs);
        case Store:
            return d.storeId;
        case Product:
            return productText(d.productId);
        case ShortBy:
            return QLocale().toString(d.shortBy);
        case Unrecorded:
            return QLocale().toString(d.unrecorded);
        case Ticket:
            return d.ticketId.isEmpty() ? tr("— (single sale)") : d.ticketId;
        case AtRisk:
            return atRiskText(d);
        case SoldBy:
            return d.actor;
        }
    }
    if (role == Qt::UserRole) // raw values, for sorting and tests
        switch (index.column()) {
        case When:
            return d.createdAtMs;
        case ShortBy:
            return d.shortBy;
        case Unrecorded:
            return d.unrecorded;
        case AtRisk:
            return d.reservationsAtRisk.size();
        }
    if (role == Qt::TextAlignmentRole
        && (index.column() == ShortBy || index.column() == Unrecorded))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AtRisk && !d.reservationsAtRisk.isEmpty())
        return d.reservationsAtRisk.join(u'\n');
    if (role == Qt::ToolTipRole && index.column() == Product)
        return productText(d.productId);
    if (role == Qt::ToolTipRole)
        return tr("Discrepancy %1: an offline sale took %n unit(s) more than the books had "
                  "available at %2.",
                  nullptr, int(d.shortBy))
            .arg(d.id, d.storeId);
    if (role == Qt::BackgroundRole && index.column() == AtRisk && !d.reservationsAtRisk.isEmpty())
        return QBrush(QColor(0xf8, 0xc4, 0x8c));
    return {};
}

QVariant DiscrepancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShortBy:
            return tr("Units sold beyond what was available (reserved units included)");
        case Unrecorded:
            return tr("Units sold beyond what the books had at all: the stock stopped at 0");
        case AtRisk:
            return tr("Held reservations the remaining stock no longer covers");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Store:
        return tr("Store");
    case Product:
        return tr("Product");
    case ShortBy:
        return tr("Short by");
    case Unrecorded:
        return tr("Not on the books");
    case Ticket:
        return tr("Ticket");
    case AtRisk:
        return tr("Reservations at risk");
    case SoldBy:
        return tr("Sold by");
    }
    return {};
}

} // namespace inventory::ui
