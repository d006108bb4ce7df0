#include "core/protocol/levels/levelcsv.h"

#include "core/protocol/csv/csvreader.h"
#include "core/protocol/csv/csvwriter.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

Result<QList<Command>> LevelCsv::parse(const QString &text, const QString &storeId,
                                       const ProductLookup &productOf,
                                       const StoreLookup &storeExists)
{
    QString parseError;
    const QList<CsvReader::Record> records = CsvReader::parse(text, &parseError);
    QStringList errors;
    if (!parseError.isEmpty())
        errors << parseError;
    if (records.isEmpty())
        return Error::validation(u"file"_s, u"the file is empty"_s);
    QStringList header;
    for (const QString &h : records.first().fields)
        header << h.trimmed().toLower();
    QStringList required { u"product"_s, u"min"_s, u"target"_s };
    if (storeId.isEmpty())
        required.prepend(u"store"_s);
    for (const QString &column : std::as_const(required)) {
        if (!header.contains(column))
            errors << u"line 1: the header has no '%1' column"_s.arg(column);
    }
    QList<Command> commands;
    QSet<QString> seen;
    // Without its columns no line can be read: the header's problems are the whole answer.
    const qsizetype firstLine = errors.isEmpty() ? 1 : records.size();
    for (qsizetype r = firstLine; r < records.size() && errors.size() < MaxErrors; ++r) {
        const CsvReader::Record &record = records.at(r);
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue; // a blank line, as spreadsheets leave at the end
        if (record.fields.size() != header.size()) {
            errors << u"line %1: %2 fields, the header has %3"_s.arg(record.line)
                          .arg(record.fields.size())
                          .arg(header.size());
            continue;
        }
        auto field = [&](const QString &name) {
            return record.fields.value(header.indexOf(name)).trimmed();
        };
        const QString store = storeId.isEmpty() ? field(u"store"_s) : storeId;
        if (!storeId.isEmpty() && header.contains(u"store"_s) && !field(u"store"_s).isEmpty()
            && field(u"store"_s) != storeId) {
            errors << u"line %1: store '%2' is not %3, the store being imported"_s.arg(record.line)
                          .arg(field(u"store"_s), storeId);
            continue;
        }
        if (!storeExists(store)) {
            errors << u"line %1: there is no store '%2'"_s.arg(record.line).arg(store);
            continue;
        }
        const std::optional<QString> productId = productOf(field(u"product"_s));
        if (!productId) {
            errors
                << u"line %1: there is no product '%2'"_s.arg(record.line).arg(field(u"product"_s));
            continue;
        }
        const auto minLevel = wholeNumber(field(u"min"_s));
        const auto targetLevel = wholeNumber(field(u"target"_s));
        if (!minLevel || !targetLevel) {
            errors << u"line %1: min '%2' and target '%3' must be whole numbers"_s.arg(record.line)
                          .arg(field(u"min"_s), field(u"target"_s));
            continue;
        }
        Command command = Command::setLevels(*productId, store, *minLevel, *targetLevel);
        if (auto invalid = command.validate()) {
            errors << u"line %1: %2 %3"_s.arg(record.line)
                          .arg(invalid->details().value(u"field"_s).toString(), invalid->message());
            continue;
        }
        const QString key = store + u'\n' + *productId;
        if (seen.contains(key)) {
            errors << u"line %1: product '%2' at store '%3' appears earlier in the file"_s
                          .arg(record.line)
                          .arg(*productId, store);
            continue;
        }
        seen.insert(key);
        commands.append(command);
    }
    if (errors.isEmpty())
        return commands;
    return Error(
        ErrorCode::ValidationFailed, u"nothing was imported: %1 problem(s)"_s.arg(errors.size()),
        { { u"field"_s, u"file"_s }, { u"errors"_s, QJsonArray::fromStringList(errors) } });
}

QByteArray LevelCsv::write(const QList<Line> &lines)
{
    CsvWriter out;
    out.addRow({ u"store"_s, u"product"_s, u"sku"_s, u"name"_s, u"min"_s, u"target"_s });
    for (const Line &line : lines)
        out.addRow({ line.storeId, line.productId, line.sku, line.name,
                     QString::number(line.minLevel), QString::number(line.targetLevel) });
    return out.bytes();
}

} // namespace inventory
