#include "core/engine/admin/demoseeder.h"

#include "core/engine/admin/storeregistry.h"
#include "core/engine/admin/userstore.h"
#include "core/engine/inventoryengine.h"
#include "core/protocol/productjson.h"
#include "core/protocol/storejson.h"
#include "core/storage/dbconnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace inventory {

DemoSeeder::DemoSeeder(InventoryEngine &engine, StoreRegistry &stores, UserStore &users)
    : m_engine(engine)
    , m_stores(stores)
    , m_users(users)
{
}

Result<bool> DemoSeeder::seed(const QString &demoPassword)
{
    auto existing = m_stores.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return false;

    QFile file(u":/demo/catalogue.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unavailable(u"the demo catalogue is missing from this build"_s);
    const QJsonObject catalogue = QJsonDocument::fromJson(file.readAll()).object();

    DbConnection &db = m_engine.connection();
    if (Status s = db.beginWrite(); !s)
        return s.error();
    for (const QJsonValue &value : catalogue.value(u"stores"_s).toArray()) {
        if (Status s = m_stores.add(storeFromJson(value.toObject())); !s) {
            db.rollback();
            return s.error();
        }
    }
    for (const QJsonValue &value : catalogue.value(u"users"_s).toArray()) {
        const QJsonObject json = value.toObject();
        QStringList storeIds;
        for (const QJsonValue &id : json.value(u"storeIds"_s).toArray())
            storeIds.append(id.toString());
        const User user {
            json.value(u"id"_s).toString(),
            User::roleFromName(json.value(u"role"_s).toString()).value_or(Role::Clerk), storeIds
        };
        if (Status s = m_users.add(user, demoPassword); !s) {
            db.rollback();
            return s.error();
        }
    }
    if (Status s = db.commit(); !s)
        return s.error();

    QList<Command> commands;
    for (const QJsonValue &value : catalogue.value(u"products"_s).toArray())
        commands.append(Command::createProduct(productFromJson(value.toObject())).by(u"seed"_s));
    for (const QJsonValue &value : catalogue.value(u"stock"_s).toArray()) {
        const QJsonObject json = value.toObject();
        Command opening = Command::count(
            json.value(u"productId"_s).toString(), json.value(u"storeId"_s).toString(),
            json.value(u"quantity"_s).toInteger(), std::nullopt, u"count"_s);
        opening.note = u"opening stock"_s;
        commands.append(opening.by(u"seed"_s));
    }
    const BatchResult result = m_engine.applyBatch(commands);
    for (const CommandOutcome &outcome : result.outcomes) {
        if (!outcome.ok())
            return *outcome.error;
    }
    return true;
}

} // namespace inventory
