#pragma once

#include <QLoggingCategory>

// The storage layer's category: connections, migrations, statements, WAL syncs.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
