#include "ui/models/historymodel.h"

#include "core/client/reasons/reasoncatalog.h"
#include "core/client/text/eventlabel.h"
#include "core/client/text/localetext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
// A history spans days: the date is always shown, also for today (LocaleText::dateTime
// leaves it out there, which suits a log of the last minutes, not this).
QString dated(qint64 ms)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat) + u' '
        + LocaleText::time(ms, locale);
}
} // namespace

HistoryModel::HistoryModel(const ReasonCatalog *reasons, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reasons(reasons)
{
}

void HistoryModel::setMovements(const QList<StockMovement> &newestFirst)
{
    beginResetModel();
    m_movements = newestFirst;
    endResetModel();
}

void HistoryModel::append(const QList<StockMovement> &older)
{
    if (older.isEmpty())
        return;
    const int first = int(m_movements.size());
    beginInsertRows({}, first, first + int(older.size()) - 1);
    m_movements += older;
    endInsertRows();
}

QString HistoryModel::signedChange(qint64 delta, const QLocale &locale)
{
    return delta > 0 ? locale.positiveSign() + locale.toString(delta) : locale.toString(delta);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_movements.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_movements.size())
        return {};
    const StockMovement &m = m_movements.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(m, column);
    case Qt::ToolTipRole:
        if (column == When && m.clientTimeMs)
            return tr("Recorded by the server at %1; the till's clock said %2 (made offline)")
                .arg(dated(m.atMs), dated(*m.clientTimeMs));
        if (column == Type || column == Reason)
            return tr("Change %1 (%2, reason %3)").arg(m.seq).arg(m.type, m.reason);
        if ((column == Note || column == Reference) && !display(m, column).toString().isEmpty())
            return display(m, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Change && column <= IncomingAfter)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // A change made offline is set apart (in italics, not in the text, which the CSV
        // export takes): its tooltip has the till's own time.
        if (column == When && m.clientTimeMs) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        // The same dark red and green as the status bar's offline and online.
        if (column == Change && m.delta != 0)
            return QBrush(QColor(m.delta < 0 ? 0x842029 : 0x0f5132));
        return {};
    }
    return {};
}

QVariant HistoryModel::display(const StockMovement &m, int column) const
{
    const QLocale locale;
    switch (column) {
    case When:
        return dated(m.atMs);
    case Type:
        return EventLabel::of(m.type);
    case Reason:
        if (m.reason.isEmpty())
            return QString();
        return m_reasons ? m_reasons->label(m.reason) : EventLabel::reason(m.reason);
    case Change:
        return signedChange(m.delta, locale);
    case QuantityAfter:
        return locale.toString(m.quantityAfter);
    case ReservedAfter:
        return locale.toString(m.reservedAfter);
    case IncomingAfter:
        return locale.toString(m.incomingAfter);
    case Who:
        if (m.device.isEmpty())
            return m.actor;
        //: Who made a change: the user, then the till or device it was made on.
        return tr("%1 · %2").arg(m.actor, m.device);
    case Note:
        return m.note;
    case Reference: {
        QStringList refs;
        if (!m.ticketId.isEmpty())
            refs << tr("Ticket %1").arg(m.ticketId);
        if (!m.transferId.isEmpty())
            refs << tr("Transfer %1").arg(m.transferId);
        return refs.join(u", "_s);
    }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Short headers for narrow columns; what they count is said in their tooltips.
    if (role == Qt::ToolTipRole && section >= QuantityAfter && section <= IncomingAfter)
        return tr("Units after this movement");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Type:
        return tr("Movement");
    case Reason:
        return tr("Reason");
    case Change:
        return tr("Change");
    case QuantityAfter:
        return tr("Quantity");
    case ReservedAfter:
        return tr("Reserved");
    case IncomingAfter:
        return tr("Incoming");
    case Who:
        return tr("Who");
    case Note:
        return tr("Note");
    case Reference:
        return tr("Ticket / transfer");
    }
    return {};
}

} // namespace inventory::ui
