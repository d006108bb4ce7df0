#include "server-stub/alerts/lowstockdigest.h"

#include "core/engine/readmodel.h"
#include "core/protocol/json/jsonwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::server {

QByteArray LowStockDigest::json(const ReadModel &model, const QDate &date, int *lowProducts)
{
    int count = 0;
    JsonWriter out(4096);
    out.beginObject();
    out.key("date"_L1).value(date.toString(Qt::ISODate));
    out.key("stores"_L1).beginArray();
    for (const Store &store : model.stores()) {
        QList<StockRow> low;
        for (const StockRow &row : model.storeRows(store.id)) {
            if (row.isLow())
                low << row;
        }
        std::sort(low.begin(), low.end(),
                  [](const StockRow &a, const StockRow &b) { return a.productId < b.productId; });
        out.beginObject();
        out.key("storeId"_L1).value(store.id);
        out.key("name"_L1).value(store.name);
        out.key("low"_L1).beginArray();
        for (const StockRow &row : std::as_const(low)) {
            const auto product = model.product(row.productId);
            out.beginObject();
            out.key("productId"_L1).value(row.productId);
            out.key("sku"_L1).value(product ? product->sku : QString());
            out.key("name"_L1).value(product ? product->name : row.productId);
            out.key("available"_L1).value(row.available());
            out.key("incoming"_L1).value(row.incoming);
            out.key("min"_L1).value(row.minLevel);
            out.key("target"_L1).value(row.targetLevel);
            out.key("need"_L1).value(
                std::max<qint64>(0, row.targetLevel - (row.available() + row.incoming)));
            out.endObject();
        }
        out.endArray();
        out.endObject();
        count += int(low.size());
    }
    out.endArray();
    out.key("lowProducts"_L1).value(qint64(count));
    out.endObject();
    if (lowProducts)
        *lowProducts = count;
    return out.take();
}

} // namespace inventory::server
