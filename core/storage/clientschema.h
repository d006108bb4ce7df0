#pragma once

#include <QList>
#include <QStringList>

namespace inventory {

// A terminal's local cache and pending-operation queue, one list of statements per version.
class ClientSchema
{
public:
    static QList<QStringList> steps();
};

} // namespace inventory
