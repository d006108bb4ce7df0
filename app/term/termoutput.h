#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace inventory::term {

// Everything inventory-term prints: aligned tables for people, one JSON document per
// command for scripts (--json), messages on stderr.
class TermOutput
{
    Q_DECLARE_TR_FUNCTIONS(TermOutput)

public:
    // Table: aligned tables and sentences for people; Json: one document per command.
    enum class Format { Table, Json };

    explicit TermOutput(Format format)
        : m_json(format == Format::Json)
    {
    }

    bool json() const { return m_json; }
    // --json holds for one command at the prompt.
    void setJson(bool json) { m_json = json; }
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QJsonObject &document);
    void document(const QJsonObject &document, const QString &humanText);
    void line(const QString &text);
    void error(const QString &text);
    // A failed sync or server call as people read it: the server's error as a translated
    // sentence (ErrorText), the server's absence or the profile's own trouble as such.
    // Scripts get the code (--json).
    static QString describe(const Error &error);

private:
    bool m_json;
};

} // namespace inventory::term
