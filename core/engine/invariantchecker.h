#pragma once

#include "core/domain/result.h"

#include <QStringList>

namespace inventory {

class DbConnection;

// Checks what must always hold, for tests, chaos runs and restored backups, with stock
// discrepancies open or not (docs/ARCHITECTURE.md, "Invariants"): 0 <= reserved <= quantity;
// reserved equals the PENDING reservations the stock covers (not at risk); every reservation
// at risk is named by a discrepancy of its row; incoming equals what the open transfers to
// the store still bring; the event log is gap-free 1..N; and replaying the log from zero
// reproduces every stock row exactly (incoming included).
class InvariantChecker
{
public:
    explicit InvariantChecker(DbConnection &connection);

    // The violations found (empty when everything holds), or a storage error.
    Result<QStringList> check();

private:
    Status checkRows(QStringList &problems);
    Status checkSequence(QStringList &problems);
    Status checkReplay(QStringList &problems);

    DbConnection &m_connection;
};

} // namespace inventory
