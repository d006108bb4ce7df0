#include "syntheticcatalog.h"

#include <array>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
constexpr std::array kKinds { "Cable",   "Cargador", "Funda",   "Auriculares", "Ratón", "Teclado",
                              "Monitor", "Altavoz",  "Lámpara", "Mochila",     "Disco", "Memoria" };
constexpr std::array kBrands {
    "Acme", "Nordia", "Sol", "Iberia", "Costa", "Vento", "Roble", "Faro"
};
constexpr std::array kCategories { "Accesorios",  "Audio", "Informática",
                                   "Periféricos", "Hogar", "Almacenamiento" };
} // namespace

QString SyntheticCatalog::ean13(qint64 body12)
{
    const QString body = u"%1"_s.arg(body12, 12, 10, QChar(u'0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += body.at(i).digitValue() * (i % 2 ? 3 : 1);
    return body + QString::number((10 - sum % 10) % 10);
}

Product SyntheticCatalog::product(int index)
{
    const auto kind = QString::fromUtf8(kKinds[size_t(index) % kKinds.size()]);
    const auto brand = QString::fromUtf8(kBrands[size_t(index / 7) % kBrands.size()]);
    return { u"SYN-%1"_s.arg(index, 7, 10, QChar(u'0')),
             u"SKU-%1"_s.arg(index, 7, 10, QChar(u'0')),
             ean13(200'000'000'000LL + index),
             u"%1 %2 modelo %3"_s.arg(kind, brand).arg(index),
             QString::fromUtf8(kCategories[size_t(index) % kCategories.size()]),
             199 + (qint64(index) * 7919) % 99'800 };
}

QList<Product> SyntheticCatalog::products(int count, int firstIndex)
{
    QList<Product> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(product(firstIndex + i));
    return list;
}

} // namespace inventory
