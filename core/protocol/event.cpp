#include "core/protocol/event.h"

#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonreader.h"
#include "core/protocol/json/jsonwriter.h"

#include <QJsonDocument>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace inventory {

bool operator==(const Event &a, const Event &b)
{
    return a.seq == b.seq && a.type == b.type && a.atMs == b.atMs && a.storeId == b.storeId
        && a.productId == b.productId && a.data == b.data;
}

QJsonObject Event::toJson() const
{
    return { { u"seq"_s, seq },
             { u"type"_s, type },
             { u"at"_s, timestamp::format(atMs) },
             { u"storeId"_s, storeId.isEmpty() ? QJsonValue() : QJsonValue(storeId) },
             { u"productId"_s, productId.isEmpty() ? QJsonValue() : QJsonValue(productId) },
             { u"data"_s, data.object() } };
}

QByteArray Event::toJsonText() const
{
    const QByteArray dataText = data.text();
    JsonWriter out(256 + dataText.size());
    out.beginObject();
    out.key("seq"_L1).value(seq);
    out.key("type"_L1).value(type);
    out.key("at"_L1).timestamp(atMs);
    if (storeId.isEmpty())
        out.key("storeId"_L1).null();
    else
        out.key("storeId"_L1).value(storeId);
    if (productId.isEmpty())
        out.key("productId"_L1).null();
    else
        out.key("productId"_L1).value(productId);
    out.key("data"_L1).raw(dataText);
    out.endObject();
    return out.bytes();
}

Event Event::fromJson(const QJsonObject &json)
{
    return { json.value(u"seq"_s).toInteger(),
             json.value(u"type"_s).toString(),
             timestamp::parse(json.value(u"at"_s).toString()).value_or(0),
             json.value(u"storeId"_s).toString(),
             json.value(u"productId"_s).toString(),
             json.value(u"data"_s).toObject() };
}

std::optional<Event> Event::fromJsonText(QByteArrayView text)
{
    Event event;
    QString at;
    // The string members; fromJson() reads null (or absence) as the empty string.
    const std::array<std::pair<QByteArrayView, QString *>, 4> strings { {
        { "type", &event.type },
        { "at", &at },
        { "storeId", &event.storeId },
        { "productId", &event.productId },
    } };
    unsigned seen = 0; // a bit per string member, then seq and data
    constexpr unsigned SeqBit = 1u << 4, DataBit = 1u << 5;
    const auto once = [&seen](unsigned bit) { return !(std::exchange(seen, seen | bit) & bit); };

    JsonReader in(text);
    in.skipSpace();
    if (!in.take('{'))
        return std::nullopt;
    do {
        in.skipSpace();
        if (!in.take('"'))
            return std::nullopt;
        const auto name = in.plainText();
        in.skipSpace();
        if (!name || !in.take(':'))
            return std::nullopt;
        in.skipSpace();
        // A member named twice: which one counts is Qt's to say.
        if (*name == "seq") {
            const char first = in.peek();
            const bool number = first == '-' || (first >= '0' && first <= '9');
            const auto seq = number ? in.plainInteger() : std::nullopt;
            if (!seq || !once(SeqBit))
                return std::nullopt;
            event.seq = qint64(*seq);
        } else if (*name == "data") {
            const char *start = in.position();
            if (in.peek() != '{' || !in.skipPlainValue() || !once(DataBit))
                return std::nullopt;
            event.data = JsonBody::fromText(QByteArray(start, in.position() - start));
        } else if (const auto member
                   = std::find_if(strings.begin(), strings.end(),
                                  [&name](const auto &known) { return known.first == *name; });
                   member != strings.end()) {
            std::optional<QString> value;
            if (in.word("null"))
                value = QString();
            else if (in.take('"'))
                value = in.plainString();
            if (!value || !once(1u << (member - strings.begin())))
                return std::nullopt;
            *member->second = std::move(*value);
        } else if (!in.skipPlainValue()) {
            return std::nullopt;
        }
        in.skipSpace();
    } while (in.take(','));
    if (!in.take('}'))
        return std::nullopt;
    in.skipSpace();
    if (!in.atEnd() || !(seen & SeqBit))
        return std::nullopt;
    event.atMs = timestamp::parse(at).value_or(0);
    return event;
}

} // namespace inventory
