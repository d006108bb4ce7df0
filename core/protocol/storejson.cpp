#include "core/protocol/storejson.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject toJson(const Store &store)
{
    return { { u"id"_s, store.id }, { u"name"_s, store.name }, { u"city"_s, store.city } };
}

Store storeFromJson(const QJsonObject &json)
{
    return { json.value(u"id"_s).toString(), json.value(u"name"_s).toString(),
             json.value(u"city"_s).toString() };
}

} // namespace inventory
