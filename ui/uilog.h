#pragma once

#include <QLoggingCategory>

// The POS's category: what a screen could not read from the till's cache (the screen keeps
// what it showed; a failed read never shows as an empty list).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
