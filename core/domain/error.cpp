#include "core/domain/error.h"

#include <array>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
struct CodeInfo
{
    ErrorCode code;
    const char *name;
    int status;
};

constexpr std::array<CodeInfo, 13> kCodes { {
    { ErrorCode::ValidationFailed, "VALIDATION_FAILED", 400 },
    { ErrorCode::Unauthenticated, "UNAUTHENTICATED", 401 },
    { ErrorCode::Forbidden, "FORBIDDEN", 403 },
    { ErrorCode::NotFound, "NOT_FOUND", 404 },
    { ErrorCode::InsufficientStock, "INSUFFICIENT_STOCK", 409 },
    { ErrorCode::VersionConflict, "VERSION_CONFLICT", 409 },
    { ErrorCode::InvalidState, "INVALID_STATE", 409 },
    { ErrorCode::ReturnExceedsSale, "RETURN_EXCEEDS_SALE", 409 },
    { ErrorCode::PayloadTooLarge, "PAYLOAD_TOO_LARGE", 413 },
    { ErrorCode::IdempotencyKeyReused, "IDEMPOTENCY_KEY_REUSED", 422 },
    { ErrorCode::RateLimited, "RATE_LIMITED", 429 },
    { ErrorCode::Unavailable, "UNAVAILABLE", 503 },
    { ErrorCode::ResyncRequired, "RESYNC_REQUIRED", 410 },
} };

const CodeInfo &infoOf(ErrorCode code)
{
    for (const auto &info : kCodes) {
        if (info.code == code)
            return info;
    }
    Q_UNREACHABLE();
}
} // namespace

Error::Error(ErrorCode code, QString message, QJsonObject details)
    : m_code(code)
    , m_message(std::move(message))
    , m_details(std::move(details))
{
}

Error Error::validation(const QString &field, const QString &message)
{
    return Error(ErrorCode::ValidationFailed, message, QJsonObject { { u"field"_s, field } });
}

Error Error::notFound(const QString &what, const QString &id)
{
    return Error(ErrorCode::NotFound, u"%1 '%2' not found"_s.arg(what, id),
                 QJsonObject { { u"resource"_s, what }, { u"id"_s, id } });
}

Error Error::unavailable(const QString &message)
{
    return Error(ErrorCode::Unavailable, message);
}

QString Error::codeName() const
{
    return nameOf(m_code);
}

int Error::httpStatus() const
{
    return httpStatusOf(m_code);
}

QString Error::nameOf(ErrorCode code)
{
    return QString::fromLatin1(infoOf(code).name);
}

std::optional<ErrorCode> Error::codeFromName(const QString &name)
{
    for (const auto &info : kCodes) {
        if (name == QLatin1StringView(info.name))
            return info.code;
    }
    return std::nullopt;
}

int Error::httpStatusOf(ErrorCode code)
{
    return infoOf(code).status;
}

} // namespace inventory
