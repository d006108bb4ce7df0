#include "core/client/text/localetext.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace inventory {

QString LocaleText::money(qint64 cents, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, u"€"_s, 2);
}

QString LocaleText::time(qint64 msSinceEpoch, const QLocale &locale)
{
    // The long format has the seconds but also the time zone ("t"), which a till's own
    // clock does not need.
    static const QRegularExpression zone(u"\\s*\\(?t+\\)?"_s);
    const QString format = locale.timeFormat(QLocale::LongFormat).remove(zone).trimmed();
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), format);
}

QString LocaleText::dateTime(qint64 msSinceEpoch, const QLocale &locale)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    if (at.date() == QDate::currentDate())
        return time(msSinceEpoch, locale);
    return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + time(msSinceEpoch, locale);
}

QLocale LocaleText::forLanguage(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language == u"es"_s)
        return system.language() == QLocale::Spanish ? system
                                                     : QLocale(QLocale::Spanish, QLocale::Spain);
    return system.language() == QLocale::English ? system
                                                 : QLocale(QLocale::English, QLocale::Ireland);
}

} // namespace inventory
