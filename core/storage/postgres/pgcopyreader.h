#pragma once

#include "core/domain/result.h"

#include <QString>
#include <functional>

struct pg_conn;

namespace inventory {

class RowValues;

// A long read from PostgreSQL as `COPY (query) TO STDOUT`, a row handed over as it arrives:
// PostgreSQL keeps producing rows into the socket while this process parses the last ones, on
// the other core, where a cursor's FETCH makes each side wait for the other chunk by chunk.
// QtSql's driver has no COPY, so this borrows the driver's own libpq connection between two
// of its statements and gives it back idle. Parsing the text format here (rather than
// through QtSql's QVariant per value) is what makes a chain's 10 M stock rows cheap to read.
class PgCopyReader
{
public:
    explicit PgCopyReader(pg_conn *connection);

    // Runs query (no parameters) and hands row() each of its rows, values valid until the
    // next one. A failure (the query, the connection, a row that is not well formed) is
    // UNAVAILABLE, and sqlState() says PostgreSQL's SQLSTATE when it gave one.
    Status read(const QString &query, const std::function<void(const RowValues &)> &row);
    const QString &sqlState() const { return m_sqlState; }
    // After a failed read: the connection is still in the middle of the COPY and takes no
    // other statement until it is opened again.
    bool connectionBusy() const;

private:
    // Reads what is left of the COPY's results after its last row: its own outcome.
    Status finish();
    Error failure(const QString &message);

    pg_conn *m_connection;
    QString m_sqlState;
};

} // namespace inventory
