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

// Escapes exactly as QJsonDocument does (short escapes for \b \f \n \r \t, \u00XX for the
// other control characters, UTF-8 for the rest, \uXXXX for a lone surrogate), so that text
// written here hashes like Qt's: idempotency fingerprints were made with QJsonDocument.
void JsonWriter::writeEscaped(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    auto escapeUnit = [this](char16_t u) {
        m_out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += hex[(u >> shift) & 0xF];
    };
    m_out += '"';
    const char16_t *at = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t u = *at++;
        if (u >= 0x80) {
            char32_t code = u;
            if (QChar::isHighSurrogate(u) && at != end && QChar::isLowSurrogate(*at)) {
                code = QChar::surrogateToUcs4(u, *at++);
            } else if (QChar::isSurrogate(u)) {
                escapeUnit(u);
                continue;
            }
            char utf8[4];
            const qsizetype n = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            static constexpr uchar lead[] = { 0, 0, 0xC0, 0xE0, 0xF0 };
            for (qsizetype i = n - 1; i > 0; --i) {
                utf8[i] = char(0x80 | (code & 0x3F));
                code >>= 6;
            }
            utf8[0] = char(lead[n] | code);
            m_out.append(utf8, n);
            continue;
        }
        switch (u) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\b':
            m_out += "\\b";
            break;
        case u'\f':
            m_out += "\\f";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20)
                escapeUnit(u);
            else
                m_out += char(u);
        }
    }
    m_out += '"';
}

} // namespace inventory
