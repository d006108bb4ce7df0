#pragma once

#include <QFile>
#include <QStringList>

namespace inventory::test {

// The lines of an exported CSV file (CRLF line ends), none if it cannot be read.
inline QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace inventory::test
