#pragma once

#include "core/storage/sqldialect.h"

#include <QList>
#include <QStringList>

namespace inventory {

// The central database's schema, one list of statements per version (index 0 = version 1).
// Never edit a released step: add a new one.
class ServerSchema
{
public:
    static QList<QStringList> steps(const SqlDialect &dialect);

private:
    static QStringList v6(const SqlDialect &dialect);
};

} // namespace inventory
