#include "core/engine/levels/replenishmentplanner.h"

#include "core/engine/readmodel.h"

#include <algorithm>

namespace inventory {

ReplenishmentPlanner::ReplenishmentPlanner(const ReadModel &model)
    : m_model(model)
{
}

QList<ReplenishmentPlanner::Line>
ReplenishmentPlanner::plan(const QString &storeId, const QHash<QString, qint64> &requested) const
{
    QList<Line> lines;
    for (const StockRow &row : m_model.storeRows(storeId)) {
        if (!row.isLow())
            continue;
        const qint64 asked = requested.value(row.productId);
        Line line { row,
                    asked,
                    std::max<qint64>(0, row.targetLevel - (row.available() + row.incoming + asked)),
                    {},
                    0 };
        if (line.need > 0) {
            for (const StockRow &other : m_model.availability(row.productId)) {
                const qint64 surplus = other.available() - other.targetLevel;
                if (other.storeId != storeId && surplus > line.sourceSurplus) {
                    line.sourceStoreId = other.storeId;
                    line.sourceSurplus = surplus;
                }
            }
        }
        lines.append(line);
    }
    return lines;
}

} // namespace inventory
