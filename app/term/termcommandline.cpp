#include "app/term/termcommandline.h"

#include "app/term/termapp.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
// The parser with every option; made anew for each parse, so that nothing of a previous
// line's options is left in it.
struct OptionParser
{
    OptionParser();

    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server { u"server"_s,
                                      TermCommandLine::tr("Server URL; repeat (or separate with "
                                                          "commas) for fail-over."),
                                      u"URL"_s };
    const QCommandLineOption user { u"user"_s, TermCommandLine::tr("User name."), u"U"_s };
    const QCommandLineOption password { u"password"_s, TermCommandLine::tr("Password."), u"P"_s };
    const QCommandLineOption token { u"token"_s,
                                     TermCommandLine::tr("Use this token instead of signing in."),
                                     u"T"_s };
    const QCommandLineOption profile { u"profile"_s,
                                       TermCommandLine::tr("Profile folder (cache and queue)."),
                                       u"DIR"_s };
    const QCommandLineOption store { u"store"_s,
                                     TermCommandLine::tr("Store (default: the user's first)."),
                                     u"S"_s };
    const QCommandLineOption customer { u"customer"_s,
                                        TermCommandLine::tr("Customer of a reservation."), u"C"_s };
    const QCommandLineOption ttl {
        u"ttl"_s, TermCommandLine::tr("Seconds a reservation holds (default 600)."), u"S"_s
    };
    const QCommandLineOption expect {
        u"expect-version"_s, TermCommandLine::tr("Count only if the row is at this version."),
        u"V"_s
    };
    const QCommandLineOption json { u"json"_s,
                                    TermCommandLine::tr("One JSON document per command.") };
    const QCommandLineOption payment {
        u"payment"_s, TermCommandLine::tr("How a ticket is paid: cash, card or other."), u"M"_s
    };
    const QCommandLineOption today { u"today"_s, TermCommandLine::tr("Only today's tickets.") };
    const QCommandLineOption damaged {
        u"damaged"_s, TermCommandLine::tr("Returned units are damaged, not sellable.")
    };
    const QCommandLineOption from { u"from"_s,
                                    TermCommandLine::tr("Store a transfer is requested from."),
                                    u"S"_s };
    const QCommandLineOption note { u"note"_s, TermCommandLine::tr("A note (free text)."),
                                    u"TEXT"_s };
    const QCommandLineOption status {
        u"status"_s, TermCommandLine::tr("Only transfers in this status (e.g. IN_TRANSIT)."),
        u"STATUS"_s
    };
    const QCommandLineOption since { u"since"_s,
                                     TermCommandLine::tr("History from this date (YYYY-MM-DD) on."),
                                     u"DATE"_s };
    const QCommandLineOption reason { u"reason"_s,
                                      TermCommandLine::tr("Only movements with this reason code."),
                                      u"CODE"_s };
};

OptionParser::OptionParser()
{
    parser.setApplicationDescription(TermApp::usage());
    parser.addOptions({ server, user, password, token, profile, store, customer, ttl, expect, json,
                        payment, today, damaged, from, note, status, since, reason });
    parser.addPositionalArgument(
        u"command"_s, TermCommandLine::tr("Command and its arguments; none starts the prompt."));
}
} // namespace

QString TermCommandLine::helpText()
{
    return OptionParser().parser.helpText();
}

Result<TermCommandLine::Parsed> TermCommandLine::parse(const QStringList &words,
                                                       const TermOptions &base, Source source)
{
    OptionParser p;
    if (!p.parser.parse(QStringList { QCoreApplication::applicationName() } + words))
        return Error::validation(u"arguments"_s, p.parser.errorText());
    Parsed parsed { Action::Run, base, p.parser.positionalArguments() };
    if (p.parser.isSet(p.help))
        parsed.action = Action::ShowHelp;
    else if (p.parser.isSet(p.version))
        parsed.action = Action::ShowVersion;
    if (source == Source::PromptLine && p.parser.isSet(p.profile))
        return Error::validation(
            u"profile"_s,
            tr("--profile cannot change at the prompt: start inventory-term with it"));

    TermOptions &options = parsed.options;
    if (p.parser.isSet(p.server)) {
        options.servers.clear();
        for (const QString &value : p.parser.values(p.server)) {
            for (const QString &url : value.split(u',', Qt::SkipEmptyParts)) {
                const QUrl server = QUrl::fromUserInput(url.trimmed());
                if (!server.isValid()
                    || (server.scheme() != u"http"_s && server.scheme() != u"https"_s))
                    return Error::validation(u"server"_s,
                                             tr("'%1' is not an http(s) URL").arg(url));
                options.servers << server;
            }
        }
    }
    const auto take = [&](const QCommandLineOption &option, QString &field) {
        if (p.parser.isSet(option))
            field = p.parser.value(option);
    };
    take(p.user, options.user);
    take(p.password, options.password);
    take(p.token, options.token);
    take(p.profile, options.profileDir);
    take(p.store, options.store);
    take(p.customer, options.customer);
    options.json = options.json || p.parser.isSet(p.json);
    take(p.payment, options.payment);
    options.today = p.parser.isSet(p.today);
    options.damaged = p.parser.isSet(p.damaged);
    take(p.from, options.from);
    take(p.note, options.note);
    take(p.status, options.status);
    take(p.reason, options.reason);
    if (p.parser.isSet(p.since)) {
        options.since = QDate::fromString(p.parser.value(p.since), Qt::ISODate);
        if (!options.since.isValid())
            return Error::validation(u"since"_s, tr("--since takes a date: YYYY-MM-DD"));
    }
    bool ok = true;
    if (p.parser.isSet(p.ttl))
        options.ttl = p.parser.value(p.ttl).toLongLong(&ok);
    if (ok && p.parser.isSet(p.expect))
        options.expectVersion = p.parser.value(p.expect).toLongLong(&ok);
    if (!ok || options.ttl < 1 || options.ttl > 86400)
        return Error::validation(
            u"ttl"_s, tr("--ttl and --expect-version take whole numbers (ttl 1..86400)"));
    return parsed;
}

Result<QStringList> TermCommandLine::split(const QString &line)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << std::exchange(current, {});
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return Error::validation(u"line"_s, tr("a quote (%1) is not closed").arg(quote));
    if (inWord)
        words << current;
    return words;
}

} // namespace inventory::term
