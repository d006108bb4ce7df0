#include "core/engine/state/storeorder.h"

#include "core/protocol/json/jsonwriter.h"

namespace inventory {

StoreOrder::StoreOrder(QList<QString> ids)
    : m_ids(std::move(ids))
{
    m_jsonEnds.reserve(m_ids.size());
    for (const QString &id : m_ids) {
        JsonWriter out(id.size() + 8);
        out.value(id);
        m_json += out.bytes();
        m_jsonEnds.push_back(m_json.size());
    }
}

} // namespace inventory
