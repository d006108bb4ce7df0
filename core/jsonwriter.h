#pragma once

#include <QByteArray>
#include <QString>
#include <utility>

namespace inventory {

// Writes compact JSON straight into a byte array, for the hot read routes. QJsonObject
// builds a tree of CBOR values and then serializes it; for a stock row that was a quarter
// of the cost of answering GET /products/{id}/availability. Values are written in the order
// given; the caller writes a key before each value inside an object.
class JsonWriter
{
public:
    // Room for a typical reply up front, so that writing does not grow the buffer step by step.
    explicit JsonWriter(qsizetype reserve = 1024) { m_out.reserve(reserve); }

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
    // An RFC 3339 UTC time string (timestamp::format), written without a QString.
    void timestamp(qint64 msSinceEpoch);
    void null();
    // A value that is already JSON text, copied as it is.
    void raw(QByteArrayView json);

    const QByteArray &bytes() const { return m_out; }
    // The text, handed over: appending to it then does not copy it.
    QByteArray take() { return std::exchange(m_out, {}); }

private:
    void separate();
    void writeString(const QString &text);
    void writeEscaped(const QString &text);

    QByteArray m_out;
    bool m_first = true; // no value yet in the current object or array
    bool m_afterKey = false;
};

} // namespace inventory
