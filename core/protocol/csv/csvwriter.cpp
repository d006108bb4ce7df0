#include "core/protocol/csv/csvwriter.h"

using namespace Qt::StringLiterals;

namespace inventory {

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_bytes += ',';
        const QString &field = fields.at(i);
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r')) {
            QString quoted = field;
            quoted.replace(u"\""_s, u"\"\""_s);
            m_bytes += '"' + quoted.toUtf8() + '"';
        } else {
            m_bytes += field.toUtf8();
        }
    }
    m_bytes += "\r\n";
}

} // namespace inventory
