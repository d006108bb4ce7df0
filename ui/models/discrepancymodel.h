#pragma once

#include "core/domain/discrepancy.h"
#include "ui/models/keyedrowsmodel.h"

namespace inventory::ui {

class ProductNames;

// Open stock discrepancies, oldest first: when the offline sale arrived, at which store, the
// product (name and id), how many units the books could not cover and how many of them were
// not even on the books, the offline ticket, the reservations left at risk, who sold.
class DiscrepancyModel : public KeyedRowsModel<Discrepancy>
{
    Q_OBJECT

public:
    enum Column { When, Store, Product, ShortBy, Unrecorded, Ticket, AtRisk, SoldBy, ColumnCount };
    DiscrepancyModel(const ProductNames &names, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The row of a discrepancy, or -1.
    int rowOf(const QString &discrepancyId) const;
    // "Name (id)", or the id alone when the till does not know the product.
    QString productText(const QString &productId) const;
    // "2: R-1, R-7", or "—" when none.
    static QString atRiskText(const Discrepancy &discrepancy);

private:
    const ProductNames &m_names;
};

} // namespace inventory::ui
