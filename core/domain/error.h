#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace inventory {

// The error codes of API.md; the wire names and HTTP statuses live in error.cpp only.
enum class ErrorCode {
    ValidationFailed,
    Unauthenticated,
    Forbidden,
    NotFound,
    InsufficientStock,
    VersionConflict,
    InvalidState,
    ReturnExceedsSale,
    PayloadTooLarge,
    IdempotencyKeyReused,
    RateLimited,
    Unavailable,
    ResyncRequired, // a `since` older than the event log keeps: read the state again
};

class Error
{
public:
    Error(ErrorCode code, QString message, QJsonObject details = {});

    static Error validation(const QString &field, const QString &message);
    static Error notFound(const QString &what, const QString &id);
    static Error unavailable(const QString &message);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonObject &details() const { return m_details; }
    QString codeName() const;
    int httpStatus() const;

    static QString nameOf(ErrorCode code);
    static std::optional<ErrorCode> codeFromName(const QString &name);
    static int httpStatusOf(ErrorCode code);

private:
    ErrorCode m_code;
    QString m_message;
    QJsonObject m_details;
};

} // namespace inventory
