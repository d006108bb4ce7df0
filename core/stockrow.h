#pragma once

#include <QJsonObject>
#include <QString>

namespace inventory {

class JsonWriter;

// Stock of one product at one store. available = quantity - reserved.
struct StockRow
{
    QString productId;
    QString storeId;
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 version = 0;
    qint64 updatedAtMs = 0;

    qint64 available() const { return quantity > reserved ? quantity - reserved : 0; }

    // The row as API.md prints it: storeId, quantity, reserved, available, version, updatedAt.
    QJsonObject toJson(bool withProductId = false) const;
    // The same object as toJson, written straight into a response being built.
    void writeJson(JsonWriter &out, bool withProductId = false) const;
    // Its members only, into an object the caller has begun (to add more of its own).
    void writeFields(JsonWriter &out, bool withProductId = false) const;
    // productId and storeId stand in for the fields when the JSON has none (event data).
    static StockRow fromJson(const QJsonObject &json, const QString &productId = {},
                             const QString &storeId = {});
    friend bool operator==(const StockRow &, const StockRow &) = default;
};

} // namespace inventory
