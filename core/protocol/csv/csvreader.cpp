#include "core/protocol/csv/csvreader.h"

using namespace Qt::StringLiterals;

namespace inventory {

QList<CsvReader::Record> CsvReader::parse(const QString &text, QString *error)
{
    QList<Record> records;
    Record current { 1, {} };
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endRecord = [&](int nextLine) {
        current.fields << field;
        field.clear();
        fieldStarted = false;
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records << current;
        current = Record { nextLine, {} };
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            current.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            ++line;
            endRecord(line);
        } else if (c != u'\r') {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && error)
        *error = u"line %1: a quoted field is not closed"_s.arg(current.line);
    if (fieldStarted || !current.fields.isEmpty())
        endRecord(line + 1);
    return records;
}

} // namespace inventory
