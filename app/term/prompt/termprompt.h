#pragma once

#include "app/term/prompt/terminput.h"
#include "app/term/prompt/terminterrupt.h"
#include "app/term/termoutput.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace inventory::term {

class TermApp;

// The interactive mode: runs each line typed (or piped) as a command, with its options parsed
// as on the command line and holding for that line only, and prints its exit status when it
// is not 0. Keeps a history (`history`, `!N` runs entry N again); `help` lists the commands,
// `quit`, `exit` or the end of input leaves. A watch stops with q + Enter or Ctrl+C and the
// prompt stays. `ticket` alone opens a ticket, which takes the lines typed until it is left.
class TermPrompt : public QObject
{
    Q_OBJECT

public:
    explicit TermPrompt(TermApp &app, QObject *parent = nullptr);

    void start();

private:
    // What `help` adds at the prompt to the commands' usage.
    static QString ownCommands();
    void take(const QString &line);
    void inputEnded();
    // Runs the lines typed ahead, one at a time; while a watch runs they may only stop it.
    void runTyped();
    void execute(const QString &typed);
    void runCommand(const QStringList &words);
    void commandFinished(int code);
    void whileWatching(const QString &line);
    // The history entry a `!N` names, or nullopt (with the reason printed).
    std::optional<QString> recall(const QString &line);
    void showPrompt();
    void leave();

    TermApp &m_app;
    TermOutput m_out { TermOutput::Format::Table };
    TermInput m_input;
    TermInterrupt m_interrupt;
    QStringList m_typed;
    QStringList m_history;
    bool m_running = false;
    bool m_inputEnded = false;
    bool m_leaving = false;
};

} // namespace inventory::term
