#pragma once

#include "core/domain/reservation.h"
#include "core/domain/result.h"
#include "core/engine/tables/writes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace inventory {

class DbConnection;

// The reservations as the database keeps them, inside the writer's transaction.
class ReservationTable
{
public:
    explicit ReservationTable(DbConnection &connection);

    // "SELECT <every column> FROM reservations", for a query to add its WHERE, and the
    // reservation a row of it holds.
    static QString selectColumns();
    static Reservation from(const QSqlQuery &query);

    // With Writes::Deferred (PostgreSQL only) every reservation read is locked (FOR UPDATE)
    // and kept until the commit, inserts and updates are kept, and flush() writes them in one
    // statement each. Switching to Writes::Immediate flushes and forgets what was kept, so
    // that work which reads the table itself sees all of it and nothing kept goes stale.
    Status setWrites(Writes writes);
    // Drops what is kept (the transaction rolled back) and goes back to Writes::Immediate.
    void discard();
    Status flush();
    // Inserts and updates kept for flush().
    qsizetype held() const { return m_inserted.size() + m_updated.size(); }
    // With Writes::Deferred: locks and keeps these reservations in one statement, in id order.
    Status prefetch(QStringList ids);
    // The stock rows (product, store) of the reservations kept so far.
    QList<std::pair<QString, QString>> keptRows() const;
    // The ids of the PENDING reservations due at nowMs, oldest first; with Writes::Deferred
    // locked and kept.
    Result<QStringList> due(qint64 nowMs);

    Result<std::optional<Reservation>> load(const QString &id);
    Status insert(const Reservation &reservation);
    // Takes the move out of PENDING to `status`: false when the reservation is no longer
    // PENDING (with several writers, another one finished it first). A locked, kept one is
    // known to be PENDING here, without a statement.
    Result<bool> claim(const Reservation &reservation, ReservationStatus status);
    // Its status, latest event and at-risk flag.
    Status update(const Reservation &reservation);

    enum class Held { CoveredNewestFirst, AtRiskOldestFirst };
    // The PENDING reservations of one stock row, those the stock covers or those at risk.
    Result<QList<Reservation>> pending(const QString &productId, const QString &storeId,
                                       Held which);

private:
    Result<std::optional<Reservation>> select(const QString &id);

    DbConnection &m_connection;
    Writes m_writes = Writes::Immediate;
    // With Writes::Deferred: what this transaction has locked, inserted or changed (nullopt:
    // no such reservation), and which of them flush() inserts or updates.
    QHash<QString, std::optional<Reservation>> m_kept;
    QSet<QString> m_inserted;
    QSet<QString> m_updated;
};

} // namespace inventory
