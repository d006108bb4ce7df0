#pragma once

#include <QByteArray>
#include <QDate>

namespace inventory {
class ReadModel;
}

namespace inventory::server {

// The daily low-stock digest (issue 27): every store's products below their minimum as the read
// model has them now, with what each needs to reach its target —
// {"date","stores":[{"storeId","name","low":[{"productId","sku","name","available","incoming",
// "min","target","need"}]}],"lowProducts":n}.
class LowStockDigest
{
public:
    static QByteArray json(const ReadModel &model, const QDate &date, int *lowProducts = nullptr);
};

} // namespace inventory::server
