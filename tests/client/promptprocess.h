#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace inventory::test {

// An inventory-term prompt with its standard input on a pipe, typed at a line at a time as
// a person would: type() waits for the prompt that follows the line and returns what the
// command printed. Ctrl+C reaches it as SIGINT (never ignored, whatever the test inherited).
class PromptProcess
{
public:
    struct Output
    {
        QByteArray out;
        QByteArray err;
    };

    explicit PromptProcess(const QStringList &arguments);
    // Kills it if finish() did not end it.
    ~PromptProcess();

    // Waits for a prompt not waited for yet: the first, or the one after a watch stopped.
    bool waitForPrompt(int timeoutMs = 30'000);
    // Types a line and waits for the next prompt; empty output if it never came.
    Output type(const QByteArray &line, int timeoutMs = 60'000);
    // Types a line without waiting (a watch gives no prompt until it stops).
    void send(const QByteArray &line);
    // Waits until text shows on standard output or error, since the last type().
    bool waitFor(const QByteArray &text, int timeoutMs = 30'000);
    void interrupt();
    // Ends the input, as Ctrl+D does, and waits for the exit; its status, -1 if it crashed.
    int finish(int timeoutMs = 30'000);
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    void read();
    qsizetype prompts() const;

    QProcess m_process;
    Output m_all;
    Output m_current;
    qsizetype m_promptsSeen = 0;
};

} // namespace inventory::test
