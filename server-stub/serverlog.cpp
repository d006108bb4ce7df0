#include "server-stub/serverlog.h"

Q_LOGGING_CATEGORY(lcServer, "inventory.server")
Q_LOGGING_CATEGORY(lcHttp, "inventory.http")
Q_LOGGING_CATEGORY(lcWriter, "inventory.writer")
Q_LOGGING_CATEGORY(lcSyncer, "inventory.writer.sync")
Q_LOGGING_CATEGORY(lcFeed, "inventory.feed")
