#pragma once

#include <QLocale>
#include <QString>

namespace inventory {

// Money, times and dates as a person reads them in the client's language, through QLocale:
// "89,99 €" and "14:05:09" in Spanish, "€89.99" in English. Money is held as integer cents
// everywhere and becomes text only here; the chain's currency is the euro.
class LocaleText
{
public:
    static QString money(qint64 cents, const QLocale &locale = QLocale());
    // The time of day with seconds (what a log line needs), in the locale's order.
    static QString time(qint64 msSinceEpoch, const QLocale &locale = QLocale());
    // The time alone for today, the short date and the time before.
    static QString dateTime(qint64 msSinceEpoch, const QLocale &locale = QLocale());
    // The locale for a UI language ("es", "en"): the system's when it speaks that language,
    // else the language as spoken where the chain trades (Spain, Ireland: euros, 24-hour time).
    static QLocale forLanguage(const QString &language);
};

} // namespace inventory
