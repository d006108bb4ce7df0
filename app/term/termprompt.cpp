#include "app/term/termprompt.h"

#include "app/term/termapp.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermPrompt::TermPrompt(TermApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
}

void TermPrompt::start()
{
    std::printf("%s\n",
                qPrintable(tr("inventory-term — type 'help' for the commands, 'quit' to leave.")));
    next();
}

QStringList TermPrompt::split(const QString &line)
{
    // Words, with "double quotes" keeping spaces together.
    QStringList words;
    QString current;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                words << std::exchange(current, {});
        } else
            current += c;
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

void TermPrompt::next()
{
    std::printf("inventory> ");
    std::fflush(stdout);
    std::string raw;
    if (!std::getline(std::cin, raw)) {
        std::printf("\n");
        QCoreApplication::exit(0);
        return;
    }
    QString line = QString::fromStdString(raw).trimmed();
    if (line.startsWith(u'!')) {
        bool ok = false;
        const int index = line.mid(1).toInt(&ok) - 1;
        if (ok && index >= 0 && index < m_history.size())
            line = m_history.at(index);
    }
    if (line == u"quit"_s || line == u"exit"_s) {
        QCoreApplication::exit(0);
        return;
    }
    if (line == u"history"_s) {
        for (int i = 0; i < m_history.size(); ++i)
            std::printf("%4d  %s\n", i + 1, qPrintable(m_history.at(i)));
        QTimer::singleShot(0, this, &TermPrompt::next);
        return;
    }
    if (line.isEmpty()) {
        QTimer::singleShot(0, this, &TermPrompt::next);
        return;
    }
    m_history << line;
    m_app.run(split(line), [this](int code) {
        if (code != 0)
            std::printf("%s\n", qPrintable(tr("(exit status %1)").arg(code)));
        QTimer::singleShot(0, this, &TermPrompt::next);
    });
}

} // namespace inventory::term
