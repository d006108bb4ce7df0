#include "jsonwriter.h"

#include "timestamp.h"

#include <QLocale>

namespace inventory {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &text)
{
    separate();
    writeString(text);
}

void JsonWriter::value(QLatin1StringView ascii)
{
    separate();
    m_out += '"';
    m_out += QByteArrayView(ascii.data(), ascii.size());
    m_out += '"';
}

void JsonWriter::value(qint64 number)
{
    separate();
    // Digits on the stack: QByteArray::number allocates a buffer for every number.
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *at = end;
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0)
        *--at = '-';
    m_out.append(at, end - at);
}

void JsonWriter::timestamp(qint64 msSinceEpoch)
{
    separate();
    char buffer[timestamp::FormattedLength + 2];
    buffer[0] = '"';
    timestamp::formatTo(msSinceEpoch, buffer + 1);
    buffer[sizeof buffer - 1] = '"';
    m_out.append(buffer, sizeof buffer);
}

void JsonWriter::value(double number)
{
    separate();
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out += json;
}

void JsonWriter::writeString(const QString &text)
{
    // Most strings are identifiers and plain ASCII: copied in one pass straight into the
    // output; anything else goes through UTF-8 with escapes.
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() + 2);
    char *out = m_out.data() + start;
    *out++ = '"';
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'"' || u == u'\\') {
            m_out.truncate(start);
            writeEscaped(text);
            return;
        }
        *out++ = char(u);
    }
    *out = '"';
}

void JsonWriter::writeEscaped(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xF];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}

} // namespace inventory
