#pragma once

#include <QLoggingCategory>

// inventory-term's own category: what people read is translated, the log keeps the codes.
Q_DECLARE_LOGGING_CATEGORY(lcTerm)
