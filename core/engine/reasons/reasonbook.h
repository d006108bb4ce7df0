#pragma once

#include "core/domain/command.h"
#include "core/domain/reasoncode.h"
#include "core/domain/result.h"
#include "core/engine/commandoutcome.h"

namespace inventory {

class DbConnection;
class EventLog;

// The reason codes a stock change may carry (API.md "Reasons"): the built-in ones and those
// admins define, kept in the reasons table.
class ReasonBook
{
public:
    ReasonBook(DbConnection &connection, EventLog &events);

    // The command with its reason checked, or the code a write without one stands for
    // (ReasonCode::defaultFor); VALIDATION_FAILED naming "reason" for an unknown code.
    Result<Command> checked(const Command &command);
    // DefineReason: adds an admin's code (one event, reason.defined); a built-in code or one
    // defined before with other values is refused.
    Result<Applied> define(const Command &command, qint64 nowMs);
    // Built in first (the common ones first), then the admins' own by code.
    Result<QList<ReasonCode>> list();

private:
    Result<std::optional<ReasonCode>> custom(const QString &code);

    DbConnection &m_connection;
    EventLog &m_events;
};

} // namespace inventory
