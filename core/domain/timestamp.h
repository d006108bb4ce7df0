#pragma once

#include <QString>
#include <optional>

namespace inventory::timestamp {

// RFC 3339 UTC with milliseconds, e.g. 2026-11-23T10:15:30.123Z (API.md conventions).
QString format(qint64 msSinceEpoch);
// The same text into out, which has room for FormattedLength characters; no allocation.
constexpr int FormattedLength = 24;
void formatTo(qint64 msSinceEpoch, char *out);
std::optional<qint64> parse(const QString &text);

} // namespace inventory::timestamp
