#include "core/client/pendingoperation.h"

#include "core/domain/timestamp.h"

using namespace Qt::StringLiterals;

namespace inventory {

QString PendingOperation::reason() const
{
    const QJsonObject error = result.value(u"error"_s).toObject();
    if (error.isEmpty())
        return {};
    return error.value(u"code"_s).toString() + u": "_s + error.value(u"message"_s).toString();
}

QJsonObject PendingOperation::toPushJson() const
{
    QJsonObject json { { u"idempotencyKey"_s, key },
                       { u"kind"_s, kind },
                       { u"body"_s, body },
                       { u"clientTime"_s, timestamp::format(createdAtMs) } };
    if (!actor.isEmpty())
        json.insert(u"actor"_s, actor);
    if (!deviceId.isEmpty())
        json.insert(u"deviceId"_s, deviceId);
    return json;
}

QJsonObject PendingOperation::toJson() const
{
    return { { u"idempotencyKey"_s, key },
             { u"kind"_s, kind },
             { u"body"_s, body },
             { u"state"_s, state == State::Queued ? u"queued"_s : u"rejected"_s },
             { u"status"_s, status },
             { u"reason"_s, reason() },
             { u"createdAt"_s, timestamp::format(createdAtMs) },
             { u"actor"_s, actor } };
}

} // namespace inventory
