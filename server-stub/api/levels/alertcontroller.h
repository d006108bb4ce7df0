#pragma once

#include "server-stub/http/router.h"

namespace inventory::server {

class AlertService;

// POST /api/v1/alerts/digest (admins): the low-stock digest now, written and posted as the
// daily one is (AlertService); 409 when the server has neither a digest folder nor a webhook.
class AlertController
{
public:
    explicit AlertController(AlertService &alerts);
    void registerRoutes(Router &router);

private:
    void digest(const ApiRequest &request, const Reply &reply);

    AlertService &m_alerts;
};

} // namespace inventory::server
