#pragma once

#include <QLoggingCategory>

// The engine's categories: the transaction engine, and sign-in checks of its user store.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
