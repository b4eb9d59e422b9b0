#pragma once

class QLocale;
class QTranslator;

namespace Aura {

// The translators installed into the application; null where no translation matched the locale.
struct InstalledTranslators
{
    QTranslator *console = nullptr; // the console's own texts, compiled in (":/i18n")
    QTranslator *qt = nullptr; // Qt's own texts (standard buttons, context menus), if installed on the system
};

// Installs the console's translation and Qt's for the first of `locale`'s UI languages that has one. English has
// a file of its own (nearly empty: the source texts are English) so that a user who prefers English to German gets
// English. The translators are children of the application. Call it before any text is created.
InstalledTranslators installTranslators(const QLocale &locale);

} // namespace Aura
