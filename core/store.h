#pragma once

#include <QJsonObject>
#include <QString>

namespace inventory {

struct Store
{
    QString id;
    QString name;
    QString city;

    QJsonObject toJson() const;
    static Store fromJson(const QJsonObject &json);
    friend bool operator==(const Store &, const Store &) = default;
};

} // namespace inventory
