#pragma once

#include <QJsonObject>
#include <QStringList>

namespace inventory::term {

// Everything inventory-term prints: aligned tables for people, one JSON document per
// command for scripts (--json), messages on stderr.
class TermOutput
{
public:
    explicit TermOutput(bool json)
        : m_json(json)
    {
    }

    bool json() const { return m_json; }
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QJsonObject &document);
    void document(const QJsonObject &document, const QString &humanText);
    void line(const QString &text);
    void error(const QString &text);

private:
    bool m_json;
};

} // namespace inventory::term
