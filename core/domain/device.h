#pragma once

#include <QString>
#include <optional>

namespace inventory {

// A till enrolled for one store (API.md "Terminals and staff"). Its secret is never kept here:
// the server holds only a hash of it.
struct Device
{
    QString id;
    QString storeId;
    QString name;
    QString enrolledBy;
    qint64 enrolledAtMs = 0;
    std::optional<qint64> revokedAtMs;

    bool isRevoked() const { return revokedAtMs.has_value(); }
    friend bool operator==(const Device &, const Device &) = default;
};

} // namespace inventory
