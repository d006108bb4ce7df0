#include "ui/csvexport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
QString field(QString value, QChar separator)
{
    value.replace(u'\n', u' ');
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\r'))
        return value;
    return u'"' + value.replace(u"\""_s, u"\"\""_s) + u'"';
}
} // namespace

CsvExport::Separator CsvExport::separatorFor(const QLocale &locale)
{
    return locale.decimalPoint() == u","_s ? Separator::Semicolon : Separator::Comma;
}

QByteArray CsvExport::render(const QAbstractItemModel &model, Separator separator)
{
    const QChar sep = separator == Separator::Semicolon ? u';' : u',';
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << field(model.headerData(c, Qt::Horizontal).toString(), sep);
    lines << header.join(sep);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << field(model.index(r, c).data().toString(), sep);
        lines << cells.join(sep);
    }
    return "\xEF\xBB\xBF" + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

Status CsvExport::write(const QString &path, const QAbstractItemModel &model, const QLocale &locale)
{
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(file.errorString());
    file.write(render(model, separatorFor(locale)));
    if (!file.commit())
        return Error::unavailable(file.errorString());
    return {};
}

} // namespace inventory::ui
