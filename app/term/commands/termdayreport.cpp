#include "app/term/commands/termdayreport.h"

#include "app/term/termoptions.h"
#include "core/client/clientsession.h"
#include "core/client/reports/dayreportquery.h"
#include "core/client/text/localetext.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
QString money(const QJsonValue &value)
{
    return LocaleText::money(qRound64(value.toDouble() * 100));
}

QString units(const QJsonValue &value)
{
    return QLocale().toString(value.toInteger());
}
} // namespace

TermDayReport::TermDayReport(ClientSession &session, TermOutput &out, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
{
}

void TermDayReport::run(const QStringList &args, const Done &done)
{
    if (args.value(0) != u"day"_s || args.size() > 2) {
        m_out.error(tr("usage: report day [YYYY-MM-DD]"));
        return done(ExitUsage);
    }
    const QDate date
        = args.size() == 2 ? QDate::fromString(args.at(1), Qt::ISODate) : QDate::currentDate();
    if (!date.isValid()) {
        m_out.error(tr("usage: report day [YYYY-MM-DD]"));
        return done(ExitUsage);
    }
    DayReportQuery(m_session).load(m_session.storeId(), date,
                                   [this, done](Result<QJsonObject> day) {
                                       if (!day) {
                                           m_out.error(TermOutput::describe(day.error()));
                                           return done(ExitRejected);
                                       }
                                       m_out.document(day.value(), text(day.value()));
                                       done(ExitDone);
                                   });
}

QString TermDayReport::text(const QJsonObject &day)
{
    const QJsonObject sales = day.value(u"sales"_s).toObject();
    const QJsonObject returns = day.value(u"returns"_s).toObject();
    QStringList lines {
        tr("Day report of %1, %2")
            .arg(day.value(u"storeId"_s).toString(), day.value(u"date"_s).toString()),
        tr("  sold: %1 ticket(s), %2 unit(s), %3")
            .arg(units(sales.value(u"tickets"_s)), units(sales.value(u"units"_s)),
                 money(sales.value(u"value"_s))),
        tr("  returned: %1 return(s), %2 unit(s), %3")
            .arg(units(returns.value(u"returns"_s)), units(returns.value(u"units"_s)),
                 money(returns.value(u"value"_s))),
    };
    const auto groups = [&](const QString &heading, const QString &array, const QString &key) {
        const QJsonArray rows = day.value(array).toArray();
        if (rows.isEmpty())
            return;
        lines << heading;
        for (const QJsonValue &v : rows) {
            const QJsonObject g = v.toObject();
            lines << tr("    %1: %2 unit(s), %3")
                         .arg(g.value(key).toString(), units(g.value(u"units"_s)),
                              money(g.value(u"value"_s)));
        }
    };
    groups(tr("  sales by category"), u"salesByCategory"_s, u"category"_s);
    groups(tr("  sales by seller"), u"salesBySeller"_s, u"seller"_s);
    groups(tr("  returns by category"), u"returnsByCategory"_s, u"category"_s);
    groups(tr("  returns by seller"), u"returnsBySeller"_s, u"seller"_s);
    const QJsonArray adjustments = day.value(u"adjustments"_s).toArray();
    if (!adjustments.isEmpty()) {
        lines << tr("  adjustments by reason");
        for (const QJsonValue &v : adjustments) {
            const QJsonObject a = v.toObject();
            lines << tr("    %1: +%2 / -%3")
                         .arg(a.value(u"reason"_s).toString(), units(a.value(u"unitsIn"_s)),
                              units(a.value(u"unitsOut"_s)));
        }
    }
    const QJsonObject out = day.value(u"transfersOut"_s).toObject();
    lines << tr("  transfers: %1 shipped (%2 unit(s)), %3 unit(s) received")
                 .arg(units(out.value(u"transfers"_s)), units(out.value(u"units"_s)),
                      units(day.value(u"transfersIn"_s).toObject().value(u"units"_s)));
    const QJsonObject open = day.value(u"openDiscrepancies"_s).toObject();
    const QJsonObject offline = day.value(u"offlineTickets"_s).toObject();
    lines << tr("  open discrepancies: %1 (%2 unit(s) short)")
                 .arg(units(open.value(u"count"_s)), units(open.value(u"unitsShort"_s)));
    lines << tr("  offline tickets: %1, %2")
                 .arg(units(offline.value(u"tickets"_s)), money(offline.value(u"value"_s)));
    return lines.join(u'\n');
}

} // namespace inventory::term
