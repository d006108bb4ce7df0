#include "core/storage/storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "inventory.storage")
