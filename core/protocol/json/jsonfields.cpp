#include "core/protocol/json/jsonfields.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace inventory {

JsonFields::JsonFields(JsonMembers object, QStringList allowed, QString prefix)
    : m_object(std::move(object))
    , m_allowed(std::move(allowed))
    , m_prefix(std::move(prefix))
{
}

QString JsonFields::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

const JsonMembers::Member *JsonFields::given(const QString &name) const
{
    const JsonMembers::Member *member = m_object.find(name);
    return member && member->type != QJsonValue::Null ? member : nullptr;
}

std::optional<Error> JsonFields::unknownField() const
{
    // The first by name: a body parsed by Qt lists its members in that order, and the same
    // body must get the same answer whichever way it was read.
    const JsonMembers::Member *first = nullptr;
    for (const JsonMembers::Member &member : m_object) {
        if (!m_allowed.contains(member.name) && (!first || member.name < first->name))
            first = &member;
    }
    if (first)
        return Error::validation(path(first->name), u"unknown field"_s);
    return std::nullopt;
}

Result<QString> JsonFields::string(const QString &name, bool required) const
{
    const JsonMembers::Member *member = given(name);
    if (!member) {
        if (required)
            return Error::validation(path(name), u"is required"_s);
        return QString();
    }
    if (member->type != QJsonValue::String)
        return Error::validation(path(name), u"must be a string"_s);
    return member->text;
}

Result<std::optional<qint64>> JsonFields::integer(const QString &name) const
{
    const JsonMembers::Member *member = given(name);
    if (!member)
        return std::optional<qint64>();
    constexpr double limit = 9007199254740992.0; // 2^53: beyond it doubles lose integers
    const double d = member->number;
    if (member->type != QJsonValue::Double || std::trunc(d) != d || std::fabs(d) > limit)
        return Error::validation(path(name), u"must be an integer"_s);
    return std::optional<qint64>(qint64(d));
}

Result<std::optional<bool>> JsonFields::boolean(const QString &name) const
{
    const JsonMembers::Member *member = given(name);
    if (!member)
        return std::optional<bool>();
    if (member->type != QJsonValue::Bool)
        return Error::validation(path(name), u"must be true or false"_s);
    return std::optional<bool>(member->boolean);
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
    const JsonMembers::Member *member = given(name);
    if (!member)
        return std::optional<double>();
    if (member->type != QJsonValue::Double || !std::isfinite(member->number))
        return Error::validation(path(name), u"must be a number"_s);
    return std::optional<double>(member->number);
}

Result<QJsonArray> JsonFields::array(const QString &name) const
{
    const JsonMembers::Member *member = given(name);
    if (!member)
        return Error::validation(path(name), u"is required"_s);
    if (member->type != QJsonValue::Array)
        return Error::validation(path(name), u"must be an array"_s);
    return member->nested.toArray();
}

Result<std::optional<QJsonObject>> JsonFields::object(const QString &name) const
{
    const JsonMembers::Member *member = given(name);
    if (!member)
        return std::optional<QJsonObject>();
    if (member->type != QJsonValue::Object)
        return Error::validation(path(name), u"must be an object"_s);
    return std::optional<QJsonObject>(member->nested.toObject());
}

} // namespace inventory
