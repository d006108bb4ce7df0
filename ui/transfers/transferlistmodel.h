#pragma once

#include "core/domain/transfers/transfer.h"
#include "ui/models/keyedrowsmodel.h"

#include <QHash>

namespace inventory::ui {

class ProductNames;

// One transfer in the list; a row changes when the server's record of it does.
struct TransferRow
{
    Transfer transfer;
    friend bool operator==(const TransferRow &a, const TransferRow &b)
    {
        const Transfer &x = a.transfer;
        const Transfer &y = b.transfer;
        return x.id == y.id && x.eventSeq == y.eventSeq && x.status == y.status
            && x.updatedAtMs == y.updatedAtMs && x.note == y.note && x.lines == y.lines;
    }
};

// A store's transfers, both ways (issue 26): in or out, the other store, the status in words,
// the units (shipped once shipped, else asked for), when it last changed, and the note. The
// tooltip has the transfer's number and lines. SortRole gives what the columns sort by.
class TransferListModel : public KeyedRowsModel<TransferRow>
{
    Q_OBJECT

public:
    enum Column { Direction, OtherStore, Status, Units, Updated, Note, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    TransferListModel(const ProductNames &names, QObject *parent = nullptr);

    // The till's store: what "in" and "out" are seen from.
    void setStore(const QString &storeId) { m_storeId = storeId; }
    void setStoreNames(const QHash<QString, QString> &names) { m_storeNames = names; }
    void setTransfers(const QList<Transfer> &transfers);
    const Transfer &transferAt(int row) const { return rowAt(row).transfer; }
    // The row of a transfer, or -1.
    int rowOf(const QString &transferId) const;
    bool isIncoming(const Transfer &transfer) const { return transfer.toStoreId == m_storeId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "In transit", "Partly received, 2 to come"...
    static QString statusText(const Transfer &transfer);
    static QString statusText(TransferStatus status);
    // Shipped units once shipped; before that, the units asked for.
    static qint64 units(const Transfer &transfer);
    // "BCN-001 · Barcelona Plaza Catalunya", or the id alone.
    QString storeText(const QString &storeId) const;
    // "2 × Teclado Mecánico RGB", one line each.
    QStringList lineTexts(const Transfer &transfer) const;

private:
    const ProductNames &m_names;
    QString m_storeId;
    QHash<QString, QString> m_storeNames;
};

} // namespace inventory::ui
