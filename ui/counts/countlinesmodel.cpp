#include "ui/counts/countlinesmodel.h"

#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CountLinesModel::CountLinesModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

void CountLinesModel::setCount(const QJsonObject &count)
{
    QHash<QString, std::optional<qint64>> mine;
    for (const Line &l : std::as_const(m_lines))
        mine.insert(l.productId, l.here);
    beginResetModel();
    m_lines.clear();
    m_snapshots = false;
    for (const QJsonValue &v : count.value(u"lines"_s).toArray()) {
        const QJsonObject l = v.toObject();
        Line line;
        line.productId = l.value(u"productId"_s).toString();
        line.here = mine.value(line.productId);
        if (!l.value(u"counted"_s).isNull())
            line.all = l.value(u"counted"_s).toInteger();
        if (l.contains(u"snapshot"_s)) {
            line.atStart = l.value(u"snapshot"_s).toInteger();
            m_snapshots = true;
        }
        m_lines.append(line);
    }
    endResetModel();
}

void CountLinesModel::setCounted(const QString &productId, qint64 total, std::optional<qint64> here)
{
    int row = rowOf(productId);
    if (row < 0) {
        row = int(m_lines.size());
        beginInsertRows({}, row, row);
        m_lines.append({ productId, {}, {}, {} });
        endInsertRows();
    }
    Line &line = m_lines[row];
    line.all = total;
    if (here)
        line.here = here;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CountLinesModel::rowOf(const QString &productId) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).productId == productId)
            return int(i);
    }
    return -1;
}

int CountLinesModel::countedLines() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(),
                             [](const Line &l) { return l.all.has_value(); }));
}

int CountLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CountLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &l = m_lines.at(index.row());
    const auto number
        = [](const std::optional<qint64> &n) { return n ? QLocale().toString(*n) : u"–"_s; };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Product:
            return m_names.of(l.productId);
        case Here:
            return number(l.here);
        case AllTills:
            return number(l.all);
        case AtStart:
            return number(l.atStart);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Product)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !l.all)
        return QBrush(QColor(0x70, 0x70, 0x70));
    return {};
}

QVariant CountLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Here:
        return tr("This till");
    case AllTills:
        return tr("All tills");
    case AtStart:
        return tr("Books at start");
    }
    return {};
}

} // namespace inventory::ui
