#include "ui/reports/shrinkmodel.h"

#include "core/client/reasons/reasoncatalog.h"

#include <QDate>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace inventory::ui {

ShrinkModel::ShrinkModel(const ReasonCatalog &reasons, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(reasons)
{
}

void ShrinkModel::setEntries(const QList<ShrinkEntry> &entries)
{
    QSet<QString> present;
    QHash<std::pair<QString, QString>, qsizetype> lineOf;
    QList<Line> lines;
    for (const ShrinkEntry &e : entries) {
        present.insert(e.reason);
        const auto key = std::pair { e.storeId, e.month };
        auto at = lineOf.constFind(key);
        if (at == lineOf.constEnd()) {
            at = lineOf.insert(key, lines.size());
            lines.append({ e.storeId, e.month, {}, 0 });
        }
        Line &line = lines[*at];
        line.units[e.reason] += e.units;
        line.total += e.units;
    }
    // The catalog's order puts damage, theft and loss before the rarer reasons; codes the till
    // has not heard of yet come last, by code.
    QStringList reasons;
    for (const ReasonCode &r : m_catalog.codes()) {
        if (present.remove(r.code))
            reasons << r.code;
    }
    QStringList unknown(present.cbegin(), present.cend());
    unknown.sort();
    reasons += unknown;
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.storeId != b.storeId ? a.storeId < b.storeId : a.month > b.month;
    });
    beginResetModel();
    m_reasons = reasons;
    m_lines = lines;
    endResetModel();
}

void ShrinkModel::setStoreNames(const QHash<QString, QString> &names)
{
    m_storeNames = names;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Store), index(rowCount() - 1, Store));
}

qint64 ShrinkModel::totalUnits() const
{
    qint64 total = 0;
    for (const Line &line : m_lines)
        total += line.total;
    return total;
}

qint64 ShrinkModel::units(const QString &storeId, const QString &month, const QString &reason) const
{
    for (const Line &line : m_lines) {
        if (line.storeId == storeId && line.month == month)
            return line.units.value(reason);
    }
    return 0;
}

int ShrinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ShrinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstReason + int(m_reasons.size()) + 1;
}

QVariant ShrinkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= FirstReason ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Store ? line.storeId : QVariant();
    case Qt::UserRole:
        return index.column() == Month ? line.month : line.storeId;
    default:
        return {};
    }
}

QVariant ShrinkModel::display(const Line &line, int column) const
{
    const QLocale locale;
    if (column == Store) {
        // Name and id: a spreadsheet made of the CSV can be joined with other exports by id.
        const QString name = m_storeNames.value(line.storeId);
        return name.isEmpty() ? line.storeId : tr("%1 (%2)").arg(name, line.storeId);
    }
    if (column == Month)
        return monthName(line.month);
    if (column == columnCount() - 1)
        return locale.toString(line.total);
    const qint64 units = line.units.value(m_reasons.at(column - FirstReason));
    return units == 0 ? QString() : locale.toString(units);
}

QString ShrinkModel::monthName(const QString &month) const
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    if (!first.isValid())
        return month;
    const QLocale locale;
    return locale.standaloneMonthName(first.month()) + u' ' + QString::number(first.year());
}

QVariant ShrinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Store)
        return tr("Store");
    if (section == Month)
        return tr("Month");
    if (section == columnCount() - 1)
        return tr("Total units");
    if (section - FirstReason < m_reasons.size())
        return m_catalog.label(m_reasons.at(section - FirstReason));
    return {};
}

} // namespace inventory::ui
