#include "store.h"

using namespace Qt::StringLiterals;

namespace inventory {

QJsonObject Store::toJson() const
{
    return { { u"id"_s, id }, { u"name"_s, name }, { u"city"_s, city } };
}

Store Store::fromJson(const QJsonObject &json)
{
    return { json.value(u"id"_s).toString(), json.value(u"name"_s).toString(),
             json.value(u"city"_s).toString() };
}

} // namespace inventory
