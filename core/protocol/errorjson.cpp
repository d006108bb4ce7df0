#include "core/protocol/errorjson.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject toJson(const Error &error)
{
    return QJsonObject { { u"error"_s,
                           QJsonObject { { u"code"_s, error.codeName() },
                                         { u"message"_s, error.message() },
                                         { u"details"_s, error.details() } } } };
}

std::optional<Error> errorFromJson(const QJsonObject &body)
{
    const QJsonObject error = body.value(u"error"_s).toObject();
    const auto code = Error::codeFromName(error.value(u"code"_s).toString());
    if (!code)
        return std::nullopt;
    return Error(*code, error.value(u"message"_s).toString(), error.value(u"details"_s).toObject());
}

} // namespace inventory
