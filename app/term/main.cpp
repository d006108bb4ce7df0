#include "app/term/termapp.h"
#include "app/term/termprompt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inventory::term;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"inventory"_s);
    QCoreApplication::setApplicationName(u"inventory-term"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));

    // Progress and results go to the terminal; the library's housekeeping does not.
    QLoggingCategory::setFilterRules(u"inventory.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(TermApp::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s,
        QCoreApplication::translate("main",
                                    "Server URL; repeat (or separate with commas) for fail-over."),
        u"URL"_s);
    const QCommandLineOption user(u"user"_s, QCoreApplication::translate("main", "User name."),
                                  u"U"_s);
    const QCommandLineOption password(u"password"_s,
                                      QCoreApplication::translate("main", "Password."), u"P"_s);
    const QCommandLineOption token(
        u"token"_s, QCoreApplication::translate("main", "Use this token instead of signing in."),
        u"T"_s);
    const QCommandLineOption profile(
        u"profile"_s, QCoreApplication::translate("main", "Profile folder (cache and queue)."),
        u"DIR"_s);
    const QCommandLineOption store(
        u"store"_s, QCoreApplication::translate("main", "Store (default: the user's first)."),
        u"S"_s);
    const QCommandLineOption customer(
        u"customer"_s, QCoreApplication::translate("main", "Customer of a reservation."), u"C"_s);
    const QCommandLineOption ttl(
        u"ttl"_s, QCoreApplication::translate("main", "Seconds a reservation holds (default 600)."),
        u"S"_s);
    const QCommandLineOption expect(
        u"expect-version"_s,
        QCoreApplication::translate("main", "Count only if the row is at this version."), u"V"_s);
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("main", "One JSON document per command."));
    parser.addOptions(
        { server, user, password, token, profile, store, customer, ttl, expect, json });
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate("main", "Command and its arguments; none starts the prompt."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "inventory-term: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        std::printf("%s\n", qPrintable(parser.helpText()));
        return ExitDone;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("inventory-term %s\n", INVENTORY_VERSION);
        return ExitDone;
    }

    TermOptions options;
    for (const QString &value : parser.values(server)) {
        for (const QString &url : value.split(u',', Qt::SkipEmptyParts)) {
            const QUrl parsed = QUrl::fromUserInput(url.trimmed());
            if (!parsed.isValid()
                || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s)) {
                std::fprintf(stderr, "inventory-term: '%s' is not an http(s) URL\n",
                             qPrintable(url));
                return ExitUsage;
            }
            options.servers << parsed;
        }
    }
    options.user = parser.value(user);
    options.password = parser.value(password);
    options.token = parser.value(token);
    options.profileDir = parser.value(profile);
    options.store = parser.value(store);
    options.customer = parser.value(customer);
    options.json = parser.isSet(json);
    bool ok = true;
    if (parser.isSet(ttl))
        options.ttl = parser.value(ttl).toLongLong(&ok);
    if (ok && parser.isSet(expect))
        options.expectVersion = parser.value(expect).toLongLong(&ok);
    if (!ok || options.ttl < 1 || options.ttl > 86400) {
        std::fprintf(
            stderr,
            "inventory-term: --ttl and --expect-version take whole numbers (ttl 1..86400)\n");
        return ExitUsage;
    }

    TermApp term(options);
    if (!term.open())
        return ExitRejected;
    const QStringList command = parser.positionalArguments();
    TermPrompt prompt(term);
    if (command.isEmpty())
        QTimer::singleShot(0, &prompt, &TermPrompt::start);
    else
        QTimer::singleShot(
            0, &term, [&] { term.run(command, [](int code) { QCoreApplication::exit(code); }); });
    return app.exec();
}
