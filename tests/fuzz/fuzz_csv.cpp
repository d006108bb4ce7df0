// libFuzzer target: the CSV reader of product imports (an operator's file, or a manager's
// upload), on any text. A crash, a sanitizer report, or records that claim lines the text
// does not have is a failure. Its work must stay linear: -timeout catches a slow input.
#include "core/protocol/csv/csvreader.h"

#include <cstdlib>

using namespace inventory;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QList<CsvReader::Record> records = CsvReader::parse(text, &error);
    const qsizetype lines = text.count(u'\n') + 1;
    int previous = 0;
    for (const CsvReader::Record &record : records) {
        if (record.line < 1 || record.line > lines || record.line <= previous)
            std::abort();
        previous = record.line;
    }
    return 0;
}
