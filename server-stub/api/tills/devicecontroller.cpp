#include "server-stub/api/tills/devicecontroller.h"

#include "core/domain/clock.h"
#include "core/domain/timestamp.h"
#include "core/engine/admin/devicestore.h"
#include "core/engine/admin/userstore.h"
#include "core/engine/readmodel.h"
#include "core/protocol/json/jsonfields.h"
#include "core/protocol/userjson.h"
#include "server-stub/api/auth/loginservice.h"
#include "server-stub/api/requesthelpers.h"
#include "server-stub/api/auth/accessrevocations.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::server {

DeviceController::DeviceController(LoginService &accounts, const ReadModel &model,
                                   AccessRevocations &revocations, const Clock &clock)
    : m_accounts(accounts)
    , m_model(model)
    , m_revocations(revocations)
    , m_clock(clock)
{
}

void DeviceController::registerRoutes(Router &router)
{
    router.add(
        "POST", u"/api/v1/devices"_s, [this](const ApiRequest &r, Reply reply) { enrol(r, reply); },
        Router::Access::Authenticated, MaxBody);
    router.add("GET", u"/api/v1/devices"_s,
               [this](const ApiRequest &r, Reply reply) { list(r, reply); });
    router.add("DELETE", u"/api/v1/devices/{id}"_s,
               [this](const ApiRequest &r, Reply reply) { revoke(r, reply); });
    router.add(
        "POST", u"/api/v1/devices/{id}/staff"_s,
        [this](const ApiRequest &r, Reply reply) { staff(r, reply); }, Router::Access::Public,
        MaxBody);
}

QJsonObject DeviceController::toJson(const Device &device)
{
    QJsonObject json { { u"deviceId"_s, device.id },
                       { u"storeId"_s, device.storeId },
                       { u"name"_s, device.name },
                       { u"enrolledBy"_s, device.enrolledBy },
                       { u"enrolledAt"_s, timestamp::format(device.enrolledAtMs) } };
    if (device.revokedAtMs)
        json.insert(u"revokedAt"_s, timestamp::format(*device.revokedAtMs));
    return json;
}

void DeviceController::enrol(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    const JsonFields fields(std::move(body).value(), { u"deviceId"_s, u"storeId"_s, u"name"_s });
    if (auto unknown = fields.unknownField())
        return reply(ApiResponse::error(*unknown));
    auto deviceId = fields.string(u"deviceId"_s);
    auto storeId = fields.string(u"storeId"_s);
    auto name = fields.string(u"name"_s);
    for (const auto *field : { &deviceId, &storeId, &name }) {
        if (!*field)
            return reply(ApiResponse::error(field->error()));
    }
    if (!m_model.hasStore(storeId.value()))
        return reply(ApiResponse::error(Error::notFound(u"store"_s, storeId.value())));
    if (auto forbidden = requests::checkStoreManage(*request.user, storeId.value()))
        return reply(ApiResponse::error(*forbidden));
    m_accounts.run(
        [this, id = deviceId.value(), store = storeId.value(), name = name.value(),
         by = request.user->id](DbConnection &db) {
            auto enrolled = DeviceStore(db, m_clock).enrol(id, store, name, by);
            if (!enrolled)
                return ApiResponse::error(enrolled.error());
            QJsonObject json = toJson(enrolled->device);
            json.insert(u"deviceSecret"_s, enrolled->secret);
            return ApiResponse::json(201, json);
        },
        reply);
}

void DeviceController::list(const ApiRequest &request, const Reply &reply)
{
    const User &user = *request.user;
    if (user.role == Role::Clerk)
        return reply(ApiResponse::error(
            Error(ErrorCode::Forbidden, u"tills are listed for managers and admins"_s)));
    auto store = requests::storeFilter(request, m_model);
    if (!store)
        return reply(ApiResponse::error(store.error()));
    QStringList stores;
    if (!store.value().isEmpty()) {
        if (auto forbidden = requests::checkStoreManage(user, store.value()))
            return reply(ApiResponse::error(*forbidden));
        stores << store.value();
    } else if (user.role != Role::Admin) {
        stores = user.storeIds;
    }
    // A manager of no store sees none rather than everyone's.
    if (user.role != Role::Admin && stores.isEmpty())
        return reply(ApiResponse::json(200, QJsonObject { { u"devices"_s, QJsonArray() } }));
    m_accounts.run(
        [this, stores](DbConnection &db) {
            auto devices = DeviceStore(db, m_clock).list(stores);
            if (!devices)
                return ApiResponse::error(devices.error());
            QJsonArray array;
            for (const Device &d : std::as_const(devices.value()))
                array.append(toJson(d));
            return ApiResponse::json(200, QJsonObject { { u"devices"_s, array } });
        },
        reply);
}

void DeviceController::revoke(const ApiRequest &request, const Reply &reply)
{
    const QString id = request.param(u"id"_s);
    m_accounts.run(
        [this, id, user = *request.user](DbConnection &db) {
            DeviceStore devices(db, m_clock);
            auto found = devices.find(id);
            if (!found)
                return ApiResponse::error(found.error());
            if (!found.value())
                return ApiResponse::error(Error::notFound(u"till"_s, id));
            if (auto forbidden = requests::checkStoreManage(user, found.value()->storeId))
                return ApiResponse::error(*forbidden);
            auto revoked = devices.revoke(id);
            if (!revoked)
                return ApiResponse::error(revoked.error());
            return ApiResponse::json(200, toJson(revoked.value()));
        },
        [this, id, reply](ApiResponse response) {
            if (response.status == 200)
                m_revocations.add(id);
            reply(response);
        });
}

void DeviceController::staff(const ApiRequest &request, const Reply &reply)
{
    auto body = requests::body(request);
    if (!body)
        return reply(ApiResponse::error(body.error()));
    const JsonFields fields(std::move(body).value(), { u"deviceSecret"_s });
    if (auto unknown = fields.unknownField())
        return reply(ApiResponse::error(*unknown));
    auto secret = fields.string(u"deviceSecret"_s);
    if (!secret)
        return reply(ApiResponse::error(secret.error()));
    m_accounts.run(
        [this, id = request.param(u"id"_s), secret = secret.value()](DbConnection &db) {
            auto device = DeviceStore(db, m_clock).authenticate(id, secret);
            if (!device)
                return ApiResponse::error(device.error());
            auto holders = UserStore(db, m_clock).pinHolders(device->storeId);
            if (!holders)
                return ApiResponse::error(holders.error());
            QJsonArray staff;
            for (const UserStore::PinHolder &h : std::as_const(holders.value())) {
                QJsonObject person = inventory::toJson(h.user);
                person.insert(u"pinHash"_s, h.pinHash);
                staff.append(person);
            }
            return ApiResponse::json(200,
                                     QJsonObject { { u"deviceId"_s, device->id },
                                                   { u"storeId"_s, device->storeId },
                                                   { u"at"_s, timestamp::format(m_clock.nowMs()) },
                                                   { u"staff"_s, staff } });
        },
        reply);
}

} // namespace inventory::server
