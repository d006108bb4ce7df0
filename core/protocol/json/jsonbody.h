#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace inventory {

// A JSON object payload (an event's data, a command's reply body) held in the form it was made
// in: a tree when code built it, compact text when the writer wrote it or it was read from the
// log. Each side hands out the other on demand, so the hot path (written as text, sent as
// text) never builds a tree, and nobody has to know which form a payload came in. Nothing is
// cached: a payload is read by several threads at once.
class JsonBody
{
public:
    JsonBody() = default;
    JsonBody(QJsonObject object); // NOLINT(google-explicit-constructor): a tree is a body
    static JsonBody fromText(QByteArray text);

    bool isEmpty() const { return m_text.isEmpty() && m_object.isEmpty(); }
    bool holdsText() const { return !m_text.isEmpty(); }
    // The object: the tree, or the text parsed.
    QJsonObject object() const;
    // Compact JSON text: the text as it came, or the tree written.
    QByteArray text() const;

    // Equal in what they say, however each is held.
    friend bool operator==(const JsonBody &a, const JsonBody &b);

private:
    QJsonObject m_object;
    QByteArray m_text;
};

} // namespace inventory
