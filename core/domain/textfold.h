#pragma once

#include <QString>

namespace inventory {

// The form of a text that search compares: case folded and without accents, so that
// "mecanico" finds "Teclado Mecánico" and "TELEFONO" finds "Teléfono". Used on the stored
// names and on what the clerk types, the same way on every client.
class TextFold
{
public:
    static QString fold(const QString &text);
};

} // namespace inventory
