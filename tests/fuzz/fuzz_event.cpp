// libFuzzer target: a feed message as a client receives it. Whatever the client's own pass
// reads (Event::fromJsonText) Qt's parser must read too, as the same event; a crash, a
// sanitizer report or a disagreement is a failure.
#include "core/protocol/event.h"

#include <QJsonDocument>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace inventory;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Event> ours = Event::fromJsonText(text);
    if (!ours)
        return 0;
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !qt.object().contains(u"seq"_s))
        std::abort(); // read text that Qt refuses, or that is no event
    if (!(*ours == Event::fromJson(qt.object())))
        std::abort();
    if (Event::fromJsonText(ours->toJsonText()) != ours)
        std::abort(); // what a server would send on does not read back the same
    return 0;
}
