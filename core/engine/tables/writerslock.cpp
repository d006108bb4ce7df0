#include "core/engine/tables/writerslock.h"

#include "core/engine/tables/batchtables.h"
#include "core/storage/dbconnection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory {

WritersLock::Writers WritersLock::writersFor(const QList<Command> &commands, Writes writes,
                                             Extra extra)
{
    if (writes != Writes::Deferred || extra != Extra::None)
        return Writers::Alone;
    const bool keptRowsOnly = std::all_of(commands.cbegin(), commands.cend(), [](const Command &c) {
        return BatchTables::runsOnKeptRows(c);
    });
    return keptRowsOnly ? Writers::Together : Writers::Alone;
}

Status WritersLock::enter(DbConnection &connection, Writers writers)
{
    return connection.exec(writers == Writers::Together
                               ? u"SELECT pg_advisory_xact_lock_shared(%1)"_s.arg(LockId)
                               : u"SELECT pg_advisory_xact_lock(%1)"_s.arg(LockId));
}

} // namespace inventory
