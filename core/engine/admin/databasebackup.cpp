#include "core/engine/admin/databasebackup.h"

#include "core/engine/invariantchecker.h"
#include "core/engine/tables/eventlog.h"
#include "core/storage/dbconnection.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace inventory {

Result<qint64> DatabaseBackup::backupTo(DbConnection &source, const QString &path)
{
    if (source.dialect().kind() != SqlDialect::Kind::Sqlite)
        return Error::unavailable(u"backup copies SQLite databases; for PostgreSQL use pg_dump"_s);
    if (QFileInfo::exists(path))
        return Error::validation(u"path"_s, u"%1 already exists; choose a new file"_s.arg(path));
    auto ran = source.run(u"VACUUM INTO ?"_s, { QFileInfo(path).absoluteFilePath() });
    if (!ran)
        return ran.error();
    auto copy = DbConnection::open(path, SchemaMigrator::Schema::Server);
    if (!copy) {
        QFile::remove(path);
        return copy.error();
    }
    auto problems = InvariantChecker(*copy.value()).check();
    if (!problems || !problems->isEmpty()) {
        copy.value().reset();
        QFile::remove(path);
        return Error::unavailable(u"the copy does not pass the invariant check: %1"_s.arg(
            problems ? problems->join(u"; "_s) : problems.error().message()));
    }
    return EventLog(*copy.value()).lastSeq();
}

} // namespace inventory
