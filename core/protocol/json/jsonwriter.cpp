#include "core/protocol/json/jsonwriter.h"

#include "core/domain/timestamp.h"

#include <QLocale>
#include <algorithm>

namespace inventory {

void JsonWriter::makeRoom(qsizetype bytes)
{
    const qsizetype used = m_at ? m_at - m_out.constData() : m_out.size();
    m_out.resize(std::max({ used + bytes, 2 * used, m_out.capacity(), qsizetype(64) }));
    char *const base = m_out.data();
    m_at = base + used;
    m_end = base + m_out.size();
}

void JsonWriter::settle()
{
    if (!m_at)
        return;
    m_out.resize(m_at - m_out.constData());
    m_at = m_end = nullptr;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        put(',');
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    put('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    put('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    put('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    put(']');
    m_first = false;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    put('"');
    put(QByteArrayView(name.data(), name.size()));
    put("\":");
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
    put('"');
    put(QByteArrayView(ascii.data(), ascii.size()));
    put('"');
}

void JsonWriter::value(qint64 number)
{
    fixedPoint(number, 0);
}

void JsonWriter::timestamp(qint64 msSinceEpoch)
{
    separate();
    char buffer[timestamp::FormattedLength + 2];
    buffer[0] = '"';
    timestamp::formatTo(msSinceEpoch, buffer + 1);
    buffer[sizeof buffer - 1] = '"';
    put(QByteArrayView(buffer, sizeof buffer));
}

void JsonWriter::value(double number)
{
    separate();
    put(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::fixedPoint(qint64 scaled, int decimals)
{
    while (decimals > 0 && scaled % 10 == 0) {
        scaled /= 10;
        --decimals;
    }
    separate();
    // Digits on the stack: QByteArray::number allocates a buffer for every number.
    char buffer[48];
    char *end = buffer + sizeof buffer;
    char *at = end;
    quint64 magnitude = scaled < 0 ? 0 - quint64(scaled) : quint64(scaled);
    for (int i = 0; i < decimals; ++i) {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (decimals > 0)
        *--at = '.';
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (scaled < 0)
        *--at = '-';
    put(QByteArrayView(at, end - at));
}

void JsonWriter::null()
{
    separate();
    put("null");
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    put(json);
}

void JsonWriter::writeString(const QString &text)
{
    // Most strings are identifiers and plain ASCII: copied in one pass straight into the
    // output; anything else goes through UTF-8 with escapes.
    if (m_end - m_at < text.size() + 2)
        makeRoom(text.size() + 2);
    char *const start = m_at;
    char *out = start;
    *out++ = '"';
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'"' || u == u'\\') {
            writeEscaped(text);
            return;
        }
        *out++ = char(u);
    }
    *out++ = '"';
    m_at = out;
}

// Escapes exactly as QJsonDocument does (short escapes for \b \f \n \r \t, \u00XX for the
// other control characters, UTF-8 for the rest, \uXXXX for a lone surrogate), so that text
// written here hashes like Qt's: idempotency fingerprints were made with QJsonDocument.
void JsonWriter::writeEscaped(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    auto escapeUnit = [this](char16_t u) {
        put("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            put(hex[(u >> shift) & 0xF]);
    };
    put('"');
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
            put(QByteArrayView(utf8, n));
            continue;
        }
        switch (u) {
        case u'"':
            put("\\\"");
            break;
        case u'\\':
            put("\\\\");
            break;
        case u'\b':
            put("\\b");
            break;
        case u'\f':
            put("\\f");
            break;
        case u'\n':
            put("\\n");
            break;
        case u'\r':
            put("\\r");
            break;
        case u'\t':
            put("\\t");
            break;
        default:
            if (u < 0x20)
                escapeUnit(u);
            else
                put(char(u));
        }
    }
    put('"');
}

} // namespace inventory
