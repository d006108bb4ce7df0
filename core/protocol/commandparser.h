#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/protocol/json/jsonmembers.h"

#include <QJsonObject>

namespace inventory {

// Turns request bodies of API.md into Commands, checking every field's presence, type and
// range. The server's REST routes and the batch push share these, so both reject alike.
class CommandParser
{
public:
    // POST /products/{id}/stock: {"storeId","operation","quantity","reason","note"?,
    // "expectedVersion"?}
    static Result<Command> stock(const QString &productId, JsonMembers body,
                                 const QString &prefix = {});
    // POST /reservations
    static Result<Command> reserve(JsonMembers body, const QString &prefix = {});
    // POST /products
    static Result<Command> createProduct(JsonMembers body);
    // POST /reasons: {"code","label","direction"}
    static Result<Command> defineReason(JsonMembers body);
    // PUT /stores/{storeId}/levels/{productId}: {"min","target"}
    static Result<Command> setLevels(const QString &storeId, const QString &productId,
                                     JsonMembers body);
    // One operation of POST /sync/push: {"idempotencyKey","kind","body","clientTime"}.
    static Result<Command> syncOperation(const QJsonObject &operation, int index);
};

} // namespace inventory
