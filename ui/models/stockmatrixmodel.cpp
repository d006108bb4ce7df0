#include "ui/models/stockmatrixmodel.h"

#include "core/client/localcache.h"
#include "ui/models/availabilitymodel.h"
#include "ui/uilog.h"

#include <QBrush>
#include <QColor>
#include <QMap>

using namespace Qt::StringLiterals;

namespace inventory::ui {

StockMatrixModel::StockMatrixModel(LocalCache &cache, QObject *parent)
    : KeyedRowsModel<MatrixRow>([](const MatrixRow &r) { return r.productId; }, parent)
    , m_cache(cache)
{
}

void StockMatrixModel::reload()
{
    const auto stores = m_cache.stores();
    const auto products = m_cache.searchProducts({}, 1'000'000);
    const auto rows = m_cache.allRows();
    if (!stores || !products || !rows) {
        qCWarning(lcUi) << "cannot read the stock matrix from the till's cache";
        return;
    }
    QStringList storeIds;
    QStringList storeNames;
    for (const Store &s : stores.value()) {
        // A till holds its own store's rows only: the others would read as zeros.
        if (!m_cache.scope().isEmpty() && s.id != m_cache.scope())
            continue;
        storeIds << s.id;
        storeNames << s.name;
    }
    if (storeIds != m_storeIds) {
        m_storeIds = storeIds; // the columns themselves changed (first load)
        m_storeNames = storeNames;
        resetRows({});
    }
    QMap<QString, MatrixRow> byProduct;
    for (const Product &p : products.value())
        byProduct.insert(p.id,
                         MatrixRow { p.id, p.name, QList<qint64>(m_storeIds.size(), 0),
                                     QList<qint64>(m_storeIds.size(), 0),
                                     QList<qint64>(m_storeIds.size(), 0),
                                     QList<qint64>(m_storeIds.size(), 0) });
    for (const StockRow &r : rows.value()) {
        auto it = byProduct.find(r.productId);
        const qsizetype column = m_storeIds.indexOf(r.storeId);
        if (it != byProduct.end() && column >= 0) {
            it->available[column] = r.available();
            it->incoming[column] = r.incoming;
            it->minLevel[column] = r.minLevel;
            it->targetLevel[column] = r.targetLevel;
        }
    }
    setRows(byProduct.values());
}

bool MatrixRow::lowAt(qsizetype store) const
{
    const qint64 min = minLevel.value(store);
    const qint64 value = available.value(store);
    return min > 0 ? value < min : value <= AvailabilityModel::LowStock;
}

bool MatrixRow::anyLow() const
{
    for (qsizetype i = 0; i < available.size(); ++i) {
        if (lowAt(i))
            return true;
    }
    return false;
}

int StockMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_storeIds.size()) + 2;
}

QVariant StockMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const MatrixRow &row = rowAt(index.row());
    if (role == AnyLowRole)
        return row.anyLow();
    if (role == IncomingRole)
        return index.column() >= 2 ? row.incoming.value(index.column() - 2) : 0;
    if (role == Qt::ToolTipRole && index.column() >= 2) {
        const qsizetype store = index.column() - 2;
        QStringList tip;
        if (const qint64 incoming = row.incoming.value(store); incoming > 0)
            tip << tr("%1 available, %n more on the way by transfer", nullptr, int(incoming))
                       .arg(row.available.value(store));
        if (row.minLevel.value(store) > 0 || row.targetLevel.value(store) > 0)
            tip << tr("Reorder below %1, up to %2")
                       .arg(row.minLevel.value(store))
                       .arg(row.targetLevel.value(store));
        if (!tip.isEmpty())
            return tip.join(u'\n');
    }
    if (role == Qt::DisplayRole) {
        if (index.column() == 0)
            return row.productId;
        if (index.column() == 1)
            return row.name;
        return row.available.value(index.column() - 2);
    }
    if (role == Qt::BackgroundRole && index.column() >= 2) {
        const qint64 value = row.available.value(index.column() - 2);
        if (value == 0)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (row.lowAt(index.column() - 2))
            return QBrush(QColor(0xff, 0xf3, 0xcd));
    }
    return {};
}

QVariant StockMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Product ID");
    if (section == 1)
        return tr("Name");
    // Name and id on two lines; an export writes them on one.
    return u"%1\n%2"_s.arg(m_storeNames.value(section - 2), m_storeIds.value(section - 2));
}

} // namespace inventory::ui
