#include "translations/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QTranslator *loadAndInstall(const QLocale &locale, const QString &baseName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // QTranslator walks the locale's UI languages in order (LANGUAGE, then LC_MESSAGES/LANG on Unix) and takes the
    // first file that exists: "de_AT" falls back to "de".
    if (!translator->load(locale, baseName, u"_"_s, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

} // namespace

InstalledTranslators installTranslators(const QLocale &locale)
{
    InstalledTranslators installed;
    installed.console = loadAndInstall(locale, u"aura-console"_s, u":/i18n"_s);
    // A language the console does not speak (or the C locale) gets English, whose file holds the plural forms
    // the source texts cannot ("1 secondary", not "1 secondaries").
    if (!installed.console)
        installed.console = loadAndInstall(QLocale(QLocale::English), u"aura-console"_s, u":/i18n"_s);
    installed.qt = loadAndInstall(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

} // namespace Aura
