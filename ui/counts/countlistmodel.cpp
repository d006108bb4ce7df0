#include "ui/counts/countlistmodel.h"

#include "core/client/text/localetext.h"
#include "core/domain/timestamp.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::ui {

CountListModel::CountListModel(QObject *parent)
    : KeyedRowsModel<CountRow>(
        [](const CountRow &r) { return r.count.value(u"countId"_s).toString(); }, parent)
{
}

void CountListModel::setCounts(const QList<QJsonObject> &counts)
{
    QList<CountRow> rows;
    for (const QJsonObject &c : counts)
        rows.append({ c });
    setRows(rows);
}

int CountListModel::rowOf(const QString &countId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (countAt(i).value(u"countId"_s).toString() == countId)
            return i;
    }
    return -1;
}

int CountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CountListModel::statusText(const QString &status)
{
    if (status == u"OPEN"_s)
        return tr("Counting");
    if (status == u"APPLIED"_s)
        return tr("Applied");
    if (status == u"CANCELLED"_s)
        return tr("Cancelled");
    return status;
}

QString CountListModel::scopeText(const QJsonObject &count)
{
    const QString scope = count.value(u"scope"_s).toString();
    const int total = count.value(u"total"_s).toInt();
    QString text;
    if (scope == u"category"_s)
        text = tr("Category %1").arg(count.value(u"category"_s).toString());
    else if (scope == u"shelf"_s)
        text = tr("A shelf");
    else if (scope == u"full"_s)
        text = tr("Every product");
    else if (scope == u"random"_s)
        text = tr("%n random product(s)", nullptr, total);
    else
        text = tr("%n product(s)", nullptr, total);
    return count.value(u"blind"_s).toBool() ? tr("%1, blind").arg(text) : text;
}

QVariant CountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QJsonObject &c = countAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return c.value(u"countId"_s).toString();
        case Status:
            return statusText(c.value(u"status"_s).toString());
        case Scope:
            return scopeText(c);
        case Progress:
            return tr("%1 of %2")
                .arg(QLocale().toString(c.value(u"counted"_s).toInt()),
                     QLocale().toString(c.value(u"total"_s).toInt()));
        case OpenedBy:
            return c.value(u"openedBy"_s).toString();
        case Opened: {
            const auto at = timestamp::parse(c.value(u"openedAt"_s).toString());
            return at ? LocaleText::dateTime(*at) : c.value(u"openedAt"_s).toString();
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Progress)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Count");
    case Status:
        return tr("Status");
    case Scope:
        return tr("What");
    case Progress:
        return tr("Counted");
    case OpenedBy:
        return tr("Opened by");
    case Opened:
        return tr("Opened");
    }
    return {};
}

} // namespace inventory::ui
