#pragma once

#include <QByteArray>
#include <QStringList>

namespace inventory {

// RFC 4180 CSV out, UTF-8: a field is quoted when it holds a comma, a quote or a line break.
// The counterpart of CsvReader, for files the server and the operator commands write.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace inventory
