#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"
#include "core/protocol/json/jsonmembers.h"

namespace inventory {

// Request bodies of API.md "Count sessions" as commands.
class CountParser
{
public:
    // POST /counts {"countId","storeId","productIds"?|"category"?|"random"?|"scope"?,"blind"?}:
    // the scope follows from the field given, or "scope":"full" (every product) or "shelf"
    // (products join as they are scanned).
    static Result<Command> open(JsonMembers body);
    // POST /counts/{id}/entries {"productId","counted","device"?}.
    static Result<Command> entry(const QString &countId, JsonMembers body,
                                 const QString &prefix = {});
    // POST /counts/{id}/apply {"zeroUncounted"?} and /cancel {}.
    static Result<Command> step(CommandKind kind, const QString &countId, JsonMembers body);
};

} // namespace inventory
