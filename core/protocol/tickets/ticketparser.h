#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/protocol/json/jsonmembers.h"

namespace inventory {

// Request bodies of the ticket routes (API.md "Tickets") as commands; every failure a
// VALIDATION_FAILED naming the field, as CommandParser does for the other routes.
class TicketParser
{
public:
    // POST /tickets: {"ticketId","storeId","lines":[{"productId","quantity","unitPrice"?}],
    // "payment"?:{"method"},"offline"?,"soldAt"?}
    static Result<Command> sale(JsonMembers body, const QString &prefix = {});
    // POST /tickets/{ticketId}/returns:
    // {"returnId","storeId","lines":[{"productId","quantity","disposition"}],"note"?}
    static Result<Command> ticketReturn(const QString &ticketId, JsonMembers body,
                                        const QString &prefix = {});

    // POST /discrepancies/{id}/resolve: {"resolution","note"?}
    static Result<Command> resolution(const QString &discrepancyId, JsonMembers body);

private:
    enum class LineKind { Sale, Return };
    static Result<QList<TicketLine>> lines(const QJsonArray &array, LineKind kind,
                                           const QString &prefix);
};

} // namespace inventory
