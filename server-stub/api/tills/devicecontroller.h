#pragma once

#include "server-stub/http/router.h"

#include <QJsonObject>

namespace inventory {
class Clock;
class ReadModel;
struct Device;
} // namespace inventory

namespace inventory::server {

class AccessRevocations;
class LoginService;

// Enrolled tills (API.md "Terminals and staff"): POST /api/v1/devices enrols one for a store
// (its managers and admins) and answers its secret this once; GET lists them (a manager sees
// their stores'); DELETE revokes one, after which its tokens are refused at once; POST
// /api/v1/devices/{id}/staff answers a till, on its secret, who may unlock it and their PINs'
// hashes, so that it unlocks offline.
class DeviceController
{
public:
    DeviceController(LoginService &accounts, const ReadModel &model, AccessRevocations &revocations,
                     const Clock &clock);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const Device &device);
    static constexpr qsizetype MaxBody = 4096;

private:
    void enrol(const ApiRequest &request, const Reply &reply);
    void list(const ApiRequest &request, const Reply &reply);
    void revoke(const ApiRequest &request, const Reply &reply);
    void staff(const ApiRequest &request, const Reply &reply);

    LoginService &m_accounts;
    const ReadModel &m_model;
    AccessRevocations &m_revocations;
    const Clock &m_clock;
};

} // namespace inventory::server
