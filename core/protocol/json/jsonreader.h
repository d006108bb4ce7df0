#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace inventory {

// Reads JSON text off the front of a byte view, token by token, for the fast paths that read
// a plain subset of JSON themselves and hand everything else to QJsonDocument (JsonMembers,
// Event::fromJsonText). Whatever it accepts, Qt's parser accepts and reads the same way; it
// refuses some valid JSON (escapes, text outside printable ASCII, fractions, deep nesting),
// which its callers then give to Qt. Qt has no way to read JSON without building a document,
// and building one was most of the time both callers spent.
class JsonReader
{
public:
    // Values nested deeper than this are refused (Qt's own limit is far above).
    static constexpr int MaxDepth = 32;

    explicit JsonReader(QByteArrayView text)
        : m_at(text.begin())
        , m_end(text.end())
    {
    }

    void skipSpace();
    // Consumes c if it comes next.
    bool take(char c);
    // Consumes the literal text if it comes next (true, false, null).
    bool word(QByteArrayView expected);
    bool atEnd() const { return m_at == m_end; }
    char peek() const { return m_at == m_end ? '\0' : *m_at; }
    const char *position() const { return m_at; }

    // A string with no escapes and nothing outside printable ASCII, after its opening quote:
    // its characters, or nullopt (and the position somewhere inside) when it is not one.
    std::optional<QByteArrayView> plainText();
    std::optional<QString> plainString();
    // A whole number of at most 15 digits (exact as a double), not -0 and without a fraction
    // or an exponent.
    std::optional<double> plainInteger();
    // A string, a whole number, true, false, null, or an object or array of those, as above.
    bool skipPlainValue() { return skipPlainValue(0); }

private:
    bool skipPlainValue(int depth);
    bool skipMembers(int depth);
    bool skipElements(int depth);

    const char *m_at;
    const char *m_end;
};

} // namespace inventory
