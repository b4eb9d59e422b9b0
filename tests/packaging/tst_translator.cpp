#include "models/activitylog.h"
#include "models/inventory.h"
#include "translations/translator.h"
#include "ui/instanceactionset.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
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

    // The key that opens a menu entry with Alt (or in an open menu): the character after the first lone '&'.
    static QChar mnemonicKey(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
        return {};
    }

    // Texts of the actions that carry a mnemonic but share their key with an earlier one in the same list.
    static QStringList clashingMnemonics(const QList<QAction *> &actions)
    {
        QHash<QChar, QString> taken;
        QStringList clashes;
        for (const QAction *action : actions) {
            const QChar key = mnemonicKey(action->text());
            if (key.isNull())
                continue;
            if (taken.contains(key))
                clashes.append(taken.value(key) + u" / "_s + action->text());
            else
                taken.insert(key, action->text());
        }
        return clashes;
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
        // Plurals come out right in every locale, English included where the console speaks no other language.
        const QString one = QCoreApplication::translate("Aura::InstanceDetailsPanel", "%n secondaries", nullptr, 1);
        QCOMPARE(one, german ? u"1 Secondary"_s : u"1 secondary"_s);
        if (german)
            QVERIFY(m_installed.console);
    }

    void untranslatedLanguageGetsEnglish()
    {
        m_installed = Aura::installTranslators(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(m_installed.console); // the English file, for its plural forms
        QCOMPARE(trySandboxText(), u"Try the sandbox"_s);
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

    // What the screenshot shows first: the toolbar's buttons (their text without '&' and "...").
    void toolBarSpeaksGerman_data()
    {
        using A = Aura::InstanceAction;
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("shown");
        QTest::newRow("new instance") << int(A::Create) << u"Neue Instanz"_s;
        QTest::newRow("refresh") << int(A::Refresh) << u"Aktualisieren"_s;
        QTest::newRow("pause") << int(A::Pause) << u"Pausieren"_s;
        QTest::newRow("resume") << int(A::Resume) << u"Fortsetzen"_s;
        QTest::newRow("resize") << int(A::Resize) << u"Größe ändern"_s;
        QTest::newRow("take snapshot") << int(A::TakeSnapshot) << u"Snapshot erstellen"_s;
        QTest::newRow("new instance from snapshot") << int(A::RestoreSnapshot) << u"Neue Instanz aus Snapshot"_s;
        QTest::newRow("delete") << int(A::Delete) << u"Löschen"_s;
    }
    void toolBarSpeaksGerman()
    {
        QFETCH(int, action);
        QFETCH(QString, shown);
        m_installed = Aura::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        Aura::Inventory inventory;
        Aura::ActivityLog activity;
        Aura::MainWindow window(inventory, activity);
        auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        QAction *qaction = window.actions()->action(static_cast<Aura::InstanceAction>(action));
        QVERIFY(qaction);
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(qaction));
        QVERIFY2(button, "the action is not on the toolbar");
        QCOMPARE(button->text(), shown);
        QVERIFY2(
            !qaction->toolTip().isEmpty() && qaction->toolTip() != qaction->text(), qPrintable(qaction->toolTip()));
    }

    // The status bar: connection state, the operations in flight (German plural forms) and the account.
    void statusBarSpeaksGerman_data()
    {
        using C = Aura::MainWindow::Connection;
        QTest::addColumn<int>("connection");
        QTest::addColumn<int>("running");
        QTest::addColumn<QString>("connectionText");
        QTest::addColumn<QString>("runningText");
        QTest::newRow("not connected") << int(C::NotConnected) << 0 << u"Nicht verbunden"_s << QString();
        QTest::newRow("connecting") << int(C::Connecting) << 0 << u"Verbindung wird hergestellt..."_s << QString();
        QTest::newRow("online, one operation") << int(C::Online) << 1 << u"Online"_s << u"1 Vorgang läuft"_s;
        QTest::newRow("offline, two operations")
            << int(C::Offline) << 2 << u"Offline: Zuletzt bekannte Daten werden angezeigt"_s << u"2 Vorgänge laufen"_s;
        QTest::newRow("rate limited") << int(C::RateLimited) << 0
                                      << u"Anfragen begrenzt: Zuletzt bekannte Daten werden angezeigt"_s << QString();
    }
    void statusBarSpeaksGerman()
    {
        QFETCH(int, connection);
        QFETCH(int, running);
        QFETCH(QString, connectionText);
        QFETCH(QString, runningText);
        m_installed = Aura::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        Aura::Inventory inventory;
        Aura::ActivityLog activity;
        Aura::MainWindow window(inventory, activity);
        window.setConnection(static_cast<Aura::MainWindow::Connection>(connection));
        for (int i = 0; i < running; ++i)
            activity.start(u"Pausieren"_s, u"instance-%1"_s.arg(i));
        auto *state = window.findChild<QLabel *>(u"connectionLabel"_s);
        auto *inFlight = window.findChild<QLabel *>(u"inFlightLabel"_s);
        auto *account = window.findChild<QLabel *>(u"accountLabel"_s);
        auto *refresh = window.findChild<QLabel *>(u"refreshLabel"_s);
        QVERIFY(state && inFlight && account && refresh);
        QCOMPARE(state->text(), connectionText);
        QCOMPARE(inFlight->text(), runningText);
        QCOMPARE(account->text(), u"Kein Konto"_s);
        window.setLastRefresh(QDateTime::currentDateTimeUtc());
        QVERIFY2(refresh->text().startsWith(u"Aktualisiert "_s), qPrintable(refresh->text()));
    }

    // Alt+key must reach one entry only: in the menu bar and in every menu (German texts are all new words).
    void germanMnemonicsAreUniquePerMenu()
    {
        m_installed = Aura::installTranslators(QLocale(QLocale::German, QLocale::Germany));
        Aura::Inventory inventory;
        Aura::ActivityLog activity;
        Aura::MainWindow window(inventory, activity);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QStringList clashes = clashingMnemonics(menus);
        for (const QAction *menuAction : menus) {
            QVERIFY(menuAction->menu());
            QVERIFY2(!menuAction->menu()->actions().isEmpty(), qPrintable(menuAction->text()));
            clashes += clashingMnemonics(menuAction->menu()->actions());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    // Every finished German text keeps its source's placeholders and, for menus and buttons, a mnemonic; a plural
    // text has both German forms (singular and plural), each checked on its own.
    void germanTextsKeepPlaceholdersAndMnemonics()
    {
        QFile file(QStringLiteral(AURA_TS_DE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        bool numerus = false;
        int finished = 0;
        int plurals = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "message"_L1) {
                numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                const QString type = xml.attributes().value("type"_L1).toString();
                QStringList forms;
                if (numerus) {
                    while (xml.readNextStartElement())
                        forms.append(xml.readElementText());
                } else {
                    forms.append(xml.readElementText());
                }
                if (!type.isEmpty())
                    continue; // unfinished, vanished or obsolete: lrelease leaves these out
                ++finished;
                if (numerus) {
                    ++plurals;
                    QVERIFY2(forms.size() == 2, qPrintable(source));
                }
                for (const QString &translation : std::as_const(forms)) {
                    QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(source));
                    QVERIFY2(placeholders(translation) == placeholders(source), qPrintable(source));
                    QVERIFY2(hasMnemonic(translation) == hasMnemonic(source), qPrintable(source));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(finished > 0);
        QVERIFY(plurals > 0);
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
