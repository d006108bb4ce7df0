#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/protocol/json/jsonmembers.h"

namespace inventory {

// Request bodies of the transfer routes (API.md "Transfers between stores") as commands;
// every failure a VALIDATION_FAILED naming the field.
class TransferParser
{
public:
    // POST /transfers: {"transferId"?,"fromStoreId","toStoreId","lines":[{"productId",
    // "quantity"}],"note"?}
    static Result<Command> request(JsonMembers body);
    // POST /transfers/{id}/ship {"lines"?}, …/receive {"lines":[{…,"damaged"?}]},
    // …/close {"note"?}, …/cancel {"note"?}.
    static Result<Command> step(CommandKind kind, const QString &transferId, JsonMembers body,
                                const QString &prefix = {});
};

} // namespace inventory
