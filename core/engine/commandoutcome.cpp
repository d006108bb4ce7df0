#include "core/engine/commandoutcome.h"

#include "core/protocol/errorjson.h"

namespace inventory {

CommandOutcome CommandOutcome::failure(const Error &error)
{
    return { error.httpStatus(), toJson(error), false, error };
}

} // namespace inventory
