#include "promptprocess.h"

#include <QTest>
#include <csignal>

namespace inventory::test {

namespace {
const QByteArray kPrompt = "inventory> ";
} // namespace

PromptProcess::PromptProcess(const QStringList &arguments)
{
    m_process.setChildProcessModifier([] { ::signal(SIGINT, SIG_DFL); });
    m_process.start(QStringLiteral(INVENTORY_TERM_BINARY), arguments);
}

PromptProcess::~PromptProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void PromptProcess::read()
{
    const QByteArray out = m_process.readAllStandardOutput();
    const QByteArray err = m_process.readAllStandardError();
    m_all.out += out;
    m_all.err += err;
    m_current.out += out;
    m_current.err += err;
}

qsizetype PromptProcess::prompts() const
{
    return m_all.out.count(kPrompt);
}

bool PromptProcess::waitForPrompt(int timeoutMs)
{
    const bool prompted = QTest::qWaitFor(
        [this] {
            read();
            return prompts() > m_promptsSeen;
        },
        timeoutMs);
    if (!prompted)
        return false;
    // What went to standard error before the prompt is in that pipe by now, but maybe not
    // yet read from it: a poll of both pipes without waiting reads it.
    while (m_process.waitForReadyRead(0)) { }
    read();
    m_promptsSeen = prompts();
    return true;
}

PromptProcess::Output PromptProcess::type(const QByteArray &line, int timeoutMs)
{
    m_current = {};
    m_process.write(line + '\n');
    if (!waitForPrompt(timeoutMs)) {
        qWarning() << "no prompt after" << line << "; printed:" << m_current.out << m_current.err;
        return {};
    }
    return m_current;
}

void PromptProcess::send(const QByteArray &line)
{
    m_current = {};
    m_process.write(line + '\n');
}

bool PromptProcess::waitFor(const QByteArray &text, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            read();
            return m_current.out.contains(text) || m_current.err.contains(text);
        },
        timeoutMs);
}

void PromptProcess::interrupt()
{
    ::kill(pid_t(m_process.processId()), SIGINT);
}

int PromptProcess::finish(int timeoutMs)
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    read();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace inventory::test
