#include "commandoutcome.h"

namespace inventory {

CommandOutcome CommandOutcome::failure(const Error &error)
{
    return { error.httpStatus(), error.toJson(), false, error, {} };
}

} // namespace inventory
