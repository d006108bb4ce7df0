#pragma once

#include <QJsonObject>
#include <QString>

namespace inventory {

class JsonWriter;

struct Product
{
    QString id;
    QString sku;
    QString barcode;
    QString name;
    QString category;
    // Money is kept in cents so sums never drift; the wire carries a decimal number.
    qint64 priceCents = 0;

    QJsonObject toJson() const;
    // The same object as toJson(), written straight out (catalogue pages of 1,000 products).
    void writeJson(JsonWriter &out) const;
    static Product fromJson(const QJsonObject &json);
    static qint64 centsFromPrice(double price);
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace inventory
