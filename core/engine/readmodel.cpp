#include "core/engine/readmodel.h"

#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/productjson.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

ReadModel::ReadModel(qsizetype availabilityCacheBytes)
    : m_availabilityJson(std::make_unique<QCache<QString, QByteArray>>(availabilityCacheBytes))
{
}

Status ReadModel::load(InventoryQueries &queries)
{
    *this = ReadModel(m_availabilityJson->maxCost());
    auto seq = queries.lastSeq();
    if (!seq)
        return seq.error();
    auto stores = queries.stores();
    if (!stores)
        return stores.error();
    auto products = queries.allProducts();
    if (!products)
        return products.error();
    // Only the held ones: a finished reservation is read from the database (issue 29: memory
    // bounded by live state, not by history).
    auto reservations = queries.reservations({}, ReservationStatus::Pending);
    if (!reservations)
        return reservations.error();
    auto counts = queries.reservationCounts();
    if (!counts)
        return counts.error();
    m_finishedCounts = counts.value();
    m_finishedCounts.remove(ReservationStatus::Pending);
    m_lastSeq = seq.value();
    for (const Store &store : stores.value()) {
        m_stores.insert(store.id, store);
        m_stock.addStore(store.id);
    }
    for (const Product &product : products.value())
        putProduct(product);
    if (Status s = queries.forEachStock(
            [this](QStringView productId, QStringView storeId, const StockCell &cell) {
                m_stock.put(productId, storeId, cell);
            });
        !s)
        return s;
    for (const Reservation &r : reservations.value())
        putReservation(r);
    return {};
}

void ReadModel::putProduct(const Product &product)
{
    const auto at = std::lower_bound(m_productOrder.begin(), m_productOrder.end(), product.id);
    if (at == m_productOrder.end() || *at != product.id)
        m_productOrder.insert(at, product.id); // loaded in id order: appended, not shifted
    m_products.insert(product.id, product);
    m_productIdByCode.insert(product.sku, product.id);
    m_stock.addProduct(product.id);
    if (!product.barcode.isEmpty())
        m_productIdByCode.insert(product.barcode, product.id);
}

void ReadModel::putRow(const StockRow &row)
{
    m_availabilityJson->remove(row.productId);
    m_stock.put(row);
}

void ReadModel::putReservation(const Reservation &reservation)
{
    if (reservation.status != ReservationStatus::Pending) {
        auto held = m_reservations.find(reservation.id);
        if (held != m_reservations.end()) {
            m_pendingByExpiry.remove(held->expiresAtMs, held->id);
            m_reservations.erase(held);
        }
        ++m_finishedCounts[reservation.status];
        return;
    }
    // Ids are time-ordered, so a new one nearly always goes last: its place is known without
    // a search (string comparisons down the tree, on the event loop, for every reservation),
    // and otherwise found once, for both the lookup and the insert.
    const bool last = m_reservations.isEmpty() || m_reservations.lastKey() < reservation.id;
    auto at = last ? m_reservations.end() : m_reservations.lowerBound(reservation.id);
    if (at != m_reservations.end() && at.key() == reservation.id) {
        m_pendingByExpiry.remove(at->expiresAtMs, at->id);
        *at = reservation;
    } else {
        m_reservations.insert(at, reservation.id, reservation);
    }
    m_pendingByExpiry.insert(reservation.expiresAtMs, reservation.id);
}

void ReadModel::apply(const Event &event)
{
    if (event.seq <= m_lastSeq)
        return; // already applied: events are idempotent by seq
    m_lastSeq = event.seq;
    if (event.type == QLatin1StringView(eventtype::ProductCreated)) {
        putProduct(productFromJson(event.data.object()));
        return;
    }
    if (event.type == QLatin1StringView(eventtype::StockDiscrepancy)
        || event.type == QLatin1StringView(eventtype::DiscrepancyResolved)) {
        applyDiscrepancy(event);
        return;
    }
    if (!event.rows.isEmpty()) { // made by this writer: a ticket, a return or a transfer
        for (const StockRow &row : event.rows)
            putRow(row);
        return;
    }
    if (event.type == QLatin1StringView(eventtype::TicketSold)
        || event.type == QLatin1StringView(eventtype::TicketReturned)
        || event.type == QLatin1StringView(eventtype::CountApplied)) { // read back from the log
        for (const QJsonValue &line : event.data.object().value(u"lines"_s).toArray()) {
            const QJsonValue row = line.toObject().value(u"row"_s);
            if (row.isObject())
                putRow(stockRowFromJson(row.toObject()));
        }
        return;
    }
    if (event.type.startsWith(u"transfer."_s)) { // read back from the log: rows of both stores
        for (const QJsonValue &moved : event.data.object().value(u"rows"_s).toArray())
            putRow(stockRowFromJson(moved.toObject().value(u"row"_s).toObject()));
        return;
    }
    if (event.storeId.isEmpty() || event.productId.isEmpty())
        return;
    if (event.row) {
        putRow(*event.row);
        if (event.reservation)
            putReservation(*event.reservation);
        return;
    }
    const QJsonObject data = event.data.object();
    putRow(stockRowFromJson(data, event.productId, event.storeId));
    const QJsonValue reservation = data.value(u"reservation"_s);
    if (reservation.isObject())
        putReservation(reservationFromJson(reservation.toObject()));
}

void ReadModel::applyDiscrepancy(const Event &event)
{
    const QJsonObject data = event.data.object();
    const bool raised = event.type == QLatin1StringView(eventtype::StockDiscrepancy);
    const auto ids = data.value(raised ? u"reservationsAtRisk"_s : u"reservationsCovered"_s);
    for (const QJsonValue &id : ids.toArray()) {
        auto at = m_reservations.find(id.toString());
        if (at != m_reservations.end())
            at->atRisk = raised;
    }
    if (event.row)
        putRow(*event.row);
    else if (data.contains(u"quantity"_s))
        putRow(stockRowFromJson(data, event.productId, event.storeId));
}

void ReadModel::applyAll(const QList<Event> &events)
{
    for (const Event &event : events)
        apply(event);
}

std::optional<Product> ReadModel::product(const QString &idSkuOrBarcode) const
{
    auto it = m_products.constFind(idSkuOrBarcode);
    if (it == m_products.constEnd())
        it = m_products.constFind(m_productIdByCode.value(idSkuOrBarcode));
    if (it == m_products.constEnd())
        return std::nullopt;
    return *it;
}

Page<Product> ReadModel::searchProducts(const QString &text, const QString &category, int page,
                                        int limit) const
{
    Page<Product> result;
    const qint64 skip = qint64(page - 1) * limit;
    if (text.isEmpty() && category.isEmpty()) {
        result.total = m_productOrder.size();
        for (qsizetype i = qMin<qint64>(skip, result.total);
             i < result.total && result.items.size() < limit; ++i)
            result.items.append(m_products.value(m_productOrder.at(i)));
        return result;
    }
    for (const QString &id : m_productOrder) {
        const Product &p = *m_products.constFind(id);
        if (!category.isEmpty() && p.category != category)
            continue;
        if (!text.isEmpty() && !p.sku.contains(text, Qt::CaseInsensitive)
            && !p.barcode.contains(text, Qt::CaseInsensitive)
            && !p.name.contains(text, Qt::CaseInsensitive))
            continue;
        if (result.total >= skip && result.items.size() < limit)
            result.items.append(p);
        ++result.total;
    }
    return result;
}

QList<StockRow> ReadModel::availability(const QString &productId, const QString &storeId) const
{
    return availabilityOf(productId, storeId).rows();
}

ProductAvailability ReadModel::availabilityOf(const QString &productId,
                                              const QString &storeId) const
{
    if (storeId.isEmpty())
        return m_stock.availability(productId);
    if (!m_stores.contains(storeId))
        return ProductAvailability(productId, m_stock.changes(productId),
                                   std::make_shared<const StoreOrder>(QList<QString> {}));
    ProductAvailability one(productId, m_stock.changes(productId),
                            std::make_shared<const StoreOrder>(QList<QString> { storeId }));
    one.add(m_stock.row(productId, storeId).value_or(StockRow {}).cell());
    return one;
}

std::optional<QByteArray> ReadModel::cachedAvailabilityJson(const QString &productId) const
{
    const QByteArray *cached = m_availabilityJson->object(productId);
    if (!cached)
        return std::nullopt;
    return *cached;
}

void ReadModel::keepAvailabilityJson(const ProductAvailability &copy, const QByteArray &body) const
{
    if (copy.size() != m_stores.size() || copy.changes() != m_stock.changes(copy.productId()))
        return;
    m_availabilityJson->insert(copy.productId(), new QByteArray(body), body.size());
}

QByteArray ReadModel::availabilityJson(const QString &productId, const QString &storeId) const
{
    if (storeId.isEmpty()) {
        if (auto cached = cachedAvailabilityJson(productId))
            return *cached;
    }
    const ProductAvailability copy = availabilityOf(productId, storeId);
    const QByteArray body = copy.toJson();
    keepAvailabilityJson(copy, body);
    return body;
}

QList<Product> ReadModel::products() const
{
    QList<Product> list;
    list.reserve(m_productOrder.size());
    for (const QString &id : m_productOrder)
        list.append(m_products.value(id));
    return list;
}

Page<StockRow> ReadModel::storeStock(const QString &storeId, int page, int limit) const
{
    return m_stock.storePage(storeId, page, limit);
}

Page<StockSummary> ReadModel::summary(const QString &exceptStoreId, int page, int limit) const
{
    Page<StockSummary> result;
    result.total = m_productOrder.size();
    const qsizetype first = qMin<qint64>(qint64(page - 1) * limit, m_productOrder.size());
    for (const QString &productId : m_productOrder.mid(first, limit)) {
        StockSummary line = m_stock.total(productId);
        if (!exceptStoreId.isEmpty()) {
            const StockRow own = m_stock.row(productId, exceptStoreId).value_or(StockRow {});
            line.available -= own.available();
            line.stores -= own.available() > 0 ? 1 : 0;
        }
        result.items.append(line);
    }
    return result;
}

std::optional<Reservation> ReadModel::reservation(const QString &id) const
{
    const auto it = m_reservations.constFind(id);
    if (it == m_reservations.constEnd())
        return std::nullopt;
    return *it;
}

QList<Reservation> ReadModel::pendingReservations(const QString &storeId) const
{
    QList<Reservation> result;
    for (const Reservation &r : m_reservations) {
        if (storeId.isEmpty() || r.storeId == storeId)
            result.append(r);
    }
    std::sort(result.begin(), result.end(), [](const Reservation &a, const Reservation &b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
    });
    return result;
}

std::optional<qint64> ReadModel::nextExpiryMs() const
{
    if (m_pendingByExpiry.isEmpty())
        return std::nullopt;
    return m_pendingByExpiry.firstKey();
}

QHash<ReservationStatus, qint64> ReadModel::reservationCounts() const
{
    QHash<ReservationStatus, qint64> counts = m_finishedCounts;
    counts[ReservationStatus::Pending] = m_reservations.size();
    return counts;
}

} // namespace inventory
