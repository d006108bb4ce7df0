#pragma once

#include "core/domain/result.h"
#include "core/protocol/json/jsonmembers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace inventory {

// Typed, strict access to the fields of one request object: every failure is a
// VALIDATION_FAILED naming the field (details.field), never a silent default.
class JsonFields
{
public:
    JsonFields(JsonMembers object, QStringList allowed, QString prefix = {});

    // A field that is not in the allowed list (the first by name, whatever the order sent).
    std::optional<Error> unknownField() const;

    Result<QString> string(const QString &name, bool required = true) const;
    // An integer: a JSON number with no fraction, within 2^53.
    Result<std::optional<qint64>> integer(const QString &name) const;
    Result<qint64> requiredInteger(const QString &name) const;
    Result<std::optional<double>> number(const QString &name) const;
    Result<std::optional<bool>> boolean(const QString &name) const;
    // Required: absent or null is "is required".
    Result<QJsonArray> array(const QString &name) const;
    Result<std::optional<QJsonObject>> object(const QString &name) const;
    // Present and not null.
    bool has(const QString &name) const { return given(name) != nullptr; }

private:
    QString path(const QString &name) const;
    // The member, or nullptr when it is absent or null.
    const JsonMembers::Member *given(const QString &name) const;

    JsonMembers m_object;
    QStringList m_allowed;
    QString m_prefix;
};

} // namespace inventory
