#pragma once

#include "core/client/history/stockmovement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace inventory {
class ReasonCatalog;
}

namespace inventory::ui {

// A product's movements at one store, newest first: when (the server's time; the till's own
// clock in a tooltip for a change made offline), what and why in words, the signed change, the
// row it left, who, the note, and the ticket or transfer it belongs to.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        When,
        Type,
        Reason,
        Change,
        QuantityAfter,
        ReservedAfter,
        IncomingAfter,
        Who,
        Note,
        Reference,
        ColumnCount
    };

    // reasons labels the codes (an admin's own by their label); without it, built-in codes
    // are translated and others shown as they are.
    explicit HistoryModel(const ReasonCatalog *reasons = nullptr, QObject *parent = nullptr);

    void setMovements(const QList<StockMovement> &newestFirst);
    // Older movements, after the ones shown (the next page).
    void append(const QList<StockMovement> &older);
    const StockMovement &movementAt(int row) const { return m_movements.at(row); }
    const QList<StockMovement> &movements() const { return m_movements; }

    // +3, -2, 0 with the locale's signs: a spreadsheet reads the exported column as numbers.
    static QString signedChange(qint64 delta, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const StockMovement &m, int column) const;

    const ReasonCatalog *m_reasons;
    QList<StockMovement> m_movements;
};

} // namespace inventory::ui
