#include "ui/dashboard/salesbydaymodel.h"

#include "core/client/text/localetext.h"
#include "core/domain/timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

SalesByDayModel::SalesByDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SalesByDayModel::setSeries(const QJsonObject &sales, int days)
{
    beginResetModel();
    m_stores.clear();
    m_days.clear();
    m_cents.clear();
    const QDate today = QDate::currentDate();
    for (int i = days - 1; i >= 0; --i)
        m_days << today.addDays(-i);
    const QJsonArray series = sales.value(u"series"_s).toArray();
    for (const QJsonValue &s : series)
        m_stores << s[u"storeId"_s].toString();
    m_cents = QList<QList<qint64>>(m_days.size(), QList<qint64>(m_stores.size(), 0));
    for (qsizetype c = 0; c < series.size(); ++c) {
        for (const QJsonValue &p : series.at(c)[u"points"_s].toArray()) {
            const auto at = timestamp::parse(p[u"at"_s].toString());
            if (!at)
                continue;
            // The bucket starts at the store's midnight; its noon is the day whatever an hour of
            // daylight saving did to the offset within the range.
            const QDate day = QDateTime::fromMSecsSinceEpoch(*at + 12 * 3'600'000).date();
            const qsizetype row = m_days.indexOf(day);
            if (row >= 0)
                m_cents[row][c] += qRound64(p[u"value"_s].toDouble() * 100);
        }
    }
    endResetModel();
}

int SalesByDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int SalesByDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stores.size()) + 1;
}

QVariant SalesByDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole
            ? QVariant(QLocale().toString(m_days.at(index.row()), QLocale::ShortFormat))
            : QVariant();
    const qint64 cents = m_cents.at(index.row()).at(index.column() - 1);
    if (role == Qt::DisplayRole)
        return LocaleText::money(cents);
    if (role == ValueRole)
        return double(cents) / 100.0;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SalesByDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? tr("Day") : m_stores.value(section - 1);
    return QLocale().toString(m_days.value(section), u"ddd d"_s);
}

} // namespace inventory::ui
