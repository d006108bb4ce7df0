#include "core/client/text/errortext.h"

using namespace Qt::StringLiterals;

namespace inventory {

QString ErrorText::describe(const QJsonObject &error)
{
    return describe(error.value(u"code"_s).toString(), error.value(u"details"_s).toObject(),
                    error.value(u"message"_s).toString());
}

QString ErrorText::describe(const Error &error)
{
    return describe(error.codeName(), error.details(), error.message());
}

QString ErrorText::describe(const QString &code, const QJsonObject &details, const QString &message)
{
    const auto number
        = [&](const char *key) { return int(details.value(QLatin1StringView(key)).toInteger()); };
    const auto known = Error::codeFromName(code);
    if (!known)
        return message.isEmpty() ? tr("The server refused the operation (%1).").arg(code) : message;
    switch (*known) {
    case ErrorCode::InsufficientStock:
        if (details.contains(u"reserved"_s))
            return tr("Cannot count %n unit(s): %1 are reserved.", nullptr, number("requested"))
                .arg(number("reserved"));
        if (number("available") <= 0)
            return tr("There are no units available.");
        return tr("Only %n unit(s) available.", nullptr, number("available"));
    case ErrorCode::VersionConflict:
        return tr("Someone changed this stock meanwhile: it is now %n unit(s). Count again.",
                  nullptr, number("currentQuantity"));
    case ErrorCode::InvalidState: {
        const QString status = details.value(u"status"_s).toString();
        if (status == u"EXPIRED"_s)
            return tr("This reservation has already expired.");
        if (status == u"CONFIRMED"_s)
            return tr("This reservation has already been sold.");
        if (status == u"CANCELLED"_s)
            return tr("This reservation has already been cancelled.");
        return tr("This cannot be done in the current state.");
    }
    case ErrorCode::ReturnExceedsSale:
        return tr("More units than were sold on that ticket (less what has come back already).");
    case ErrorCode::ValidationFailed: {
        const QString field = details.value(u"field"_s).toString();
        return field.isEmpty() ? tr("The server did not accept the data: %1").arg(message)
                               : tr("The server did not accept “%1”: %2").arg(field, message);
    }
    case ErrorCode::Unauthenticated:
        return tr("The session is not valid any more: sign in again.");
    case ErrorCode::Forbidden:
        return tr("Your user may not do this at this store.");
    case ErrorCode::NotFound:
        return tr("Not found on the server: %1").arg(message);
    case ErrorCode::PayloadTooLarge:
        return tr("Too much data in one request.");
    case ErrorCode::IdempotencyKeyReused:
        return tr("This operation was already sent with other values.");
    case ErrorCode::RateLimited:
        return tr("The server is busy; this will be tried again shortly.");
    case ErrorCode::Unavailable:
        return tr("The server cannot be reached: %1").arg(message);
    case ErrorCode::ResyncRequired:
        return tr("This till's copy is older than the server's history: it is read again.");
    }
    return message;
}

} // namespace inventory
