#pragma once

#include <QLoggingCategory>

// The server's logging categories, one per module (docs/OPERATIONS.md lists them).
Q_DECLARE_LOGGING_CATEGORY(lcServer) // start-up, shut-down, operator commands
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // the HTTP front end and its access log
Q_DECLARE_LOGGING_CATEGORY(lcWriter) // the group-commit writer
Q_DECLARE_LOGGING_CATEGORY(lcSyncer) // the writer's WAL syncs
Q_DECLARE_LOGGING_CATEGORY(lcFeed) // the WebSocket change feed
