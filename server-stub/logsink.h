#pragma once

#include <QJsonObject>

namespace inventory::server {

// All of the server's log output: one line per record on stderr, JSON or plain text.
// Qt's own messages (qCInfo & co.) are routed here too.
class LogSink
{
public:
    static void install(bool json);
    static void write(const QString &level, const QString &message, QJsonObject fields = {});
};

} // namespace inventory::server
