#include "timestamp.h"

#include <QDateTime>
#include <QTimeZone>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inventory::timestamp {

// Formatted by hand: this runs for every stock row of every read, and
// QDateTime::toString (time zone and locale machinery) costs more than the read itself.
// Civil-from-days conversion after H. Hinnant's public-domain algorithm.
QString format(qint64 msSinceEpoch)
{
    const qint64 ms = ((msSinceEpoch % 1000) + 1000) % 1000;
    const qint64 totalSeconds = (msSinceEpoch - ms) / 1000;
    qint64 days = totalSeconds / 86400;
    qint64 secondsOfDay = totalSeconds % 86400;
    if (secondsOfDay < 0) {
        secondsOfDay += 86400;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[32];
    const int length = std::snprintf(
        buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d.%03lldZ",
        static_cast<long long>(year), month, day, int(secondsOfDay / 3600),
        int(secondsOfDay / 60 % 60), int(secondsOfDay % 60), static_cast<long long>(ms));
    return QString::fromLatin1(buffer, length);
}

std::optional<qint64> parse(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

} // namespace inventory::timestamp
