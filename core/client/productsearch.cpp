#include "core/client/productsearch.h"

#include "core/domain/textfold.h"
#include "core/storage/dbconnection.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
const auto kProductColumns
    = u"SELECT id, sku, barcode, name, category, price_cents FROM products"_s;

Product productFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong() };
}

// The trigram index finds a phrase of three characters or more; shorter words cannot be
// looked up in it.
constexpr qsizetype kTrigram = 3;
} // namespace

ProductSearch::ProductSearch(DbConnection &db)
    : m_db(db)
{
}

QString ProductSearch::foldedName(const Product &product)
{
    return TextFold::fold(product.name);
}

Result<std::optional<Product>> ProductSearch::exact(const QString &idSkuOrBarcode)
{
    auto ran = m_db.run(
        kProductColumns
            + u" WHERE id = ? OR sku = ? OR barcode = ? ORDER BY (id = ?) DESC LIMIT 1"_s,
        { idSkuOrBarcode, idSkuOrBarcode, idSkuOrBarcode, idSkuOrBarcode });
    if (!ran)
        return ran.error();
    if (!ran.value()->next()) {
        if (Status s = m_db.endOfRows(*ran.value()); !s)
            return s.error();
        return std::optional<Product>();
    }
    const Product p = productFrom(*ran.value());
    ran.value()->finish();
    return std::optional<Product>(p);
}

Result<QList<Product>> ProductSearch::find(const QString &text, int limit)
{
    const QString folded = TextFold::fold(text.trimmed());
    QStringList words;
    for (const QString &word : folded.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (word.size() >= kTrigram)
            words << u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
    }
    QString sql;
    QVariantList args;
    if (!words.isEmpty()) {
        // Every word of three or more characters, in any column and any order; the first
        // matches in catalogue order, shown by name (more than `limit` matches means the
        // clerk is still typing).
        sql = kProductColumns
            + u" WHERE rowid IN (SELECT rowid FROM product_search"
              " WHERE product_search MATCH ? LIMIT ?) ORDER BY name"_s;
        args = { words.join(u" AND "_s), limit };
    } else {
        // Too short for the trigram index: names, SKUs and barcodes that start with it,
        // each an index range (a substring scan of one or two letters read every product).
        QString pattern = folded;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern += u'%';
        sql = kProductColumns
            + u" WHERE rowid IN (SELECT rowid FROM (SELECT rowid FROM products"
              " WHERE folded LIKE ? ESCAPE '\\' ORDER BY folded LIMIT ?)"
              " UNION SELECT rowid FROM (SELECT rowid FROM products"
              " WHERE sku LIKE ? ESCAPE '\\' LIMIT ?)"
              " UNION SELECT rowid FROM (SELECT rowid FROM products"
              " WHERE barcode LIKE ? ESCAPE '\\' LIMIT ?))"
              " ORDER BY name COLLATE NOCASE LIMIT ?"_s;
        args = { pattern, limit, pattern, limit, pattern, limit, limit };
    }
    auto ran = m_db.run(sql, args);
    if (!ran)
        return ran.error();
    QList<Product> list;
    while (ran.value()->next())
        list.append(productFrom(*ran.value()));
    if (Status s = m_db.endOfRows(*ran.value()); !s)
        return s.error();
    return list;
}

Status ProductSearch::foldMissing()
{
    auto ran = m_db.run(u"SELECT id, name FROM products WHERE folded = '' AND name <> ''"_s);
    if (!ran)
        return ran.error();
    QList<std::pair<QString, QString>> missing;
    while (ran.value()->next())
        missing.append({ ran.value()->value(0).toString(), ran.value()->value(1).toString() });
    if (Status s = m_db.endOfRows(*ran.value()); !s)
        return s;
    for (const auto &[id, name] : missing) {
        if (Status s = m_db.write(u"UPDATE products SET folded = ? WHERE id = ?"_s,
                                  { TextFold::fold(name), id });
            !s)
            return s;
    }
    return {};
}

} // namespace inventory
