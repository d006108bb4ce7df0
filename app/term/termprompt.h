#pragma once

#include <QObject>
#include <QStringList>

namespace inventory::term {

class TermApp;

// The interactive mode: reads a command per line, runs it, prints its exit status when it
// is not 0. Keeps a history (`history`, `!N` repeats an entry); `help` lists the commands,
// `quit` or end of input leaves.
class TermPrompt : public QObject
{
    Q_OBJECT

public:
    explicit TermPrompt(TermApp &app, QObject *parent = nullptr);
    void start();

private:
    void next();
    static QStringList split(const QString &line);

    TermApp &m_app;
    QStringList m_history;
};

} // namespace inventory::term
