#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "inventory.storage")
Q_LOGGING_CATEGORY(lcEngine, "inventory.engine")
Q_LOGGING_CATEGORY(lcAuth, "inventory.auth")
