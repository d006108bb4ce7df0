#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace inventory::server {

// All of the server's log output: one line per record on stderr, JSON or plain text.
// Qt's own messages (qCInfo & co.) are routed here too.
class LogSink
{
public:
    // The line written for every HTTP request.
    struct RequestRecord
    {
        QString requestId;
        QString user; // empty: not authenticated
        QByteArray method;
        QString route;
        QString path;
        int status = 0;
        qint64 latencyUs = 0;
        qint64 bytes = 0;
        QString remote;
    };

    enum class Format { Text, Json };

    static void install(Format format);
    static void write(const QString &level, const QString &message, QJsonObject fields = {});
    // Same output as write() with these fields, written directly: this runs for every
    // request, and building a QJsonObject for it was a real cost to the event loop under load.
    static void writeRequest(const RequestRecord &record);
};

} // namespace inventory::server
