#include "ui/dashboard/stockovertimemodel.h"

#include "core/client/text/localetext.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace inventory::ui {

StockOverTimeModel::StockOverTimeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StockOverTimeModel::setLines(const DashboardQuery::Lines &lines)
{
    beginResetModel();
    m_lines = lines;
    m_stores = lines.keys();
    m_stores.sort();
    QSet<qint64> times;
    for (const QList<QPointF> &points : lines) {
        for (const QPointF &p : points)
            times.insert(qint64(p.x()));
    }
    m_times = times.values();
    std::sort(m_times.begin(), m_times.end());
    endResetModel();
}

int StockOverTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_times.size());
}

int StockOverTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stores.size()) + 1;
}

QVariant StockOverTimeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const qint64 at = m_times.at(index.row());
    if (index.column() == 0)
        return LocaleText::dateTime(at);
    const QList<QPointF> &points = m_lines[m_stores.at(index.column() - 1)];
    std::optional<double> value;
    for (const QPointF &p : points) {
        if (qint64(p.x()) > at)
            break;
        value = p.y();
    }
    return value ? QVariant(QLocale().toString(qint64(*value))) : QVariant();
}

QVariant StockOverTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? tr("When") : m_stores.value(section - 1);
    return {};
}

} // namespace inventory::ui
