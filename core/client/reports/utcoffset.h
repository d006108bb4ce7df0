#pragma once

#include <QDateTime>
#include <QString>

namespace inventory {

// The offset from UTC of `at` in its time zone as the reports' utcOffset parameter takes it,
// "+HH:MM" or "-HH:MM": the server counts a till's days from the till's local midnight.
QString utcOffset(const QDateTime &at);

} // namespace inventory
