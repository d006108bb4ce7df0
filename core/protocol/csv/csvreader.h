#pragma once

#include <QStringList>

namespace inventory {

// RFC 4180 CSV: commas, "quoted fields" with "" for a quote, line breaks inside quotes.
// Written here because Qt has no CSV reader.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // where the record starts, from 1
        QStringList fields;
    };

    // nullopt-free: malformed input (an unterminated quote) is reported through error.
    static QList<Record> parse(const QString &text, QString *error = nullptr);
};

} // namespace inventory
