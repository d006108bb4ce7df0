#pragma once

#include "core/domain/result.h"

namespace inventory {

class DbConnection;

// An online, consistent copy of a SQLite database (VACUUM INTO reads one snapshot while
// writers carry on), checked afterwards with the invariant checker.
class DatabaseBackup
{
public:
    // The number of events in the copy, or the reason it failed (the copy is then removed).
    static Result<qint64> backupTo(DbConnection &source, const QString &path);
};

} // namespace inventory
