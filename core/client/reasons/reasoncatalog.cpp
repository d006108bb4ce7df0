#include "core/client/reasons/reasoncatalog.h"

#include "core/client/apiclient.h"
#include "core/client/clientlog.h"
#include "core/client/localcache.h"
#include "core/client/text/eventlabel.h"
#include "core/protocol/event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const QString SavedKey = u"reasons"_s;

QJsonArray toJson(const QList<ReasonCode> &custom)
{
    QJsonArray list;
    for (const ReasonCode &r : custom)
        list.append(QJsonObject {
            { u"code"_s, r.code }, { u"label"_s, r.label }, { u"direction"_s, r.direction } });
    return list;
}
} // namespace

ReasonCatalog::ReasonCatalog(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_codes(ReasonCode::builtInCodes())
{
    loadSaved();
}

QString ReasonCatalog::label(const QString &code) const
{
    if (ReasonCode::isBuiltIn(code))
        return EventLabel::reason(code);
    for (const ReasonCode &r : m_codes) {
        if (r.code == code && !r.label.isEmpty())
            return r.label;
    }
    return code;
}

QList<ReasonCode> ReasonCatalog::writeOffCodes() const
{
    QList<ReasonCode> offered;
    for (const ReasonCode &r : m_codes) {
        const bool out
            = r.direction == u"out"_s && r.code != u"sale"_s && r.code != u"transfer_out"_s;
        if (out || r.code == u"correction"_s)
            offered << r;
    }
    return offered;
}

void ReasonCatalog::refresh()
{
    // The catalog may be gone (signed out) before the server answers.
    QPointer<ReasonCatalog> self(this);
    m_api.get(u"/api/v1/reasons"_s, [self](const ApiReply &reply) {
        if (self)
            self->received(reply);
    });
}

void ReasonCatalog::noteEvents(const QList<Event> &events)
{
    for (const Event &e : events) {
        if (e.type == QLatin1StringView(eventtype::ReasonDefined))
            return refresh();
    }
}

void ReasonCatalog::received(const ApiReply &reply)
{
    if (!reply.ok()) {
        const Error error = reply.reachedServer()
            ? reply.failure()
            : Error::unavailable(tr("the reason codes could not be read: the server cannot be "
                                    "reached now"));
        qCInfo(lcClient) << "reason codes not refreshed:" << error.message();
        emit failed(error);
        return;
    }
    auto parsed = parse(reply.body);
    if (!parsed) {
        qCWarning(lcClient) << "unreadable reason codes from the server:"
                            << parsed.error().message();
        emit failed(parsed.error());
        return;
    }
    QList<ReasonCode> custom;
    for (const ReasonCode &r : std::as_const(parsed.value())) {
        if (!r.builtIn)
            custom << r;
    }
    const QString saved
        = QString::fromUtf8(QJsonDocument(toJson(custom)).toJson(QJsonDocument::Compact));
    if (Status s = m_cache.setMeta(SavedKey, saved); !s)
        qCWarning(lcClient) << "reason codes not kept in the profile:" << s.error().message();
    adopt(custom);
}

void ReasonCatalog::loadSaved()
{
    auto saved = m_cache.meta(SavedKey);
    if (!saved) {
        qCWarning(lcClient) << "saved reason codes not read:" << saved.error().message();
        return;
    }
    if (saved->isEmpty())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(saved->toUtf8());
    auto parsed = parse(QJsonObject { { u"reasons"_s, doc.array() } });
    if (!parsed) {
        qCWarning(lcClient) << "saved reason codes unreadable:" << parsed.error().message();
        return;
    }
    adopt(parsed.value());
}

void ReasonCatalog::adopt(const QList<ReasonCode> &custom)
{
    QList<ReasonCode> codes = ReasonCode::builtInCodes();
    for (const ReasonCode &r : custom) {
        if (!ReasonCode::isBuiltIn(r.code))
            codes << r;
    }
    const auto same = [](const ReasonCode &a, const ReasonCode &b) {
        return a.code == b.code && a.label == b.label && a.direction == b.direction;
    };
    if (std::equal(codes.cbegin(), codes.cend(), m_codes.cbegin(), m_codes.cend(), same))
        return;
    m_codes = codes;
    emit changed();
}

Result<QList<ReasonCode>> ReasonCatalog::parse(const QJsonObject &body)
{
    const QJsonValue list = body.value(u"reasons"_s);
    if (!list.isArray())
        return Error::unavailable(tr("the server's answer holds no list of reason codes"));
    QList<ReasonCode> reasons;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        ReasonCode r {
            o.value(u"code"_s).toString(), o.value(u"label"_s).toString(),
            o.value(u"direction"_s).toString(),
            o.value(u"builtIn"_s).toBool(ReasonCode::isBuiltIn(o.value(u"code"_s).toString()))
        };
        if (!ReasonCode::isWellFormed(r.code) || !ReasonCode::isDirection(r.direction))
            return Error::unavailable(
                tr("the server's answer holds a reason code that cannot be read"));
        reasons << r;
    }
    return reasons;
}

} // namespace inventory
