#include "ui/counts/countreviewmodel.h"

#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CountReviewModel::CountReviewModel(const ProductNames &names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(names)
{
}

void CountReviewModel::setReview(const QJsonObject &review)
{
    beginResetModel();
    m_lines.clear();
    for (const QJsonValue &v : review.value(u"lines"_s).toArray()) {
        const QJsonObject l = v.toObject();
        Line line;
        line.productId = l.value(u"productId"_s).toString();
        if (!l.value(u"counted"_s).isNull())
            line.counted = l.value(u"counted"_s).toInteger();
        line.expected = l.value(u"expected"_s).toInteger();
        line.variance = l.value(u"variance"_s).toInteger();
        line.recount = l.value(u"recount"_s).toBool();
        m_lines.append(line);
    }
    endResetModel();
}

int CountReviewModel::recounts() const
{
    return int(
        std::count_if(m_lines.begin(), m_lines.end(), [](const Line &l) { return l.recount; }));
}

int CountReviewModel::uncounted() const
{
    return int(
        std::count_if(m_lines.begin(), m_lines.end(), [](const Line &l) { return !l.counted; }));
}

int CountReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CountReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Product:
            return m_names.of(l.productId);
        case Counted:
            return l.counted ? QLocale().toString(*l.counted) : u"–"_s;
        case Expected:
            return QLocale().toString(l.expected);
        case Variance:
            if (!l.counted)
                return tr("not counted");
            return l.variance > 0 ? u"+"_s + QLocale().toString(l.variance)
                                  : QLocale().toString(l.variance);
        case Recount:
            return l.recount ? tr("Count again") : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Product && index.column() != Recount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Variance && l.counted && l.variance != 0)
        return QBrush(l.variance < 0 ? QColor(0xb0, 0x20, 0x20) : QColor(0x20, 0x70, 0x20));
    if (role == Qt::BackgroundRole && l.recount)
        return QBrush(QColor(0xff, 0xe4, 0xe0));
    if (role == Qt::ToolTipRole && l.recount)
        return tr("The variance is large: count this product again before applying.");
    return {};
}

QVariant CountReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Counted:
        return tr("Counted");
    case Expected:
        return tr("Expected");
    case Variance:
        return tr("Variance");
    case Recount:
        return tr("Recount");
    }
    return {};
}

} // namespace inventory::ui
