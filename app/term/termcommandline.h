#pragma once

#include "app/term/termoptions.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace inventory::term {

// inventory-term's options, parsed alike from the program's arguments and from each line
// typed at the prompt, so that `stock PROD-002 --store BCN-001` means the same in both. A
// line's options start from the session's and hold for that command only.
class TermCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(TermCommandLine)

public:
    // Where the words come from: the prompt cannot switch to another profile, it has one open.
    enum class Source { ProgramArguments, PromptLine };
    enum class Action { Run, ShowHelp, ShowVersion };
    struct Parsed
    {
        Action action = Action::Run;
        TermOptions options;
        QStringList command;
    };

    // words: the arguments without the program's name.
    static Result<Parsed> parse(const QStringList &words, const TermOptions &base, Source source);
    // The options, one a line, as --help shows them.
    static QString helpText();
    // A typed line as words: "double" or 'single' quotes keep spaces (and an empty word).
    static Result<QStringList> split(const QString &line);
};

} // namespace inventory::term
