#pragma once

#include "core/domain/command.h"
#include "core/domain/result.h"

#include <QString>

// What the request parsers (CommandParser, TicketParser, TransferParser) share. Only their
// .cpp files include this: TAKE is a macro.

// Takes the value of a Result, or returns its error from the enclosing function.
#define TAKE(var, expr)                                                                            \
    auto var##Result = (expr);                                                                     \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    auto var = std::move(var##Result).value()

namespace inventory::parsing {

// The command, or the first rule of Command::validate() it breaks.
inline Result<Command> validated(Command command)
{
    if (auto error = command.validate())
        return *error;
    return command;
}

// A field's path under a prefix ("operations[3].body" + "lines").
inline QString joined(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + u'.' + name;
}

} // namespace inventory::parsing
