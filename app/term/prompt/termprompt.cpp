#include "app/term/prompt/termprompt.h"

#include "app/term/termapp.h"
#include "app/term/termcommandline.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermPrompt::TermPrompt(TermApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(&m_input, &TermInput::lineRead, this, &TermPrompt::take);
    connect(&m_input, &TermInput::ended, this, &TermPrompt::inputEnded);
    connect(&m_interrupt, &TermInterrupt::interrupted, this, [this] { m_app.stopWatching(); });
    // An open ticket takes the lines typed, one at a time, as it becomes ready for each.
    connect(&m_app, &TermApp::ticketReady, this, &TermPrompt::runTyped, Qt::QueuedConnection);
}

QString TermPrompt::ownCommands()
{
    return tr("At the prompt:\n"
              "  history                        the commands typed so far, numbered\n"
              "  !N                             run command N of the history again\n"
              "  quit | exit                    leave (so does Ctrl+D)\n"
              "  q + Enter, or Ctrl+C           stop a watch and come back here\n"
              "Options follow the command and hold for it alone, e.g.\n"
              "  stock PROD-002 --store BCN-001\n"
              "  reserve PROD-002 1 --customer \"Ana García\" --ttl 60");
}

void TermPrompt::start()
{
    m_out.line(tr("inventory-term — type 'help' for the commands, 'quit' to leave."));
    showPrompt();
    m_input.start();
}

void TermPrompt::showPrompt()
{
    std::fputs("inventory> ", stdout);
    std::fflush(stdout);
}

void TermPrompt::take(const QString &line)
{
    m_typed << line;
    runTyped();
}

void TermPrompt::inputEnded()
{
    m_inputEnded = true;
    m_app.stopWatching();
    runTyped();
}

void TermPrompt::runTyped()
{
    while (!m_typed.isEmpty() && !m_leaving) {
        if (m_running && m_app.isWatching())
            whileWatching(m_typed.takeFirst());
        else if (m_running && m_app.ticketAwaitsLine())
            m_app.typeInTicket(m_typed.takeFirst());
        else if (m_running)
            return;
        else
            execute(m_typed.takeFirst());
    }
    if (m_inputEnded && m_running && m_app.ticketAwaitsLine())
        m_app.endTicketInput();
    else if (m_inputEnded && !m_running)
        leave();
}

void TermPrompt::whileWatching(const QString &line)
{
    if (line.trimmed().compare(u"q"_s, Qt::CaseInsensitive) == 0)
        m_app.stopWatching();
    else if (!line.trimmed().isEmpty())
        m_out.error(tr("watching: type q and Enter, or press Ctrl+C, to stop"));
}

void TermPrompt::leave()
{
    if (std::exchange(m_leaving, true))
        return;
    if (m_inputEnded)
        std::fputs("\n", stdout);
    std::fflush(stdout);
    QCoreApplication::exit(ExitDone);
}

std::optional<QString> TermPrompt::recall(const QString &line)
{
    bool ok = false;
    const int index = line.mid(1).toInt(&ok) - 1;
    if (ok && index >= 0 && index < m_history.size())
        return m_history.at(index);
    m_out.error(tr("no command %1 in the history (see 'history')").arg(line.mid(1)));
    return std::nullopt;
}

void TermPrompt::execute(const QString &typed)
{
    QString line = typed.trimmed();
    if (line.startsWith(u'!')) {
        const auto recalled = recall(line);
        if (!recalled)
            return showPrompt();
        line = *recalled;
        m_out.line(line);
    }
    if (line == u"quit"_s || line == u"exit"_s)
        return leave();
    if (line.isEmpty())
        return showPrompt();
    if (line == u"history"_s) {
        for (int i = 0; i < m_history.size(); ++i)
            m_out.line(u"%1  %2"_s.arg(i + 1, 4).arg(m_history.at(i)));
        return showPrompt();
    }
    m_history << line;
    const auto words = TermCommandLine::split(line);
    if (!words) {
        m_out.error(words.error().message());
        return commandFinished(ExitUsage);
    }
    runCommand(words.value());
}

void TermPrompt::runCommand(const QStringList &words)
{
    const auto parsed = TermCommandLine::parse(words, m_app.sessionOptions(),
                                               TermCommandLine::Source::PromptLine);
    if (!parsed) {
        m_out.error(parsed.error().message());
        return commandFinished(ExitUsage);
    }
    if (parsed->action == TermCommandLine::Action::ShowHelp
        || parsed->command == QStringList { u"help"_s }) {
        m_out.line((parsed->action == TermCommandLine::Action::ShowHelp
                        ? TermCommandLine::helpText()
                        : TermApp::usage())
                   + u'\n' + ownCommands());
        return commandFinished(ExitDone);
    }
    if (parsed->action == TermCommandLine::Action::ShowVersion) {
        m_out.line(u"inventory-term "_s + QCoreApplication::applicationVersion());
        return commandFinished(ExitDone);
    }
    m_running = true;
    if (parsed->command.value(0) == u"watch"_s)
        m_interrupt.arm();
    m_app.run(parsed->options, parsed->command, [this](int code) { commandFinished(code); });
}

void TermPrompt::commandFinished(int code)
{
    m_running = false;
    m_interrupt.disarm();
    if (code != ExitDone)
        m_out.line(tr("(exit status %1)").arg(code));
    showPrompt();
    // Later, not from inside the command that just ended (or inside runTyped()).
    QTimer::singleShot(0, this, &TermPrompt::runTyped);
}

} // namespace inventory::term
