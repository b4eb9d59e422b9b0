#include "activitylog.h"
#include "inventory.h"
#include "mainwindow.h"
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

// Installs the translators as aura-console's main() does, and checks what the user then reads.
class TestTranslator : public QObject
{
    Q_OBJECT
private:
    Aura::InstalledTranslators m_installed;

    static QString trySandboxText() { return QCoreApplication::translate("Aura::WelcomePanel", "Try the sandbox"); }

    // The %1, %n ... a text is formatted with: a translation that drops or renames one breaks QString::arg().
    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression placeholder(u"%(L?\\d+|n)"_s);
        QStringList found;
        for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
            found.append(match.captured());
        found.sort();
        return found;
    }

    static bool hasMnemonic(const QString &text)
    {
        static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
        return text.contains(mnemonic);
    }

private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator *translator : {m_installed.console, m_installed.qt}) {
            if (translator) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
        m_installed = {};
        QCOMPARE(trySandboxText(), u"Try the sandbox"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void followsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("german");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << true;
        QTest::newRow("de_AT falls back to de") << QLocale(QLocale::German, QLocale::Austria) << true;
        QTest::newRow("de_CH falls back to de") << QLocale(QLocale::German, QLocale::Switzerland) << true;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
        QTest::newRow("fr_FR has no translation") << QLocale(QLocale::French, QLocale::France) << false;
        QTest::newRow("C") << QLocale::c() << false;
    }
    void followsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, german);
        m_installed = Aura::installTranslators(locale);
        QCOMPARE(trySandboxText(), german ? u"Sandbox ausprobieren"_s : u"Try the sandbox"_s);
        if (german)
            QVERIFY(m_installed.console);
    }

    void untranslatedLanguageInstallsNothing()
    {
        m_installed = Aura::installTranslators(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(!m_installed.console);
    }

    // Standard buttons and dialogs come from Qt's own translation (Debian: qt6-translations-l10n).
    void qtsOwnTextsFollowToo()
    {
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(qtTranslations + u"/qtbase_de.qm"_s))
            QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
        m_installed = Aura::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(m_installed.qt);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void mainWindowSpeaksGerman()
    {
        m_installed = Aura::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        Aura::Inventory inventory;
        Aura::ActivityLog activity;
        Aura::MainWindow window(inventory, activity);
        auto *sandbox = window.findChild<QPushButton *>(u"trySandboxButton"_s);
        auto *account = window.findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(sandbox);
        QVERIFY(account);
        QCOMPARE(sandbox->text(), u"Sandbox ausprobieren"_s);
        QCOMPARE(account->text(), u"Nicht verbunden"_s);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.constFirst()->text(), u"&Datei"_s);
    }

    // Every finished German text keeps its source's placeholders and, for menus and buttons, a mnemonic.
    void germanTextsKeepPlaceholdersAndMnemonics()
    {
        QFile file(QStringLiteral(AURA_TS_DE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        int finished = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                const QString type = xml.attributes().value("type"_L1).toString();
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty())
                    continue; // unfinished, vanished or obsolete: lrelease leaves these out
                ++finished;
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(source));
                QVERIFY2(placeholders(translation) == placeholders(source), qPrintable(source));
                QVERIFY2(hasMnemonic(translation) == hasMnemonic(source), qPrintable(source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(finished > 0);
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
