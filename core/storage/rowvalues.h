#pragma once

#include <QStringView>

namespace inventory {

// One row of DbConnection::scan(), read where it lies: a long read (the read model's stock at
// start, ten million rows in a chain) costs neither a QVariant per value nor a list of every
// row. Values are valid until the scan moves to the next row.
class RowValues
{
public:
    virtual ~RowValues() = default;
    virtual QStringView text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
};

} // namespace inventory
