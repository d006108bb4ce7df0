#pragma once

#include <QLoggingCategory>

// The client side's category: the till's cache, queue, sync and feed.
Q_DECLARE_LOGGING_CATEGORY(lcClient)
