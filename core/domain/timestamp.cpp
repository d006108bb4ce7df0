#include "core/domain/timestamp.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::timestamp {

namespace {
// Writes value as exactly width decimal digits (zero-padded; value fits).
char *digits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}
} // namespace

// Formatted by hand: this runs for every stock row of every read, and
// QDateTime::toString (time zone and locale machinery), or even snprintf, costs more than
// the read itself. Civil-from-days conversion after H. Hinnant's public-domain algorithm.
// Years outside 0000-9999 are clamped: no stored time is that far off.
void formatTo(qint64 msSinceEpoch, char *out)
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
    const qint64 year = std::clamp<qint64>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 0, 9999);
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    out = digits(out, day, 2);
    *out++ = 'T';
    out = digits(out, secondsOfDay / 3600, 2);
    *out++ = ':';
    out = digits(out, secondsOfDay / 60 % 60, 2);
    *out++ = ':';
    out = digits(out, secondsOfDay % 60, 2);
    *out++ = '.';
    out = digits(out, ms, 3);
    *out = 'Z';
}

QString format(qint64 msSinceEpoch)
{
    char buffer[FormattedLength];
    formatTo(msSinceEpoch, buffer);
    return QString::fromLatin1(buffer, FormattedLength);
}

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Exactly the form format() writes, "YYYY-MM-DDTHH:MM:SS.mmmZ"; anything else → nullopt.
std::optional<qint64> parseCanonical(const QString &text)
{
    if (text.size() != 24)
        return std::nullopt;
    static constexpr char shape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    int digits[17];
    int n = 0;
    for (int i = 0; i < 24; ++i) {
        const char16_t c = text.at(i).unicode();
        if (shape[i] == 'd') {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            digits[n++] = c - u'0';
        } else if (c != char16_t(shape[i])) {
            return std::nullopt;
        }
    }
    auto number = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + digits[i];
        return v;
    };
    const int year = number(0, 4), month = number(4, 2), day = number(6, 2);
    const int hour = number(8, 2), minute = number(10, 2), second = number(12, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return std::nullopt;
    return (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) * 1000
        + number(14, 3);
}
} // namespace

std::optional<qint64> parse(const QString &text)
{
    // The form this program writes is parsed by hand: QDateTime::fromString was a large part
    // of applying a committed reservation to the read model.
    if (const auto canonical = parseCanonical(text))
        return canonical;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

} // namespace inventory::timestamp
