#include "ui/transfers/transferlistmodel.h"

#include "core/client/text/localetext.h"
#include "ui/models/productnames.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace inventory::ui {

TransferListModel::TransferListModel(const ProductNames &names, QObject *parent)
    : KeyedRowsModel<TransferRow>([](const TransferRow &r) { return r.transfer.id; }, parent)
    , m_names(names)
{
}

void TransferListModel::setTransfers(const QList<Transfer> &transfers)
{
    QList<TransferRow> rows;
    rows.reserve(transfers.size());
    for (const Transfer &t : transfers)
        rows.append({ t });
    setRows(rows);
}

int TransferListModel::rowOf(const QString &transferId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (transferAt(r).id == transferId)
            return r;
    }
    return -1;
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferListModel::statusText(TransferStatus status)
{
    switch (status) {
    case TransferStatus::Requested:
        return tr("Requested");
    case TransferStatus::InTransit:
        return tr("In transit");
    case TransferStatus::PartiallyReceived:
        return tr("Partly received");
    case TransferStatus::Received:
        return tr("Received");
    case TransferStatus::Closed:
        return tr("Closed");
    case TransferStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString TransferListModel::statusText(const Transfer &transfer)
{
    if (transfer.status != TransferStatus::PartiallyReceived)
        return statusText(transfer.status);
    qint64 toCome = 0;
    for (const TransferLine &line : transfer.lines)
        toCome += line.outstanding();
    return tr("Partly received, %n to come", nullptr, int(toCome));
}

qint64 TransferListModel::units(const Transfer &transfer)
{
    qint64 requested = 0;
    qint64 shipped = 0;
    for (const TransferLine &line : transfer.lines) {
        requested += line.requested;
        shipped += line.shipped;
    }
    const bool sent = transfer.status != TransferStatus::Requested
        && transfer.status != TransferStatus::Cancelled;
    return sent ? shipped : requested;
}

QString TransferListModel::storeText(const QString &storeId) const
{
    const QString name = m_storeNames.value(storeId);
    return name.isEmpty() ? storeId : tr("%1 · %2").arg(storeId, name);
}

QStringList TransferListModel::lineTexts(const Transfer &transfer) const
{
    QStringList lines;
    for (const TransferLine &line : transfer.lines) {
        const bool sent = transfer.status != TransferStatus::Requested
            && transfer.status != TransferStatus::Cancelled;
        lines << tr("%1 × %2")
                     .arg(sent ? line.shipped : line.requested)
                     .arg(m_names.of(line.productId));
    }
    return lines;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Transfer &t = transferAt(index.row());
    const bool incoming = isIncoming(t);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Direction:
            return incoming ? tr("← In") : tr("Out →");
        case OtherStore:
            return storeText(incoming ? t.fromStoreId : t.toStoreId);
        case Status:
            return statusText(t);
        case Units:
            return units(t);
        case Updated:
            return t.updatedAtMs ? LocaleText::dateTime(t.updatedAtMs) : QString();
        case Note:
            return t.note;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Status:
            return int(t.status);
        case Units:
            return units(t);
        case Updated:
            return t.updatedAtMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Transfer %1").arg(t.id) + u'\n' + lineTexts(t).join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() == Units)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (t.status) {
        case TransferStatus::Requested:
            return QBrush(QColor(0x66, 0x4d, 0x03)); // waits for the origin: amber
        case TransferStatus::InTransit:
        case TransferStatus::PartiallyReceived:
            return QBrush(QColor(0x05, 0x51, 0x60)); // on its way: teal
        case TransferStatus::Received:
            return QBrush(QColor(0x0f, 0x51, 0x32));
        case TransferStatus::Closed:
        case TransferStatus::Cancelled:
            return QBrush(QColor(0x6c, 0x75, 0x7d));
        }
    }
    return {};
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Direction:
        return tr("Direction");
    case OtherStore:
        return tr("Other store");
    case Status:
        return tr("Status");
    case Units:
        return tr("Units");
    case Updated:
        return tr("Updated");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace inventory::ui
