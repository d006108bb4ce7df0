#include "core/protocol/reasonjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

void writeJson(JsonWriter &out, const ReasonCode &reason)
{
    out.beginObject();
    out.key("code"_L1).value(reason.code);
    out.key("label"_L1).value(reason.label);
    out.key("direction"_L1).value(reason.direction);
    out.key("builtIn"_L1).raw(reason.builtIn ? "true" : "false");
    out.endObject();
}

} // namespace inventory
