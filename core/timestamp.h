#pragma once

#include <QString>
#include <optional>

namespace inventory::timestamp {

// RFC 3339 UTC with milliseconds, e.g. 2026-11-23T10:15:30.123Z (API.md conventions).
QString format(qint64 msSinceEpoch);
std::optional<qint64> parse(const QString &text);

} // namespace inventory::timestamp
