#include "core/engine/admin/productimporter.h"

#include "core/engine/inventoryengine.h"
#include "core/protocol/csv/csvreader.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace inventory {

ProductImporter::ProductImporter(InventoryEngine &engine)
    : m_engine(engine)
{
}

Result<int> ProductImporter::importCsv(const QString &text)
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
    for (const char *required : { "sku", "name", "category", "price" }) {
        if (!header.contains(QLatin1StringView(required)))
            errors << u"line 1: the header has no '%1' column"_s.arg(QLatin1StringView(required));
    }
    QList<Command> commands;
    QList<int> lines;
    QSet<QString> skus, barcodes, ids;
    for (qsizetype r = 1; r < records.size() && errors.size() < 100; ++r) {
        const CsvReader::Record &record = records.at(r);
        if (record.fields.size() != header.size()) {
            errors << u"line %1: %2 fields, the header has %3"_s.arg(record.line)
                          .arg(record.fields.size())
                          .arg(header.size());
            continue;
        }
        auto field = [&](const QString &name) {
            return record.fields.value(header.indexOf(name)).trimmed();
        };
        bool priceOk = false;
        const double price = field(u"price"_s).replace(u',', u'.').toDouble(&priceOk);
        if (!priceOk) {
            errors
                << u"line %1: price '%2' is not a number"_s.arg(record.line).arg(field(u"price"_s));
            continue;
        }
        const QString sku = field(u"sku"_s);
        const QString id
            = header.contains(u"id"_s) && !field(u"id"_s).isEmpty() ? field(u"id"_s) : sku;
        const Command command
            = Command::createProduct({ id, sku, field(u"barcode"_s), field(u"name"_s),
                                       field(u"category"_s), Product::centsFromPrice(price) });
        if (auto invalid = command.validate()) {
            errors << u"line %1: %2 %3"_s.arg(record.line)
                          .arg(invalid->details().value(u"field"_s).toString(), invalid->message());
            continue;
        }
        if (skus.contains(sku) || ids.contains(id)
            || (!command.product.barcode.isEmpty() && barcodes.contains(command.product.barcode))) {
            errors << u"line %1: the same sku, id or barcode appears earlier in the file"_s.arg(
                record.line);
            continue;
        }
        skus << sku;
        ids << id;
        if (!command.product.barcode.isEmpty())
            barcodes << command.product.barcode;
        commands << Command(command).by(u"import"_s);
        lines << record.line;
    }
    if (errors.isEmpty()) {
        auto applied = m_engine.applyAllOrNothing(commands);
        if (!applied)
            return applied.error();
        if (applied.value() >= 0)
            errors << u"line %1: a product with this sku, id or barcode already exists"_s.arg(
                lines.at(applied.value()));
        else
            return int(commands.size());
    }
    return Error(
        ErrorCode::ValidationFailed,
        u"nothing was imported: %n problem(s)"_s.replace(u"%n"_s, QString::number(errors.size())),
        { { u"field"_s, u"file"_s }, { u"errors"_s, QJsonArray::fromStringList(errors) } });
}

} // namespace inventory
