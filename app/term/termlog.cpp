#include "app/term/termlog.h"

Q_LOGGING_CATEGORY(lcTerm, "inventory.term")
