#include "core/engine/admin/storeregistry.h"

#include "core/domain/command.h"
#include "core/engine/inventoryqueries.h"
#include "core/storage/dbconnection.h"

using namespace Qt::StringLiterals;

namespace inventory {

StoreRegistry::StoreRegistry(DbConnection &connection)
    : m_connection(connection)
{
}

Status StoreRegistry::add(const Store &store)
{
    if (!Command::isValidId(store.id))
        return Error::validation(u"id"_s, u"must be 1..64 characters of [A-Za-z0-9._:-]"_s);
    if (store.name.trimmed().isEmpty() || store.name.size() > Command::MaxTextLength)
        return Error::validation(u"name"_s, u"must be 1..200 characters"_s);
    if (store.city.size() > Command::MaxTextLength)
        return Error::validation(u"city"_s, u"must be at most 200 characters"_s);
    auto existing = list();
    if (!existing)
        return existing.error();
    for (const Store &s : existing.value()) {
        if (s.id == store.id)
            return Error::validation(u"id"_s, u"store '%1' already exists"_s.arg(store.id));
    }
    auto ran = m_connection.run(u"INSERT INTO stores (id, name, city) VALUES (?, ?, ?)"_s,
                                { store.id, store.name, store.city });
    if (!ran)
        return ran.error();
    return {};
}

Result<QList<Store>> StoreRegistry::list()
{
    return InventoryQueries(m_connection).stores();
}

} // namespace inventory
