#pragma once

#include "core/domain/result.h"

#include <QtGlobal>

namespace inventory {

// A read the test needs to succeed: its value, or the test run stops with the error (a failed
// read must never pass for an empty answer, in a test either).
template<typename T> T readOk(Result<T> result)
{
    if (!result)
        qFatal("a read failed: %s", qPrintable(result.error().message()));
    return std::move(result).value();
}

} // namespace inventory
