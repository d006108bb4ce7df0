#include "core/client/localcache.h"

#include "core/client/cachedproducts.h"
#include "core/client/pendingqueue.h"
#include "core/client/productsearch.h"
#include "core/client/recentevents.h"
#include "core/client/stock/cachedstocktable.h"
#include "core/client/stock/otherstocktable.h"
#include "core/client/stock/shownstock.h"
#include "core/client/sync/cachedevent.h"
#include "core/client/tickets/cachedreservations.h"
#include "core/client/tickets/localtickets.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace inventory {

LocalCache::LocalCache(std::unique_ptr<DbConnection> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &path, const Clock &clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = DbConnection::open(path, SchemaMigrator::Schema::Client);
    if (!db)
        return db.error();
    // The profile holds the session's token and the till's secret: its owner's alone. SQLite
    // gives its WAL and shared-memory files the database's permissions.
    for (const QString &file : { path, path + u"-wal"_s, path + u"-shm"_s }) {
        if (QFileInfo::exists(file)
            && !QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner))
            return Error::unavailable(u"cannot make %1 private to its owner"_s.arg(file));
    }
    std::unique_ptr<LocalCache> cache(new LocalCache(std::move(db).value(), clock));
    auto scope = cache->meta(u"scopeStoreId"_s);
    if (!scope)
        return scope.error();
    cache->m_scope = scope.value();
    if (Status folded
        = cache->transaction([&] { return ProductSearch(*cache->m_db).foldMissing(); });
        !folded)
        return folded.error();
    return cache;
}

QString LocalCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profile.db"_s;
}

Status LocalCache::transaction(const std::function<Status()> &work)
{
    if (Status s = m_db->beginWrite(); !s)
        return s;
    if (Status s = work(); !s) {
        m_db->rollback();
        return s;
    }
    if (Status s = m_db->commit(); !s) {
        m_db->rollback();
        return s;
    }
    return {};
}

Status LocalCache::select(const QString &sql, const QVariantList &args,
                          const std::function<void(const QSqlQuery &)> &row)
{
    return m_db->forEachRow(sql, args, row);
}

Status LocalCache::replaceAll(const QList<Store> &stores, const QList<Product> &products,
                              const QList<StockRow> &rows, qint64 lastSeq,
                              const QString &scopeStoreId)
{
    const QString previous = std::exchange(m_scope, scopeStoreId);
    const Status replaced = transaction([&]() -> Status {
        if (Status s = setMeta(u"scopeStoreId"_s, scopeStoreId); !s)
            return s;
        if (Status s = setMeta(u"bulkLoad"_s, u"1"_s); !s)
            return s;
        for (const QString &table : { u"stores"_s, u"products"_s, u"stock"_s }) {
            if (Status s = m_db->exec(u"DELETE FROM "_s + table); !s)
                return s;
        }
        for (const Store &store : stores) {
            if (Status s = m_db->write(u"INSERT INTO stores (id, name, city) VALUES (?, ?, ?)"_s,
                                       { store.id, store.name, store.city });
                !s)
                return s;
        }
        if (Status s = putProducts(products); !s)
            return s;
        if (Status s
            = m_db->exec(u"INSERT INTO product_search (product_search) VALUES ('rebuild')"_s);
            !s)
            return s;
        if (Status s = m_db->write(u"DELETE FROM meta WHERE key = 'bulkLoad'"_s, {}); !s)
            return s;
        for (const StockRow &row : rows) {
            if (Status s = upsertRow(row, CachedStockTable::Overwrite::Always); !s)
                return s;
        }
        return setMeta(u"lastSeq"_s, QString::number(lastSeq));
    });
    if (!replaced)
        m_scope = previous;
    return replaced;
}

Status LocalCache::replaceOtherStock(const QList<StockSummary> &lines)
{
    return transaction([&] { return OtherStockTable(*m_db).replace(lines, m_clock.nowMs()); });
}

Result<std::optional<OtherStock>> LocalCache::otherStock(const QString &productId)
{
    return OtherStockTable(*m_db).read(productId);
}

Status LocalCache::putProducts(const QList<Product> &products)
{
    return CachedProducts(*m_db).put(products);
}

Status LocalCache::upsertRow(const StockRow &row, CachedStockTable::Overwrite overwrite)
{
    return CachedStockTable(*m_db, m_scope).put(row, overwrite);
}

Status LocalCache::putRows(const QList<StockRow> &rows)
{
    return transaction([&]() -> Status {
        for (const StockRow &row : rows) {
            if (Status s = upsertRow(row, CachedStockTable::Overwrite::OnlyNewer); !s)
                return s;
        }
        return {};
    });
}

Status LocalCache::putReservation(const Reservation &r)
{
    return CachedReservations(*m_db).put(r);
}

Result<int> LocalCache::applyEvents(const QList<Event> &events)
{
    int applied = 0;
    QList<Event> fresh;
    Status s = transaction([&]() -> Status {
        auto lastApplied = lastSeq();
        if (!lastApplied)
            return lastApplied.error();
        qint64 last = lastApplied.value();
        for (const Event &event : events) {
            if (event.seq <= last)
                continue;
            last = event.seq;
            ++applied;
            fresh.append(event);
            if (Status s = CachedEvent(*m_db, m_scope).apply(event); !s)
                return s;
        }
        if (Status kept = RecentEvents(*m_db).record(fresh); !kept)
            return kept;
        return setMeta(u"lastSeq"_s, QString::number(last));
    });
    if (!s)
        return s.error();
    return applied;
}

Result<qint64> LocalCache::lastSeq()
{
    auto value = meta(u"lastSeq"_s);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QString> LocalCache::meta(const QString &key)
{
    QString value;
    if (Status s = select(u"SELECT value FROM meta WHERE key = ?"_s, { key },
                          [&](const QSqlQuery &q) { value = q.value(0).toString(); });
        !s)
        return s.error();
    return value;
}

Status LocalCache::setMeta(const QString &key, const QString &value)
{
    // A null QString binds as NULL, which the column refuses: an empty value is "".
    return m_db->write(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
                       { key, value.isNull() ? u""_s : value });
}

Result<QList<Store>> LocalCache::stores()
{
    QList<Store> list;
    if (Status s = select(u"SELECT id, name, city FROM stores ORDER BY id"_s, {},
                          [&](const QSqlQuery &q) {
                              list.append({ q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString() });
                          });
        !s)
        return s.error();
    return list;
}

Result<std::optional<Product>> LocalCache::product(const QString &idSkuOrBarcode)
{
    return ProductSearch(*m_db).exact(idSkuOrBarcode);
}

Result<QList<Product>> LocalCache::searchProducts(const QString &text, int limit)
{
    return ProductSearch(*m_db).find(text, limit);
}

Result<QList<Event>> LocalCache::recentEvents(int limit, const QString &storeId)
{
    return RecentEvents(*m_db).newest(limit, storeId);
}

Result<qint64> LocalCache::productCount()
{
    qint64 count = 0;
    if (Status s = select(u"SELECT COUNT(*) FROM products"_s, {},
                          [&](const QSqlQuery &q) { count = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return count;
}

Result<QStringList> LocalCache::categories()
{
    QStringList names;
    if (Status s = select(u"SELECT DISTINCT category FROM products ORDER BY category"_s, {},
                          [&](const QSqlQuery &q) { names << q.value(0).toString(); });
        !s)
        return s.error();
    return names;
}

Result<QList<StockRow>> LocalCache::availability(const QString &productId)
{
    return ShownStock(*m_db, m_scope).availability(productId);
}

Result<StockRow> LocalCache::row(const QString &productId, const QString &storeId)
{
    return ShownStock(*m_db).row(productId, storeId);
}

Result<QList<StockRow>> LocalCache::lowRows(const QString &storeId)
{
    return ShownStock(*m_db).lowRows(storeId);
}

Result<QList<StockRow>> LocalCache::allRows()
{
    return ShownStock(*m_db).allRows();
}

Result<QList<Reservation>> LocalCache::reservations(const QString &storeId)
{
    return CachedReservations(*m_db).list(storeId);
}

Result<PendingOperation> LocalCache::enqueue(const QString &kind, const QJsonObject &body,
                                             const QString &productId, const QString &storeId,
                                             qint64 delta, const QString &key)
{
    return PendingQueue(*m_db).enqueue(kind, body, productId, storeId, delta, key,
                                       { m_actor, m_deviceId, m_clock.nowMs() });
}

void LocalCache::setActor(const QString &actor, const QString &deviceId)
{
    m_actor = actor;
    m_deviceId = deviceId;
}

Result<QList<PendingOperation>> LocalCache::queued(int limit)
{
    return PendingQueue(*m_db).queued(limit);
}

Result<QList<PendingOperation>> LocalCache::rejected()
{
    return PendingQueue(*m_db).rejected();
}

Result<int> LocalCache::queuedCount()
{
    return PendingQueue(*m_db).queuedCount();
}

Status LocalCache::recordResults(const QList<PushResult> &results)
{
    // One commit for the whole batch: a commit per operation made draining 10,000 queued
    // operations wait for 10,000 fsyncs.
    return transaction([&]() -> Status {
        for (const PushResult &result : results) {
            if (Status s = recordResult(result); !s)
                return s;
        }
        return {};
    });
}

Status LocalCache::recordResult(const PushResult &result)
{
    const QJsonObject &body = result.body;
    if (result.status >= 200 && result.status < 300) {
        if (body.contains(u"version"_s) && body.contains(u"storeId"_s)
            && body.contains(u"productId"_s)) {
            if (Status s
                = upsertRow(stockRowFromJson(body), CachedStockTable::Overwrite::OnlyNewer);
                !s)
                return s;
        }
        if (body.contains(u"reservationId"_s)) {
            if (Status s = putReservation(reservationFromJson(body)); !s)
                return s;
        }
        // A ticket's or a return's answer: the till's copy of that ticket takes its lines.
        if (Status s = LocalTickets(*m_db).absorb(body); !s)
            return s;
        return m_db->write(u"DELETE FROM operations WHERE key = ?"_s, { result.key });
    }
    if (result.status >= 400 && result.status < 500 && result.status != 429 && result.status != 401)
        return PendingQueue(*m_db).reject(result.key, result.status, body);
    return {};
}

Status LocalCache::dismiss(const QString &key)
{
    return PendingQueue(*m_db).dismiss(key);
}

Status LocalCache::retry(const QString &key)
{
    return PendingQueue(*m_db).retry(key);
}

} // namespace inventory
