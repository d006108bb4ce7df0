#include "core/client/tills/tillcredentials.h"

#include "core/client/localcache.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const QString kDeviceId = u"till.deviceId"_s;
const QString kSecret = u"till.secret"_s;
const QString kStoreId = u"till.storeId"_s;
} // namespace

Result<std::optional<TillCredentials>> TillCredentials::read(LocalCache &cache)
{
    TillCredentials c;
    for (auto [key, value] : { std::pair { &kDeviceId, &c.deviceId },
                               { &kSecret, &c.secret },
                               { &kStoreId, &c.storeId } }) {
        auto read = cache.meta(*key);
        if (!read)
            return read.error();
        *value = read.value();
    }
    if (c.deviceId.isEmpty() || c.secret.isEmpty())
        return std::optional<TillCredentials>();
    return std::optional<TillCredentials>(c);
}

Status TillCredentials::save(LocalCache &cache) const
{
    return cache.transaction([&]() -> Status {
        for (const auto &[key, value] :
             { std::pair { kDeviceId, deviceId }, { kSecret, secret }, { kStoreId, storeId } }) {
            if (Status s = cache.setMeta(key, value); !s)
                return s;
        }
        return {};
    });
}

} // namespace inventory
