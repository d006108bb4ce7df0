#include "ui/session/languagesetup.h"

#include "core/client/text/localetext.h"
#include "ui/uilog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace inventory::ui {

bool LanguageSetup::apply(const QString &language)
{
    QLocale::setDefault(LocaleText::forLanguage(language));
    // Owned by the application: translators must outlive every window.
    auto *ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(u":/i18n/inventory_%1.qm"_s.arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else if (language != u"en"_s)
        qCWarning(lcUi) << "no translation for the language" << language;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded || language == u"en"_s;
}

} // namespace inventory::ui
