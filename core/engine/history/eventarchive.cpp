#include "core/engine/history/eventarchive.h"

#include "core/engine/enginelog.h"
#include "core/engine/tables/eventlog.h"
#include "core/storage/dbconnection.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// Events read, and deleted, per statement: bounds the memory a run takes and how long one
// delete holds the database's write lock.
constexpr int kChunk = 10'000;
const auto kCounter = u"events_archived_through"_s;
} // namespace

EventArchive::EventArchive(DbConnection &connection)
    : m_connection(connection)
{
}

Result<qint64> EventArchive::archivedThrough(DbConnection &connection)
{
    auto row = connection.integerRow(u"SELECT value FROM counters WHERE name = ?"_s, { kCounter });
    if (!row)
        return row.error();
    return row.value() && !row.value()->isEmpty() ? row.value()->constFirst() : 0;
}

Result<qint64> EventArchive::lastToArchive(qint64 beforeMs)
{
    // In seq order, up to the first event that is not older: what stays starts right after.
    // Reads the events it archives and one more, not the whole log (there is no index on time).
    auto first = m_connection.integerRow(
        u"SELECT seq FROM events WHERE at_ms >= ? ORDER BY seq LIMIT 1"_s, { beforeMs });
    if (!first)
        return first.error();
    if (first.value() && !first.value()->isEmpty())
        return first.value()->constFirst() - 1;
    auto last = m_connection.integerRow(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s, {});
    if (!last)
        return last.error();
    return last.value() && !last.value()->isEmpty() ? last.value()->constFirst() : 0;
}

Result<EventArchive::Summary>
EventArchive::archive(qint64 beforeMs, const QString &path,
                      const std::function<void(qint64, qint64)> &progress)
{
    auto floor = archivedThrough(m_connection);
    if (!floor)
        return floor.error();
    auto through = lastToArchive(beforeMs);
    if (!through)
        return through.error();
    if (through.value() <= floor.value())
        return Summary {};
    if (QFile::exists(path))
        return Error::validation(u"to"_s,
                                 u"%1 exists: an archive is never overwritten"_s.arg(path));
    const qint64 from = floor.value() + 1;
    if (Status s = writeFile(from, through.value(), path, progress); !s)
        return s.error();
    if (Status s = remove(through.value()); !s)
        return s.error();
    qCInfo(lcEngine) << "archived events" << from << "to" << through.value() << "into" << path;
    return Summary { from, through.value(), through.value() - from + 1 };
}

Status EventArchive::writeFile(qint64 from, qint64 through, const QString &path,
                               const std::function<void(qint64, qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    const qint64 total = through - from + 1;
    qint64 cursor = from - 1;
    const Status walked = forEachChunk(cursor, through, [&](const QList<Event> &events) -> Status {
        for (const Event &event : events) {
            if (event.seq != cursor + 1)
                return Error::unavailable(
                    u"the event log has a gap after seq %1: nothing was archived"_s.arg(cursor));
            file.write(event.toJsonText());
            file.write("\n", 1);
            cursor = event.seq;
        }
        if (progress)
            progress(cursor - from + 1, total);
        return {};
    });
    if (!walked)
        return walked;
    if (cursor != through)
        return Error::unavailable(
            u"the event log ends at seq %1, not %2: nothing was archived"_s.arg(cursor).arg(
                through));
    // QSaveFile writes a temporary file and renames it over `path` once synced: a run that
    // stops half-way leaves no partial archive behind.
    if (!file.commit())
        return Error::unavailable(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

Status EventArchive::remove(qint64 through)
{
    // The counter first, in its own transaction: from then on a client asking for an older
    // `since` is sent to resync, even while the rows are still being deleted.
    auto counted = inTransaction(u"INSERT INTO counters (name, value) VALUES (?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                                 { kCounter, through });
    if (!counted)
        return counted.error();
    if (Status s = removeEndedReservations(through); !s)
        return s;
    for (;;) {
        auto deleted = inTransaction(u"DELETE FROM events WHERE seq IN (SELECT seq FROM events"
                                     " WHERE seq <= ? ORDER BY seq LIMIT ?)"_s,
                                     { through, kChunk });
        if (!deleted)
            return deleted.error();
        if (deleted.value() < kChunk)
            break;
    }
    // The movements index has no order by seq: one statement, one pass over it.
    auto moved = inTransaction(u"DELETE FROM movements WHERE seq <= ?"_s, { through });
    if (!moved)
        return moved.error();
    return {};
}

Status EventArchive::removeEndedReservations(qint64 through)
{
    // From the oldest event still in the log, not from the last archive's end: a run that
    // stopped between this and the events' delete left both behind, and this one takes them.
    auto lowest = m_connection.integerRow(u"SELECT COALESCE(MIN(seq), 0) FROM events"_s, {});
    if (!lowest)
        return lowest.error();
    const qint64 after
        = lowest.value() && !lowest.value()->isEmpty() ? lowest.value()->constFirst() - 1 : through;
    return forEachChunk(after, through, [this](const QList<Event> &events) -> Status {
        QVariantList ended;
        for (const Event &event : events) {
            if (event.type == QLatin1StringView(eventtype::ReservationConfirmed)
                || event.type == QLatin1StringView(eventtype::ReservationCancelled)
                || event.type == QLatin1StringView(eventtype::ReservationExpired))
                ended << event.data.object()
                             .value(u"reservation"_s)
                             .toObject()
                             .value(u"reservationId"_s)
                             .toString();
        }
        // A statement per thousand ids: within every database's limit on bound values.
        constexpr qsizetype kIdsPerStatement = 1000;
        for (qsizetype at = 0; at < ended.size(); at += kIdsPerStatement) {
            const QVariantList ids = ended.mid(at, kIdsPerStatement);
            const QString marks = QStringList(ids.size(), u"?"_s).join(u',');
            auto deleted
                = inTransaction(u"DELETE FROM reservations WHERE id IN (%1)"_s.arg(marks), ids);
            if (!deleted)
                return deleted.error();
        }
        return {};
    });
}

Status EventArchive::forEachChunk(qint64 after, qint64 through,
                                  const std::function<Status(const QList<Event> &)> &visit)
{
    EventLog log(m_connection);
    qint64 cursor = after;
    while (cursor < through) {
        auto events = log.since(cursor, kChunk);
        if (!events)
            return events.error();
        QList<Event> chunk = std::move(events.value());
        while (!chunk.isEmpty() && chunk.constLast().seq > through)
            chunk.removeLast();
        if (chunk.isEmpty())
            break;
        if (Status s = visit(chunk); !s)
            return s;
        cursor = chunk.constLast().seq;
    }
    return {};
}

Result<qint64> EventArchive::inTransaction(const QString &sql, const QVariantList &args)
{
    if (Status s = m_connection.beginWrite(); !s)
        return s.error();
    auto changed = m_connection.writeCounted(sql, args);
    if (!changed) {
        m_connection.rollback();
        return changed.error();
    }
    if (Status s = m_connection.commit(); !s) {
        m_connection.rollback();
        return s.error();
    }
    return changed;
}

} // namespace inventory
