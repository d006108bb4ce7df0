#pragma once

#include <QString>

namespace inventory {

struct Store
{
    QString id;
    QString name;
    QString city;

    friend bool operator==(const Store &, const Store &) = default;
};

} // namespace inventory
