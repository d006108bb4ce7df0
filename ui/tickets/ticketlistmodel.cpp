#include "ui/tickets/ticketlistmodel.h"

#include "core/client/text/localetext.h"
#include "core/domain/timestamp.h"

using namespace Qt::StringLiterals;

namespace inventory::ui {

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TicketListModel::setTickets(const QJsonArray &tickets)
{
    beginResetModel();
    m_tickets = tickets;
    endResetModel();
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const QJsonObject t = ticketAt(index.row());
    switch (index.column()) {
    case Number:
        return t.value(u"ticketId"_s).toString();
    case Sold: {
        const auto at = timestamp::parse(t.value(u"soldAt"_s).toString());
        return at ? LocaleText::dateTime(*at) : QString();
    }
    case Seller:
        return t.value(u"seller"_s).toString();
    case Items: {
        qint64 items = 0;
        for (const QJsonValue &line : t.value(u"lines"_s).toArray())
            items += line[u"quantity"_s].toInteger();
        return items;
    }
    case Total:
        return LocaleText::money(qRound64(t.value(u"total"_s).toDouble() * 100));
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Ticket");
    case Sold:
        return tr("Sold");
    case Seller:
        return tr("Seller");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    }
    return {};
}

} // namespace inventory::ui
