#include "core/protocol/json/jsonmembers.h"

#include "core/protocol/json/jsonreader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
JsonMembers::Member memberOf(const QString &name, const QJsonValue &value)
{
    JsonMembers::Member member { name, value.type(), {}, 0, false, {} };
    switch (value.type()) {
    case QJsonValue::String:
        member.text = value.toString();
        break;
    case QJsonValue::Double:
        member.number = value.toDouble();
        break;
    case QJsonValue::Bool:
        member.boolean = value.toBool();
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        member.nested = value;
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return member;
}
} // namespace

JsonMembers::JsonMembers(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        m_members.append(memberOf(it.key(), it.value()));
}

const JsonMembers::Member *JsonMembers::find(QStringView name) const
{
    for (const Member &member : m_members) {
        if (member.name == name)
            return &member;
    }
    return nullptr;
}

QJsonValue JsonMembers::value(QStringView name) const
{
    const Member *member = find(name);
    if (!member)
        return QJsonValue(QJsonValue::Undefined);
    switch (member->type) {
    case QJsonValue::String:
        return member->text;
    case QJsonValue::Double:
        return member->number;
    case QJsonValue::Bool:
        return member->boolean;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return member->nested;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QJsonValue(member->type);
}

std::optional<JsonMembers> JsonMembers::parseFlat(QByteArrayView text, bool &tooMany)
{
    JsonReader in(text);
    JsonMembers object;
    object.m_members.reserve(8); // a request body's members, without growing the list
    in.skipSpace();
    if (!in.take('{'))
        return std::nullopt;
    in.skipSpace();
    if (!in.take('}')) {
        do {
            in.skipSpace();
            if (!in.take('"'))
                return std::nullopt;
            if (object.m_members.size() == MaxMembers) {
                tooMany = true;
                return std::nullopt;
            }
            auto name = in.plainString();
            if (!name || object.contains(*name))
                return std::nullopt; // duplicates: Qt decides which one counts
            in.skipSpace();
            if (!in.take(':'))
                return std::nullopt;
            in.skipSpace();
            Member member { std::move(*name), QJsonValue::Null, {}, 0, false, {} };
            const char first = in.peek();
            if (in.take('"')) {
                auto value = in.plainString();
                if (!value)
                    return std::nullopt;
                member.type = QJsonValue::String;
                member.text = std::move(*value);
            } else if (first == '-' || (first >= '0' && first <= '9')) {
                auto value = in.plainInteger();
                if (!value)
                    return std::nullopt;
                member.type = QJsonValue::Double;
                member.number = *value;
            } else if (in.word("true") || in.word("false")) {
                member.type = QJsonValue::Bool;
                member.boolean = first == 't';
            } else if (!in.word("null")) {
                return std::nullopt;
            }
            object.m_members.append(std::move(member));
            in.skipSpace();
        } while (in.take(','));
        if (!in.take('}'))
            return std::nullopt;
    }
    in.skipSpace();
    if (!in.atEnd())
        return std::nullopt;
    return object;
}

Result<JsonMembers> JsonMembers::parse(const QByteArray &body)
{
    const auto tooMany = [] {
        return Error::validation(u"body"_s, u"the body has more than %1 members"_s.arg(MaxMembers));
    };
    bool flatTooMany = false;
    if (auto flat = parseFlat(body, flatTooMany))
        return std::move(*flat);
    if (flatTooMany)
        return tooMany();
    // Qt's parser checks every string's UTF-8 (overlong forms and surrogates included), and a
    // byte above 0x7F anywhere else is a syntax error.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)
        return Error::validation(u"body"_s, u"the body is not valid UTF-8"_s);
    if (error.error != QJsonParseError::NoError)
        return Error(
            ErrorCode::ValidationFailed,
            u"malformed JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString()),
            { { u"field"_s, u"body"_s } });
    if (!doc.isObject())
        return Error::validation(u"body"_s, u"the body must be a JSON object"_s);
    if (doc.object().size() > MaxMembers)
        return tooMany();
    return JsonMembers(doc.object());
}

} // namespace inventory
