#include "app/term/prompt/termprompt.h"
#include "app/term/termapp.h"
#include "app/term/termcommandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>
#include <optional>

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

    const auto parsed = TermCommandLine::parse(QCoreApplication::arguments().mid(1), {},
                                               TermCommandLine::Source::ProgramArguments);
    if (!parsed) {
        std::fprintf(stderr, "inventory-term: %s\n", qPrintable(parsed.error().message()));
        return ExitUsage;
    }
    if (parsed->action == TermCommandLine::Action::ShowHelp) {
        std::printf("%s\n", qPrintable(TermCommandLine::helpText()));
        return ExitDone;
    }
    if (parsed->action == TermCommandLine::Action::ShowVersion) {
        std::printf("inventory-term %s\n", INVENTORY_VERSION);
        return ExitDone;
    }

    const QStringList command = parsed->command;
    TermApp term(parsed->options,
                 command.isEmpty() ? TermApp::Mode::Prompt : TermApp::Mode::OneShot);
    if (!term.open())
        return ExitRejected;
    std::optional<TermPrompt> prompt;
    if (command.isEmpty()) {
        prompt.emplace(term);
        QTimer::singleShot(0, &*prompt, &TermPrompt::start);
    } else {
        QTimer::singleShot(0, &term, [&] {
            term.run(term.sessionOptions(), command,
                     [](int code) { QCoreApplication::exit(code); });
        });
    }
    return app.exec();
}
