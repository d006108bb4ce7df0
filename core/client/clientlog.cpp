#include "core/client/clientlog.h"

Q_LOGGING_CATEGORY(lcClient, "inventory.client")
