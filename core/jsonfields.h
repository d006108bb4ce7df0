#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace inventory {

// Typed, strict access to the fields of one request object: every failure is a
// VALIDATION_FAILED naming the field (details.field), never a silent default.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QStringList allowed, QString prefix = {});

    // The first field that is not in the allowed list.
    std::optional<Error> unknownField() const;

    Result<QString> string(const QString &name, bool required = true) const;
    // An integer: a JSON number with no fraction, within 2^53.
    Result<std::optional<qint64>> integer(const QString &name) const;
    Result<qint64> requiredInteger(const QString &name) const;
    Result<std::optional<double>> number(const QString &name) const;

    // Parses a request body that must be one UTF-8 JSON object.
    static Result<QJsonObject> parseObject(const QByteArray &body);

private:
    QString path(const QString &name) const;

    QJsonObject m_object;
    QStringList m_allowed;
    QString m_prefix;
};

} // namespace inventory
