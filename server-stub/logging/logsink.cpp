#include "server-stub/logging/logsink.h"

#include "core/domain/timestamp.h"
#include "core/protocol/json/jsonwriter.h"
#include "server-stub/logging/logwriteback.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
std::atomic<bool> g_json { true };

// Request lines wait here until the event loop's next pass, so that a burst of replies costs
// one write instead of one per request. Other records flush it first, keeping the order.
std::mutex g_mutex;
QByteArray g_pending;
constexpr qsizetype kMaxPendingBytes = 64 * 1024;
std::optional<LogWriteback> g_writeback; // set by install(), written under g_mutex

void flushLocked()
{
    if (g_pending.isEmpty())
        return;
    std::fwrite(g_pending.constData(), 1, size_t(g_pending.size()), stderr);
    std::fflush(stderr);
    if (g_writeback)
        g_writeback->wrote(g_pending.size());
    g_pending.clear();
}

void flushPending()
{
    std::lock_guard lock(g_mutex);
    flushLocked();
}

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

void LogSink::install(Format format)
{
    g_json = format == Format::Json;
    {
        std::lock_guard lock(g_mutex);
        g_writeback.emplace(fileno(stderr));
    }
    qInstallMessageHandler(handler);
    std::atexit(flushPending);
}

void LogSink::writeRequest(const RequestRecord &r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool error = r.status >= 500;
    QByteArray line;
    if (g_json) {
        // Keys in the order QJsonDocument writes them, so both paths print the same lines.
        JsonWriter out;
        out.beginObject();
        out.key("bytes"_L1).value(r.bytes);
        out.key("latencyMs"_L1).fixedPoint(r.latencyUs, 3);
        out.key("level"_L1).value(error ? "error"_L1 : "info"_L1);
        out.key("method"_L1).value(QLatin1StringView(r.method));
        out.key("msg"_L1).value("request"_L1);
        out.key("path"_L1).value(r.path);
        out.key("remote"_L1).value(r.remote);
        out.key("requestId"_L1).value(r.requestId);
        out.key("route"_L1).value(r.route);
        out.key("status"_L1).value(qint64(r.status));
        out.key("time"_L1).timestamp(now);
        out.key("user"_L1);
        if (r.user.isEmpty())
            out.null();
        else
            out.value(r.user);
        out.endObject();
        line = out.take();
    } else {
        line = (timestamp::format(now) + (error ? u" ERROR"_s : u" INFO"_s) + u" request bytes="_s
                + QString::number(r.bytes) + u" latencyMs="_s
                + QString::number(double(r.latencyUs) / 1000.0) + u" method="_s
                + QString::fromLatin1(r.method) + u" path="_s + r.path + u" remote="_s + r.remote
                + u" requestId="_s + r.requestId + u" route="_s + r.route + u" status="_s
                + QString::number(r.status) + u" user="_s + r.user)
                   .toUtf8();
    }
    line += '\n';
    bool schedule = false;
    {
        std::lock_guard lock(g_mutex);
        schedule = g_pending.isEmpty();
        g_pending += line;
        if (g_pending.size() >= kMaxPendingBytes)
            flushLocked();
    }
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        flushPending();
    else if (schedule)
        QMetaObject::invokeMethod(app, &flushPending, Qt::QueuedConnection);
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
    std::lock_guard lock(g_mutex);
    g_pending += line;
    flushLocked();
}

} // namespace inventory::server
