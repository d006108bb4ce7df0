#include "logsink.h"

#include "timestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
std::atomic<bool> g_json { true };

QString levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject fields;
    if (context.category && qstrcmp(context.category, "default") != 0)
        fields.insert(u"category"_s, QString::fromLatin1(context.category));
    LogSink::write(levelOf(type), message, fields);
}
} // namespace

void LogSink::install(bool json)
{
    g_json = json;
    qInstallMessageHandler(handler);
}

void LogSink::write(const QString &level, const QString &message, QJsonObject fields)
{
    const QString time = timestamp::format(QDateTime::currentMSecsSinceEpoch());
    QByteArray line;
    if (g_json) {
        fields.insert(u"time"_s, time);
        fields.insert(u"level"_s, level);
        fields.insert(u"msg"_s, message);
        line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    } else {
        line = (time + u' ' + level.toUpper() + u' ' + message).toUtf8();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            line += ' ' + it.key().toUtf8() + '=' + it.value().toVariant().toString().toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace inventory::server
