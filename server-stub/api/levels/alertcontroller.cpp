#include "server-stub/api/levels/alertcontroller.h"

#include "server-stub/alerts/alertservice.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory::server {

AlertController::AlertController(AlertService &alerts)
    : m_alerts(alerts)
{
}

void AlertController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/alerts/digest"_s,
               [this](const ApiRequest &r, Reply reply) { digest(r, reply); });
}

void AlertController::digest(const ApiRequest &request, const Reply &reply)
{
    if (request.user->role != Role::Admin)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"only admins send the low-stock digest"_s)));
    if (!m_alerts.enabled())
        return reply(ApiResponse::error(
            Error(ErrorCode::InvalidState,
                  u"no --alert-digest-dir nor --alert-webhook is configured"_s)));
    auto sent = m_alerts.sendDigest();
    if (!sent)
        return reply(ApiResponse::error(sent.error()));
    reply(ApiResponse::json(202, QJsonDocument(sent.value()).toJson(QJsonDocument::Compact)));
}

} // namespace inventory::server
