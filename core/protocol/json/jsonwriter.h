#pragma once

#include <QByteArray>
#include <QString>
#include <cstring>
#include <utility>

namespace inventory {

// Writes compact JSON straight into a byte array, for the hot read routes. QJsonObject
// builds a tree of CBOR values and then serializes it, work a read answered from memory
// should not pay for (docs/PERFORMANCE.md). Values are written in the order given; the
// caller writes a key before each value inside an object.
class JsonWriter
{
public:
    // Room for a typical reply up front, so that writing does not grow the buffer step by step.
    explicit JsonWriter(qsizetype reserve = 1024) { m_out.reserve(reserve); }
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    JsonWriter &key(QLatin1StringView name);
    void value(const QString &text);
    // Text known to be plain ASCII with nothing to escape (names, methods, fixed words).
    void value(QLatin1StringView ascii);
    void value(qint64 number);
    void value(double number);
    // scaled / 10^decimals as a JSON number, as value(double) writes it (1500, 3 → 1.5),
    // with integer arithmetic rather than by formatting a double: the access log writes one
    // per request.
    void fixedPoint(qint64 scaled, int decimals);
    // An RFC 3339 UTC time string (timestamp::format), written without a QString.
    void timestamp(qint64 msSinceEpoch);
    void null();
    // A value that is already JSON text, copied as it is.
    void raw(QByteArrayView json);

    const QByteArray &bytes()
    {
        settle();
        return m_out;
    }
    // The text, handed over: appending to it then does not copy it.
    QByteArray take()
    {
        settle();
        return std::exchange(m_out, {});
    }

private:
    // Bytes go through a cursor into room made ahead in m_out: QByteArray's own append
    // checks for aliasing and moves the tail on every call, and a log line or an event is
    // dozens of small appends.
    void put(char c)
    {
        if (m_at == m_end)
            makeRoom(1);
        *m_at++ = c;
    }
    void put(QByteArrayView bytes)
    {
        if (m_end - m_at < bytes.size())
            makeRoom(bytes.size());
        std::memcpy(m_at, bytes.data(), size_t(bytes.size()));
        m_at += bytes.size();
    }
    void makeRoom(qsizetype bytes);
    // Cuts m_out to what was written; the next put() makes room again (and so detaches
    // m_out from a copy the caller kept).
    void settle();
    void separate();
    void writeString(const QString &text);
    void writeEscaped(const QString &text);

    QByteArray m_out;
    char *m_at = nullptr; // where the next byte goes; null when m_out holds just the text
    char *m_end = nullptr;
    bool m_first = true; // no value yet in the current object or array
    bool m_afterKey = false;
};

} // namespace inventory
