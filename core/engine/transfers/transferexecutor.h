#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/engine/commandoutcome.h"
#include "core/engine/transfers/transferstore.h"

namespace inventory {

class DbConnection;
class EventLog;
class StockTable;

// The transfer lifecycle (API.md "Transfers between stores"), each step inside the writer's
// transaction with one event carrying every stock row it changed; all lines or none.
// Shipping takes available units from the origin's quantity (never what is reserved) and
// makes them `incoming` at the destination; receiving moves them into its quantity (damaged
// units leave `incoming` without becoming sellable); closing records the rest as lost.
class TransferExecutor
{
public:
    TransferExecutor(DbConnection &connection, StockTable &stock, EventLog &events);

    Result<Applied> apply(const Command &command, qint64 nowMs);

private:
    Result<Applied> request(const Command &command, qint64 nowMs);
    Result<Applied> ship(const Command &command, Transfer transfer, qint64 nowMs);
    Result<Applied> receive(const Command &command, Transfer transfer, qint64 nowMs);
    Result<Applied> close(const Command &command, Transfer transfer, qint64 nowMs);
    Result<Applied> cancel(const Command &command, Transfer transfer, qint64 nowMs);

    // One stock row a step changed, for the event and the movements index.
    struct Moved
    {
        StockRow row;
        qint64 delta = 0;
        qint64 incomingDelta = 0;
        QString reason;
    };
    // Changes one row (created at 0 when the store never had the product); nullopt when the
    // precondition fails (not enough available units at the origin).
    Result<std::optional<Moved>> move(const QString &productId, const QString &storeId,
                                      qint64 dQuantity, qint64 dIncoming, const QString &reason,
                                      qint64 nowMs);
    // Stores the transfer and appends its event; the reply is the transfer.
    Result<Applied> record(const char *type, Transfer transfer, const Command &command,
                           const QList<Moved> &moved, int status, qint64 nowMs);
    Error notInState(const Transfer &transfer, const QString &verb);

    StockTable &m_stock;
    EventLog &m_events;
    TransferStore m_transfers;
};

} // namespace inventory
