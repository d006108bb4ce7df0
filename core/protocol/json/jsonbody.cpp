#include "core/protocol/json/jsonbody.h"

#include <QJsonDocument>

namespace inventory {

JsonBody::JsonBody(QJsonObject object)
    : m_object(std::move(object))
{
}

JsonBody JsonBody::fromText(QByteArray text)
{
    JsonBody body;
    body.m_text = std::move(text);
    return body;
}

QJsonObject JsonBody::object() const
{
    return m_text.isEmpty() ? m_object : QJsonDocument::fromJson(m_text).object();
}

QByteArray JsonBody::text() const
{
    return m_text.isEmpty() ? QJsonDocument(m_object).toJson(QJsonDocument::Compact) : m_text;
}

bool operator==(const JsonBody &a, const JsonBody &b)
{
    if (a.holdsText() && b.holdsText() && a.m_text == b.m_text)
        return true;
    return a.object() == b.object();
}

} // namespace inventory
