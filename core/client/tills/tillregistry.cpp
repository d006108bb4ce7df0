#include "core/client/tills/tillregistry.h"

#include "core/client/clientsession.h"
#include "core/domain/timestamp.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inventory {

TillRegistry::TillRegistry(ClientSession &session)
    : m_session(session)
{
}

Device TillRegistry::fromJson(const QJsonObject &json)
{
    Device device { json.value(u"deviceId"_s).toString(),
                    json.value(u"storeId"_s).toString(),
                    json.value(u"name"_s).toString(),
                    json.value(u"enrolledBy"_s).toString(),
                    timestamp::parse(json.value(u"enrolledAt"_s).toString()).value_or(0),
                    {} };
    if (json.contains(u"revokedAt"_s))
        device.revokedAtMs = timestamp::parse(json.value(u"revokedAt"_s).toString());
    return device;
}

void TillRegistry::list(std::function<void(Result<QList<Device>>)> done)
{
    m_session.api().get(u"/api/v1/devices"_s, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.failure());
        QList<Device> devices;
        for (const QJsonValue &value : reply.body.value(u"devices"_s).toArray())
            devices.append(fromJson(value.toObject()));
        done(devices);
    });
}

void TillRegistry::revoke(const QString &deviceId, std::function<void(Result<Device>)> done)
{
    m_session.api().send(
        "DELETE", u"/api/v1/devices/"_s + QString::fromLatin1(QUrl::toPercentEncoding(deviceId)),
        {}, {}, [done](const ApiReply &reply) {
            if (!reply.ok())
                return done(reply.failure());
            done(fromJson(reply.body));
        });
}

} // namespace inventory
