#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

struct pg_conn;

namespace inventory {

// Statements sent to PostgreSQL one after another without waiting for each reply, and the
// replies read together at the end (libpq's pipeline mode): a batch's closing writes, its
// counter, NOTIFY and COMMIT, cost one round trip instead of one each. QtSql's driver has no
// such mode, so this borrows the driver's own libpq connection between two of its statements,
// when that connection has nothing pending, and gives it back idle.
class PgPipeline
{
public:
    // The statements this connection has prepared, by their SQL: kept across pipelines, since
    // preparing costs more than running; forgotten when the connection is opened again.
    using PreparedNames = QHash<QString, QByteArray>;

    struct Finished
    {
        Status status;
        // Rows that the INSERT, UPDATE and DELETE statements reported.
        qint64 changes = 0;
        // The SQLSTATE of the first statement that failed, or empty.
        QString sqlState;
    };

    // Enters pipeline mode on connection, or nullptr when it cannot (the connection is not
    // usable); the caller then runs its statements one by one as before.
    static std::unique_ptr<PgPipeline> enter(pg_conn *connection, PreparedNames &prepared);
    // Reads whatever is still pending and leaves pipeline mode: the connection is idle after.
    ~PgPipeline();
    PgPipeline(const PgPipeline &) = delete;
    PgPipeline &operator=(const PgPipeline &) = delete;

    // Queues sql (with ? placeholders bound to args in order). With expectedRows, the
    // statement (an INSERT, UPDATE or DELETE without RETURNING) fails unless it changes
    // exactly that many rows, and the statements after it do not run.
    void send(const QString &sql, const QVariantList &args,
              std::optional<qint64> expectedRows = std::nullopt);
    // Sends what is queued, reads every reply and leaves pipeline mode. After a failure the
    // statements after it did not run, and the transaction is to be rolled back.
    Finished finish();

private:
    PgPipeline(pg_conn *connection, PreparedNames &prepared);
    // The name sql is prepared under, preparing it in this pipeline the first time.
    QByteArray preparedName(const QString &sql);

    struct Sent
    {
        QString sql;
        std::optional<qint64> expectedRows;
        // A PREPARE's reply, which comes before its statement's.
        bool prepare = false;
    };

    pg_conn *m_connection;
    PreparedNames &m_prepared;
    QList<Sent> m_sent;
    Status m_sendFailed;
    bool m_finished = false;
};

} // namespace inventory
