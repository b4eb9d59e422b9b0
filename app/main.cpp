#include "app/commandline.h"
#include "app/connectionchoice.h"
#include "app/consoleapp.h"
#include "models/inventory.h"
#include "translations/translator.h"
#include "ui/consolepage.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

namespace {

// --help, --version and --list-accounts answer without a display, like any command-line tool.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "-?", "--help-all", "--version", "-v", "--list-accounts"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("aura-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AURA_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Aura Console"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("auraconsole.org"));
}

// Renders the window as the user would see it once the first data is shown, and quits; used for the README,
// AppStream and visual checks. Gives up waiting after a while and shows what there is.
void scheduleScreenshot(Aura::ConsoleApp &console, const QString &path)
{
    Aura::MainWindow &window = console.window();
    window.resize(1280, 800);
    auto taken = std::make_shared<bool>(false);
    auto shoot = [&window, path, taken] {
        if (std::exchange(*taken, true))
            return;
        Aura::ConsolePage *page = window.console();
        if (window.isShowingConsole() && page->selectedInstanceIds().isEmpty()
            && page->table()->model()->rowCount() > 0)
            page->table()->selectRow(0);
        QTimer::singleShot(250, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "aura-console: %s\n",
                    qPrintable(QCoreApplication::translate("main", "cannot write the screenshot to %1").arg(path)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    // The first data is in: wait (a few seconds at most) until the rows on screen have their status, which the
    // live service's list does not carry.
    auto whenStatusesShown = [&window, shoot] {
        auto *poll = new QTimer(&window);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        const auto check = [&window, shoot, poll, started] {
            const Aura::ConsolePage *page = window.console();
            const QStringList visible = page->visibleInstanceIds();
            // Rows loaded but none laid out on screen yet: nothing to judge by.
            bool known = !visible.isEmpty() || page->table()->model()->rowCount() == 0;
            for (const QString &id : visible) {
                const Aura::Instance *i = window.inventory().instance(id);
                known = known && i && !i->status.isEmpty();
            }
            if (known || started->elapsed() > 10000) {
                poll->stop();
                poll->deleteLater();
                shoot();
            }
        };
        QObject::connect(poll, &QTimer::timeout, &window, check);
        poll->start(100);
        // At once too, not only after the first 100 ms: a list that carries statuses has them already.
        QMetaObject::invokeMethod(&window, check, Qt::QueuedConnection);
    };
    QObject::connect(&console, &Aura::ConsoleApp::firstViewReady, &window, whenStatusesShown, Qt::SingleShotConnection);
    QTimer::singleShot(20000, &window, shoot);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    // Before the command line is parsed: --help and its errors speak the user's language too.
    Aura::installTranslators(QLocale::system());

    int exitCode = 0;
    const std::optional<Aura::CommandLine> options = Aura::parseCommandLine(QCoreApplication::arguments(), exitCode);
    if (!options)
        return exitCode;
    if (options->listAccounts) {
        QSettings settings;
        for (const Aura::Account &account : Aura::AccountStore(settings).load())
            std::fprintf(stdout, "%s\n", qPrintable(account.name));
        return 0;
    }
    if (!qobject_cast<QApplication *>(app.get()))
        return exitCode;

    QApplication::setApplicationDisplayName(QStringLiteral("Aura Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.auraconsole.AuraConsole"));
    QApplication::setWindowIcon(Aura::icon(Aura::IconId::Application));

    QSettings settings;
    Aura::AccountStore accounts(settings);
    const auto connection
        = Aura::resolveConnection(*options, accounts.load(), QProcessEnvironment::systemEnvironment());
    // The secret now lives in this process's memory only: processes started later do not inherit it.
    qunsetenv(Aura::clientSecretVariable);
    if (const auto *error = std::get_if<Aura::ConnectionError>(&connection)) {
        std::fprintf(stderr, "aura-console: %s\n", qPrintable(error->message));
        return 2;
    }

    // A screenshot shows the console as a new user sees it, and leaves the user's own layout alone.
    Aura::ConsoleApp console(settings, options->screenshotPath.isEmpty());
    console.setSandboxTimeScale(options->sandboxTimeScale);
    console.setSandboxDialect(options->sandboxDialect);
    if (!options->screenshotPath.isEmpty())
        scheduleScreenshot(console, options->screenshotPath);
    if (!console.start(std::get<Aura::ConnectionChoice>(connection))) {
        std::fprintf(stderr, "aura-console: %s\n",
            qPrintable(QCoreApplication::translate("main", "cannot start the sandbox on the loopback interface")));
        return 1;
    }
    console.window().show();
    const int status = QApplication::exec();
    // A password the user kept a moment before quitting is still on its way to the keychain: let it arrive.
    if (!console.finishKeychainChanges(std::chrono::seconds(10)))
        std::fprintf(stderr, "aura-console: %s\n",
            qPrintable(QCoreApplication::translate(
                "main", "the keychain did not confirm a change before quitting; check the keychain for it")));
    return status;
}
