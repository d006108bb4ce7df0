#pragma once

#include <QString>

namespace inventory::ui {

// Puts the application in one UI language ("es", "en"): our translations, Qt's own (dialog
// buttons), and the default QLocale that money, numbers and dates are written with.
class LanguageSetup
{
public:
    // False when our translation for the language could not be loaded (English is built in).
    static bool apply(const QString &language);
};

} // namespace inventory::ui
