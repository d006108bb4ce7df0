#include "ui/reports/dayreportmodel.h"

#include "core/client/text/localetext.h"

#include <QFont>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100);
}
} // namespace

DayReportModel::DayReportModel(ReasonLabel reasonLabel, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reasonLabel(std::move(reasonLabel))
{
}

void DayReportModel::setReport(const QJsonObject &day)
{
    beginResetModel();
    m_day = day;
    m_lines.clear();
    const auto total = [&](const QString &section, const QJsonObject &g, const QString &count) {
        m_lines.append({ section,
                         tr("Total"),
                         g.value(count).toInteger(),
                         g.value(u"units"_s).toInteger(),
                         cents(g.value(u"value"_s)),
                         {},
                         {},
                         true });
    };
    const auto groups = [&](const QString &section, const QString &array, const QString &key,
                            const QString &count) {
        for (const QJsonValue &v : day.value(array).toArray()) {
            const QJsonObject g = v.toObject();
            m_lines.append({ section,
                             g.value(key).toString(),
                             g.value(count).toInteger(),
                             g.value(u"units"_s).toInteger(),
                             cents(g.value(u"value"_s)),
                             {},
                             {},
                             false });
        }
    };
    total(tr("Sales"), day.value(u"sales"_s).toObject(), u"tickets"_s);
    groups(tr("Sales by category"), u"salesByCategory"_s, u"category"_s, u"tickets"_s);
    groups(tr("Sales by seller"), u"salesBySeller"_s, u"seller"_s, u"tickets"_s);
    total(tr("Returns"), day.value(u"returns"_s).toObject(), u"returns"_s);
    groups(tr("Returns by category"), u"returnsByCategory"_s, u"category"_s, u"returns"_s);
    groups(tr("Returns by seller"), u"returnsBySeller"_s, u"seller"_s, u"returns"_s);
    for (const QJsonValue &v : day.value(u"adjustments"_s).toArray()) {
        const QJsonObject a = v.toObject();
        m_lines.append({ tr("Adjustments"),
                         m_reasonLabel(a.value(u"reason"_s).toString()),
                         {},
                         {},
                         {},
                         a.value(u"unitsIn"_s).toInteger(),
                         a.value(u"unitsOut"_s).toInteger(),
                         false });
    }
    const QJsonObject out = day.value(u"transfersOut"_s).toObject();
    m_lines.append({ tr("Transfers"),
                     tr("Shipped to other stores"),
                     out.value(u"transfers"_s).toInteger(),
                     {},
                     {},
                     {},
                     out.value(u"units"_s).toInteger(),
                     false });
    m_lines.append({ tr("Transfers"),
                     tr("Received from other stores"),
                     {},
                     {},
                     {},
                     day.value(u"transfersIn"_s).toObject().value(u"units"_s).toInteger(),
                     {},
                     false });
    const QJsonObject open = day.value(u"openDiscrepancies"_s).toObject();
    m_lines.append({ tr("Discrepancies"),
                     tr("Open now (units short)"),
                     open.value(u"count"_s).toInteger(),
                     open.value(u"unitsShort"_s).toInteger(),
                     {},
                     {},
                     {},
                     false });
    const QJsonObject offline = day.value(u"offlineTickets"_s).toObject();
    m_lines.append({ tr("Offline tickets"),
                     tr("Rung up while offline"),
                     offline.value(u"tickets"_s).toInteger(),
                     {},
                     cents(offline.value(u"value"_s)),
                     {},
                     {},
                     false });
    endResetModel();
}

int DayReportModel::rowOf(const QString &section, const QString &what) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).section == section && m_lines.at(i).what == what)
            return int(i);
    }
    return -1;
}

int DayReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DayReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Line &l = m_lines.at(index.row());
    const auto number = [](const std::optional<qint64> &n) -> QVariant {
        return n ? QVariant(QLocale().toString(*n)) : QVariant();
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Section:
            return l.section;
        case What:
            return l.what;
        case Count:
            return number(l.count);
        case Units:
            return number(l.units);
        case Value:
            return l.valueCents ? QVariant(LocaleText::money(*l.valueCents)) : QVariant();
        case UnitsIn:
            return number(l.unitsIn);
        case UnitsOut:
            return number(l.unitsOut);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Count)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && l.total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant DayReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Section:
        return tr("Section");
    case What:
        return tr("What");
    case Count:
        return tr("Count");
    case Units:
        return tr("Units");
    case Value:
        return tr("Value");
    case UnitsIn:
        return tr("Units in");
    case UnitsOut:
        return tr("Units out");
    }
    return {};
}

} // namespace inventory::ui
