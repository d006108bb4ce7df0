#include "core/engine/enginelog.h"

Q_LOGGING_CATEGORY(lcEngine, "inventory.engine")
Q_LOGGING_CATEGORY(lcAuth, "inventory.auth")
