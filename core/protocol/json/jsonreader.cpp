#include "core/protocol/json/jsonreader.h"

namespace inventory {

void JsonReader::skipSpace()
{
    while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
        ++m_at;
}

bool JsonReader::take(char c)
{
    if (m_at == m_end || *m_at != c)
        return false;
    ++m_at;
    return true;
}

bool JsonReader::word(QByteArrayView expected)
{
    if (QByteArrayView(m_at, m_end - m_at).startsWith(expected)) {
        m_at += expected.size();
        return true;
    }
    return false;
}

std::optional<QByteArrayView> JsonReader::plainText()
{
    const char *start = m_at;
    while (m_at != m_end && *m_at != '"') {
        const auto c = static_cast<unsigned char>(*m_at);
        if (c < 0x20 || c >= 0x7f || c == '\\')
            return std::nullopt;
        ++m_at;
    }
    if (m_at == m_end)
        return std::nullopt;
    const QByteArrayView text(start, m_at - start);
    ++m_at;
    return text;
}

std::optional<QString> JsonReader::plainString()
{
    const auto text = plainText();
    if (!text)
        return std::nullopt;
    return QString::fromLatin1(*text);
}

std::optional<double> JsonReader::plainInteger()
{
    const bool negative = take('-');
    const char *start = m_at;
    qint64 value = 0;
    while (m_at != m_end && *m_at >= '0' && *m_at <= '9') {
        if (m_at - start == 15)
            return std::nullopt; // longer ones go to Qt, before they could overflow
        value = value * 10 + (*m_at++ - '0');
    }
    const qsizetype digits = m_at - start;
    if (digits == 0 || (digits > 1 && *start == '0') || (negative && value == 0))
        return std::nullopt;
    if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
        return std::nullopt;
    return double(negative ? -value : value);
}

bool JsonReader::skipPlainValue(int depth)
{
    skipSpace();
    const char first = peek();
    if (take('"'))
        return plainText().has_value();
    if (first == '-' || (first >= '0' && first <= '9'))
        return plainInteger().has_value();
    if (word("true") || word("false") || word("null"))
        return true;
    if (depth == MaxDepth)
        return false;
    if (take('{'))
        return skipMembers(depth + 1);
    if (take('['))
        return skipElements(depth + 1);
    return false;
}

bool JsonReader::skipMembers(int depth)
{
    skipSpace();
    if (take('}'))
        return true;
    do {
        skipSpace();
        if (!take('"') || !plainText())
            return false;
        skipSpace();
        if (!take(':') || !skipPlainValue(depth))
            return false;
        skipSpace();
    } while (take(','));
    return take('}');
}

bool JsonReader::skipElements(int depth)
{
    skipSpace();
    if (take(']'))
        return true;
    do {
        if (!skipPlainValue(depth))
            return false;
        skipSpace();
    } while (take(','));
    return take(']');
}

} // namespace inventory
