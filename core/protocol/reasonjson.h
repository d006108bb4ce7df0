#pragma once

#include "core/domain/reasoncode.h"
#include "core/protocol/json/jsonwriter.h"

namespace inventory {

// A reason code as the API answers it: {"code","label","direction","builtIn"}.
void writeJson(JsonWriter &out, const ReasonCode &reason);

} // namespace inventory
