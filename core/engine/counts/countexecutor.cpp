#include "core/engine/counts/countexecutor.h"

#include "core/engine/tables/eventlog.h"
#include "core/engine/tables/stocktable.h"
#include "core/protocol/counts/countjson.h"
#include "core/protocol/json/jsonwriter.h"
#include "core/protocol/stockrowjson.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
Error notOpen(const CountSession &count, const QString &verb)
{
    const QString status = CountSession::statusName(count.status);
    return Error(ErrorCode::InvalidState,
                 u"count '%1' is %2: it cannot be %3"_s.arg(count.id, status, verb),
                 { { u"status"_s, status } });
}

Applied countApplied(int status, const CountSession &count, const Event &event)
{
    JsonWriter out(256 + 64 * count.lines.size());
    writeCount(out, count, SnapshotField::Shown);
    return Applied { status, JsonBody::fromText(out.bytes()), { event } };
}
} // namespace

CountExecutor::CountExecutor(DbConnection &connection, StockTable &stock, EventLog &events)
    : m_stock(stock)
    , m_events(events)
    , m_counts(connection)
{
}

Result<Applied> CountExecutor::apply(const Command &command, qint64 nowMs)
{
    if (command.kind == CommandKind::OpenCount)
        return open(command, nowMs);
    auto known = m_counts.load(command.countId,
                               command.kind == CommandKind::ApplyCount ? CountStore::Lines::Included
                                                                       : CountStore::Lines::Left);
    if (!known)
        return known.error();
    if (!known.value())
        return Error::notFound(u"count"_s, command.countId);
    CountSession count = *known.value();
    switch (command.kind) {
    case CommandKind::EnterCount:
        return count.status == CountStatus::Open ? enter(command, count, nowMs)
                                                 : notOpen(count, u"counted into"_s);
    case CommandKind::ApplyCount:
        return count.status == CountStatus::Open ? post(command, count, nowMs)
                                                 : notOpen(count, u"applied"_s);
    case CommandKind::CancelCount:
        return count.status == CountStatus::Open ? cancel(command, count, nowMs)
                                                 : notOpen(count, u"cancelled"_s);
    default:
        break;
    }
    Q_UNREACHABLE();
}

Result<qint64> CountExecutor::quantityOf(const QString &productId, const QString &storeId)
{
    auto row = m_stock.load(productId, storeId);
    if (!row)
        return row.error();
    return row.value() ? row.value()->quantity : 0;
}

Result<QStringList> CountExecutor::scopeProducts(const Command &command)
{
    switch (command.countScope) {
    case CountScope::List:
        for (const QString &id : command.productIds) {
            auto exists = m_stock.productExists(id);
            if (!exists)
                return exists.error();
            if (!exists.value())
                return Error::notFound(u"product"_s, id);
        }
        return command.productIds;
    case CountScope::Category: {
        auto ids = m_counts.productsOfCategory(command.category, CountSession::MaxLines);
        if (ids && ids->isEmpty())
            return Error::validation(u"category"_s,
                                     u"no product is in category '%1'"_s.arg(command.category));
        return ids;
    }
    case CountScope::Random:
        return m_counts.randomProducts(int(command.randomCount));
    case CountScope::Full: {
        auto ids = m_counts.allProducts(CountSession::MaxLines + 1);
        if (ids && ids->size() > CountSession::MaxLines)
            return Error::validation(u"scope"_s,
                                     u"a full count covers at most 50000 products: count by"
                                     " category"_s);
        return ids;
    }
    case CountScope::Shelf:
        return QStringList();
    }
    Q_UNREACHABLE();
}

Result<Applied> CountExecutor::open(const Command &command, qint64 nowMs)
{
    auto existing = m_counts.load(command.countId, CountStore::Lines::Left);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error(ErrorCode::InvalidState, u"count '%1' already exists"_s.arg(command.countId),
                     { { u"status"_s, CountSession::statusName(existing.value()->status) } });
    auto store = m_stock.storeExists(command.storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return Error::notFound(u"store"_s, command.storeId);
    auto products = scopeProducts(command);
    if (!products)
        return products.error();
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();

    CountSession count;
    count.id = command.countId;
    count.storeId = command.storeId;
    count.scope = command.countScope;
    count.visibility = command.countVisibility;
    count.category = command.countScope == CountScope::Category ? command.category : QString();
    count.openedBy = command.actor;
    count.openedAtMs = nowMs;
    count.eventSeq = seq.value();
    if (Status s = m_counts.insert(count); !s)
        return s.error();
    QStringList ids = products.value();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        auto quantity = quantityOf(id, command.storeId);
        if (!quantity)
            return quantity.error();
        const CountLine line { id, quantity.value(), seq.value(), std::nullopt, 0, 0 };
        if (Status s = m_counts.insertLine(count.id, line); !s)
            return s.error();
        count.lines << line;
    }
    count.lineCount = int(count.lines.size());

    JsonWriter data(256);
    data.beginObject();
    data.key("countId"_L1).value(count.id);
    data.key("scope"_L1).value(CountSession::scopeName(count.scope));
    data.key("blind"_L1).raw(count.visibility == CountVisibility::Blind ? "true" : "false");
    data.key("products"_L1).value(qint64(count.lineCount));
    data.key("actor"_L1).value(command.actor);
    data.endObject();
    auto event = append(eventtype::CountOpened, count, seq.value(), nowMs, data.bytes());
    if (!event)
        return event.error();
    return countApplied(201, count, event.value());
}

Result<Applied> CountExecutor::enter(const Command &command, CountSession count, qint64 nowMs)
{
    auto exists = m_stock.productExists(command.productId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error::notFound(u"product"_s, command.productId);
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    auto known = m_counts.hasLine(count.id, command.productId);
    if (!known)
        return known.error();
    if (!known.value()) { // found on the shelf: it joins the count as it is now
        auto quantity = quantityOf(command.productId, count.storeId);
        if (!quantity)
            return quantity.error();
        if (Status s = m_counts.insertLine(
                count.id, { command.productId, quantity.value(), seq.value(), {}, 0, 0 });
            !s)
            return s.error();
    }
    const QString device = command.device.isEmpty() ? command.actor : command.device;
    if (Status s = m_counts.putEntry(count.id, command.productId, device, command.quantity,
                                     command.actor, nowMs, seq.value());
        !s)
        return s.error();
    auto total = m_counts.counted(count.id, command.productId);
    if (!total)
        return total.error();

    JsonWriter data(256);
    data.beginObject();
    data.key("countId"_L1).value(count.id);
    data.key("productId"_L1).value(command.productId);
    data.key("device"_L1).value(device);
    data.key("counted"_L1).value(command.quantity);
    data.key("total"_L1).value(total->first);
    data.key("entries"_L1).value(qint64(total->second));
    data.key("actor"_L1).value(command.actor);
    data.endObject();
    auto event = append(eventtype::CountEntered, count, seq.value(), nowMs, data.bytes());
    if (!event)
        return event.error();
    JsonWriter out(256);
    out.beginObject();
    out.key("countId"_L1).value(count.id);
    out.key("productId"_L1).value(command.productId);
    out.key("device"_L1).value(device);
    out.key("counted"_L1).value(command.quantity);
    out.key("total"_L1).value(total->first);
    out.key("entries"_L1).value(qint64(total->second));
    out.key("eventSeq"_L1).value(seq.value());
    out.endObject();
    return Applied { 200, JsonBody::fromText(out.bytes()), { event.value() } };
}

Result<Applied> CountExecutor::post(const Command &command, CountSession count, qint64 nowMs)
{
    auto reviewed = m_counts.review(count);
    if (!reviewed)
        return reviewed.error();
    struct Change
    {
        CountReviewLine line;
        qint64 delta = 0;
    };
    QList<Change> changes;
    QJsonArray refused;
    for (CountReviewLine line : reviewed.value()) {
        if (!line.counted && command.uncounted == UncountedProducts::LeftAlone)
            continue;
        // The row as this transaction has it (the database's may lag behind a batch).
        auto row = m_stock.load(line.productId, count.storeId);
        if (!row)
            return row.error();
        line.current = row.value() ? row.value()->quantity : 0;
        const qint64 reserved = row.value() ? row.value()->reserved : 0;
        // Uncounted in a full count: nothing was found of it.
        const qint64 delta = line.counted ? line.variance() : -line.current;
        if (delta == 0)
            continue;
        const qint64 after = line.current + delta;
        if (after < reserved || after < 0)
            refused.append(QJsonObject { { u"productId"_s, line.productId },
                                         { u"quantity"_s, after },
                                         { u"reserved"_s, reserved } });
        changes.append({ line, delta });
    }
    if (!refused.isEmpty())
        return Error(ErrorCode::InsufficientStock,
                     u"%1 product(s) would be left with fewer units than are held or sold since"
                     " they were counted; count them again or release their holds: nothing was"
                     " applied"_s.arg(refused.size()),
                     { { u"lines"_s, refused } });
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();

    Event event {
        seq.value(), QString::fromLatin1(eventtype::CountApplied), nowMs, count.storeId, {}
    };
    event.reason = u"count"_s;
    JsonWriter data(256 + 256 * changes.size());
    data.beginObject();
    data.key("countId"_L1).value(count.id);
    data.key("actor"_L1).value(command.actor);
    data.key("reason"_L1).value("count"_L1);
    data.key("zeroUncounted"_L1)
        .raw(command.uncounted == UncountedProducts::Zeroed ? "true" : "false");
    data.key("lines"_L1).beginArray();
    for (const Change &change : std::as_const(changes)) { // in product order (review's order)
        const QString &productId = change.line.productId;
        auto existing = m_stock.load(productId, count.storeId);
        if (!existing)
            return existing.error();
        if (!existing.value()) {
            if (Status s = m_stock.insertEmpty(productId, count.storeId, nowMs); !s)
                return s.error();
        }
        auto row = m_stock.applyDeltas(productId, count.storeId, change.delta, 0, nowMs);
        if (!row)
            return row.error();
        if (!row.value())
            return Error(
                ErrorCode::InsufficientStock,
                u"%1 changed meanwhile at %2; nothing was applied"_s.arg(productId, count.storeId));
        data.beginObject();
        data.key("productId"_L1).value(productId);
        data.key("counted"_L1).value(change.line.counted.value_or(0));
        data.key("expected"_L1).value(change.line.expected);
        data.key("delta"_L1).value(change.delta);
        data.key("reason"_L1).value("count"_L1);
        data.key("row"_L1);
        writeJson(data, *row.value(), ProductIdField::Included);
        data.endObject();
        event.rows << *row.value();
        event.rowDeltas << change.delta;
    }
    data.endArray();
    data.endObject();
    event.data = JsonBody::fromText(data.bytes());
    if (Status s = m_events.insert(event); !s)
        return s.error();

    count.status = CountStatus::Applied;
    count.closedBy = command.actor;
    count.closedAtMs = nowMs;
    count.eventSeq = seq.value();
    if (Status s = m_counts.close(count); !s)
        return s.error();
    QList<CountReviewLine> lines = reviewed.value();
    JsonWriter out(256 + 128 * lines.size());
    out.beginObject();
    out.key("countId"_L1).value(count.id);
    out.key("status"_L1).value(CountSession::statusName(count.status));
    out.key("changed"_L1).value(qint64(changes.size()));
    out.key("eventSeq"_L1).value(seq.value());
    out.key("review"_L1);
    writeReview(out, count, lines);
    out.endObject();
    return Applied { 200, JsonBody::fromText(out.bytes()), { event } };
}

Result<Applied> CountExecutor::cancel(const Command &command, CountSession count, qint64 nowMs)
{
    auto seq = m_events.nextSeq();
    if (!seq)
        return seq.error();
    count.status = CountStatus::Cancelled;
    count.closedBy = command.actor;
    count.closedAtMs = nowMs;
    count.eventSeq = seq.value();
    if (Status s = m_counts.close(count); !s)
        return s.error();
    JsonWriter data(128);
    data.beginObject();
    data.key("countId"_L1).value(count.id);
    data.key("actor"_L1).value(command.actor);
    data.endObject();
    auto event = append(eventtype::CountCancelled, count, seq.value(), nowMs, data.bytes());
    if (!event)
        return event.error();
    return countApplied(200, count, event.value());
}

Result<Event> CountExecutor::append(const char *type, const CountSession &count, qint64 seq,
                                    qint64 nowMs, const QByteArray &data)
{
    // Of the store, about no one row: the count's lines are in the data.
    Event event { seq, QString::fromLatin1(type), nowMs, count.storeId, {} };
    event.data = JsonBody::fromText(data);
    if (Status s = m_events.insert(event); !s)
        return s.error();
    return event;
}

} // namespace inventory
