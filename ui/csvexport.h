#pragma once

#include "core/domain/result.h"

#include <QLocale>

class QAbstractItemModel;

namespace inventory::ui {

// A table as a CSV file that a spreadsheet opens right: UTF-8 with a byte-order mark (Excel
// reads it as UTF-8 only then), and ';' between fields where the locale writes decimals with a
// comma (Spanish Excel expects it), ',' elsewhere. Headers on one line each.
class CsvExport
{
public:
    enum class Separator { Comma, Semicolon };

    static Separator separatorFor(const QLocale &locale);
    static QByteArray render(const QAbstractItemModel &model, Separator separator);
    static Status write(const QString &path, const QAbstractItemModel &model,
                        const QLocale &locale = QLocale());
};

} // namespace inventory::ui
