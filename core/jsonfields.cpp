#include "jsonfields.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <cmath>

using namespace Qt::StringLiterals;

namespace inventory {

JsonFields::JsonFields(const QJsonObject &object, QStringList allowed, QString prefix)
    : m_object(object)
    , m_allowed(std::move(allowed))
    , m_prefix(std::move(prefix))
{
}

QString JsonFields::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

std::optional<Error> JsonFields::unknownField() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_allowed.contains(it.key()))
            return Error::validation(path(it.key()), u"unknown field"_s);
    }
    return std::nullopt;
}

Result<QString> JsonFields::string(const QString &name, bool required) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return Error::validation(path(name), u"is required"_s);
        return QString();
    }
    if (!value.isString())
        return Error::validation(path(name), u"must be a string"_s);
    return value.toString();
}

Result<std::optional<qint64>> JsonFields::integer(const QString &name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    constexpr double limit = 9007199254740992.0; // 2^53: beyond it doubles lose integers
    const double d = value.toDouble();
    if (!value.isDouble() || std::trunc(d) != d || std::fabs(d) > limit)
        return Error::validation(path(name), u"must be an integer"_s);
    return std::optional<qint64>(qint64(d));
}

Result<qint64> JsonFields::requiredInteger(const QString &name) const
{
    auto value = integer(name);
    if (!value)
        return value.error();
    if (!value.value())
        return Error::validation(path(name), u"is required"_s);
    return *value.value();
}

Result<std::optional<double>> JsonFields::number(const QString &name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<double>();
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return Error::validation(path(name), u"must be a number"_s);
    return std::optional<double>(value.toDouble());
}

Result<QJsonObject> JsonFields::parseObject(const QByteArray &body)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decoder(body);
    if (decoder.hasError())
        return Error::validation(u"body"_s, u"the body is not valid UTF-8"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(
            ErrorCode::ValidationFailed,
            u"malformed JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString()),
            { { u"field"_s, u"body"_s } });
    if (!doc.isObject())
        return Error::validation(u"body"_s, u"the body must be a JSON object"_s);
    return doc.object();
}

} // namespace inventory
