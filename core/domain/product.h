#pragma once

#include <QString>

namespace inventory {

struct Product
{
    QString id;
    QString sku;
    QString barcode;
    QString name;
    QString category;
    // Money is kept in cents so sums never drift; the wire carries a decimal number.
    qint64 priceCents = 0;

    static qint64 centsFromPrice(double price);
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace inventory
